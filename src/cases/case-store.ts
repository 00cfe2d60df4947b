import { EntityManager, In, IsNull } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask, TaskStatus } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

export const CaseErrorCode = {
  CASE_NOT_FOUND: 'CASE_NOT_FOUND',
  NO_TASK_FOR_DEPARTMENT: 'NO_TASK_FOR_DEPARTMENT',
  TASK_NOT_IN_PROGRESS: 'TASK_NOT_IN_PROGRESS',
  EXTENSION_PENDING: 'EXTENSION_PENDING',
  NO_PENDING_EXTENSION: 'NO_PENDING_EXTENSION',
  EXTENSION_TOO_LONG: 'EXTENSION_TOO_LONG',
  UNKNOWN_DEPARTMENT: 'UNKNOWN_DEPARTMENT',
  TRANSFER_SAME_DEPARTMENT: 'TRANSFER_SAME_DEPARTMENT',
  DEPARTMENT_ALREADY_HOLDS_TASK: 'DEPARTMENT_ALREADY_HOLDS_TASK',
  NOT_ESCALATED_ITEM: 'NOT_ESCALATED_ITEM',
  EXTERNAL_DECISION_REQUIRED: 'EXTERNAL_DECISION_REQUIRED',
  TRACKING_NO_REQUIRED: 'TRACKING_NO_REQUIRED',
  SUPPLY_DEADLINE_TOO_LATE: 'SUPPLY_DEADLINE_TOO_LATE',
  NOTHING_TO_SUPPLY: 'NOTHING_TO_SUPPLY',
  TICKET_NOT_AT_WINDOW: 'TICKET_NOT_AT_WINDOW',
  ITEM_NOT_AVAILABLE: 'ITEM_NOT_AVAILABLE',
} as const;

export const ACTIVE_TASK: TaskStatus[] = ['dispatched', 'in_progress'];

export async function loadCase(m: EntityManager, id: number): Promise<Case> {
  const c = await m.findOneBy(Case, { id });
  if (!c) throw DomainError.notFound(CaseErrorCode.CASE_NOT_FOUND, '办件不存在');
  return c;
}

export function tasksOf(m: EntityManager, caseId: number, statuses?: TaskStatus[]): Promise<CaseTask[]> {
  return m.find(CaseTask, { where: statuses ? { caseId, status: In(statuses) } : { caseId }, order: { id: 'ASC' } });
}

export function openSuspension(m: EntityManager, caseId: number): Promise<CaseSuspension | null> {
  return m.findOneBy(CaseSuspension, { caseId, endedAt: IsNull() });
}

export function pendingExtension(m: EntityManager, caseId: number): Promise<CaseExtension | null> {
  return m.findOneBy(CaseExtension, { caseId, status: 'pending' });
}

/** The active task of one of the user's departments on this case. */
export function taskOfUser(tasks: CaseTask[], departmentCodes: string[]): CaseTask {
  const task = tasks.find((t) => ACTIVE_TASK.includes(t.status) && departmentCodes.includes(t.departmentCode));
  if (!task) throw DomainError.conflict(CaseErrorCode.NO_TASK_FOR_DEPARTMENT, '本部门在该办件上没有待办任务');
  return task;
}

export async function saveCase(m: EntityManager, c: Case, now: number): Promise<void> {
  c.updatedAt = now;
  const { id, ...fields } = c;
  await m.update(Case, { id }, fields);
}
