import { EntityManager, In, IsNull } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { CaseErrorCode } from './domain/case-errors';
import { activeTaskOf, CaseFacts } from './domain/case-policy';
import type { TaskStatus } from './domain/case-terms';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

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
  const task = activeTaskOf(tasks, departmentCodes);
  if (!task) throw DomainError.conflict(CaseErrorCode.NO_TASK_FOR_DEPARTMENT, '本部门在该办件上没有待办任务');
  return task;
}

/** What the case policy reads about a case. */
export function caseFacts(c: Case, tasks: CaseTask[], pending: CaseExtension | null): CaseFacts {
  return { status: c.status, kind: c.kind, unit: c.promisedUnit, extensionDays: c.extensionDays, tasks, pendingExtension: pending };
}

export async function loadCaseFacts(m: EntityManager, c: Case, tasks: CaseTask[]): Promise<CaseFacts> {
  return caseFacts(c, tasks, await pendingExtension(m, c.id));
}

export async function saveCase(m: EntityManager, c: Case, now: number): Promise<void> {
  c.updatedAt = now;
  const { id, ...fields } = c;
  await m.update(Case, { id }, fields);
}
