import type { AuthUser } from '../../auth/domain/auth-user';
import type { LimitUnit } from '../../catalog/domain/catalog-terms';
import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';
import { mayActOnCase } from './case-access';
import { CaseErrorCode } from './case-errors';
import { CaseCommand, CaseStatus, caseTransition } from './case-state';
import type { TaskStatus } from './case-terms';
import { STATUS_TEXT } from './case-timeline';

/** Statuses in which the promised clock runs (or is paused but still owed): accepted and not yet decided. */
export const CLOCKED_STATUSES = ['dispatched', 'in_progress', 'suspended'] as const satisfies readonly CaseStatus[];
/** Statuses in which an extension may be asked for or decided, and an escalation recorded. */
export const WORKING_STATUSES = ['in_progress', 'suspended'] as const satisfies readonly CaseStatus[];
/** A department's task still to be worked on (not done, transferred or cancelled). */
export const ACTIVE_TASK_STATUSES = ['dispatched', 'in_progress'] as const satisfies readonly TaskStatus[];

export const isClocked = (status: string): boolean => (CLOCKED_STATUSES as readonly string[]).includes(status);
export const isActiveTask = (status: string): boolean => (ACTIVE_TASK_STATUSES as readonly string[]).includes(status);

/** Extensions a head may grant in total (DOMAIN.md: ≤ 10 working days, ≤ 15 for joint items). */
export const EXTENSION_CAP = { default: 10, joint: 15 } as const;
export const extensionCap = (kind: string): number => (kind === 'joint' ? EXTENSION_CAP.joint : EXTENSION_CAP.default);
/** Working days still grantable to a case of this kind after `used` approved ones. */
export const extensionDaysLeft = (kind: string, used: number): number => Math.max(0, extensionCap(kind) - used);

/** The back-office actions of GET /cases/{id} `actions` (the inbox's buttons). */
export const CASE_ACTION_IDS = [
  'claim', 'decide', 'ready', 'suspend', 'resume', 'extension', 'escalate', 'transfer', 'return', 'approveExtension', 'rejectExtension',
] as const;
export type CaseActionId = (typeof CASE_ACTION_IDS)[number];

/** What the policy needs to know about a case. */
export interface CaseFacts {
  status: CaseStatus;
  /** The item kind (immediate, promised, joint, escalated, request). */
  kind: string;
  /** The unit of the promised limit: hour limits never extend. */
  unit: LimitUnit;
  /** Approved extension days so far. */
  extensionDays: number;
  /** Every department task, finished ones too (they still give the department a say over the case). */
  tasks: ReadonlyArray<{ departmentCode: string; status: TaskStatus }>;
  /** The extension request waiting for a head, and the department that asked. */
  pendingExtension: { departmentCode: string } | null;
}

/** Why the server refuses an action: the HTTP status and stable code it answers with, and the reason in Chinese. */
export interface Refusal {
  status: 403 | 409 | 422;
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

export interface CaseActionState {
  enabled: boolean;
  reason?: string;
}

/** The user's department task that is still open on the case (the first, for users of several departments). */
export function activeTaskOf<T extends { departmentCode: string; status: TaskStatus }>(tasks: readonly T[], departmentCodes: readonly string[]): T | null {
  return tasks.find((t) => isActiveTask(t.status) && departmentCodes.includes(t.departmentCode)) ?? null;
}

const COMMAND_TEXT: Record<CaseActionId, string> = {
  claim: '签收', decide: '办结', ready: '送综合窗口', suspend: '挂起', resume: '恢复计时', extension: '申请延期',
  escalate: '上报', transfer: '转办', return: '退回窗口', approveExtension: '批准延期', rejectExtension: '驳回延期',
};

const FORBIDDEN: Refusal = { status: 403, code: ErrorCode.FORBIDDEN, message: '无权处理该办件' };
const NO_TASK: Refusal = { status: 409, code: CaseErrorCode.NO_TASK_FOR_DEPARTMENT, message: '本部门在该办件上没有待办任务' };

function transition(f: CaseFacts, command: CaseCommand, id: CaseActionId): Refusal | null {
  if (caseTransition(f.status, command) !== null) return null;
  const message = `办件当前${STATUS_TEXT[f.status] ? `为「${STATUS_TEXT[f.status]}」` : '状态'}，不能${COMMAND_TEXT[id]}`;
  return { status: 409, code: ErrorCode.INVALID_TRANSITION, message, details: { status: f.status, command } };
}

/** An officer or head of a department holding an open task on the case. */
function ownTask(f: CaseFacts, user: AuthUser): Refusal | null {
  if (!mayActOnCase(user, 'back_office', f.tasks.map((t) => t.departmentCode))) return FORBIDDEN;
  return activeTaskOf(f.tasks, user.departmentCodes) ? null : NO_TASK;
}

/** …and the department has claimed it. */
function workingTask(f: CaseFacts, user: AuthUser): Refusal | null {
  const refused = ownTask(f, user);
  if (refused) return refused;
  return activeTaskOf(f.tasks, user.departmentCodes)!.status === 'in_progress'
    ? null
    : { status: 409, code: CaseErrorCode.TASK_NOT_IN_PROGRESS, message: '请先签收该办件' };
}

/** The head of the department that asked for the pending extension. */
function headOfPending(f: CaseFacts, user: AuthUser): Refusal | null {
  if (!f.pendingExtension) return { status: 409, code: CaseErrorCode.NO_PENDING_EXTENSION, message: '没有待审批的延期申请' };
  return mayActOnCase(user, 'head', [f.pendingExtension.departmentCode]) ? null : FORBIDDEN;
}

function extensionRoom(f: CaseFacts): Refusal | null {
  if (f.unit === 'hours') return { status: 422, code: CaseErrorCode.EXTENSION_TOO_LONG, message: '按小时计时的诉求不能延期' };
  if (f.pendingExtension) return { status: 409, code: CaseErrorCode.EXTENSION_PENDING, message: '已有待审批的延期申请' };
  if (extensionDaysLeft(f.kind, f.extensionDays) <= 0) return extensionTooLong(f, 1);
  return null;
}

/** The refusal for asking `days` more when the cap would be passed (the days come with the request). */
export function extensionTooLong(f: Pick<CaseFacts, 'kind' | 'extensionDays'>, days: number): Refusal | null {
  const cap = extensionCap(f.kind);
  if (f.extensionDays + days <= cap) return null;
  return { status: 422, code: CaseErrorCode.EXTENSION_TOO_LONG, message: `延期累计不得超过 ${cap} 个工作日（已延期 ${f.extensionDays} 个）` };
}

const first = (...checks: Array<() => Refusal | null>): Refusal | null => {
  for (const check of checks) {
    const refused = check();
    if (refused) return refused;
  }
  return null;
};

/**
 * The first reason the server refuses `action` on this case for this user, whatever the request body says,
 * in the order the service checks (so the code is the one it answers with); null when the action is open.
 * Checks of the body itself (a reason, a department, a number of days) come after, in the service.
 */
export function caseActionRefusal(f: CaseFacts, user: AuthUser, action: CaseActionId): Refusal | null {
  switch (action) {
    case 'claim':
      return first(
        () => ownTask(f, user),
        () => (activeTaskOf(f.tasks, user.departmentCodes)!.status === 'dispatched' ? null : { status: 409, code: CaseErrorCode.TASK_ALREADY_CLAIMED, message: '本部门已签收该办件' }),
        () => transition(f, 'claim', action),
      );
    case 'decide':
      return first(() => workingTask(f, user), () => transition(f, 'approve', action));
    case 'ready':
      return first(
        () => (user.roles.includes('clerk') || mayActOnCase(user, 'back_office', f.tasks.map((t) => t.departmentCode)) ? null : FORBIDDEN),
        () => transition(f, 'ready', action),
      );
    case 'suspend':
      return first(() => workingTask(f, user), () => transition(f, 'suspend', action));
    case 'resume':
      return first(() => ownTask(f, user), () => transition(f, 'resume', action));
    case 'extension':
      return first(() => ownTask(f, user), () => transition(f, 'request_extension', action), () => extensionRoom(f));
    case 'escalate':
      return first(
        () => workingTask(f, user),
        () => (f.kind === 'escalated' ? null : { status: 422, code: CaseErrorCode.NOT_ESCALATED_ITEM, message: '只有上报件需要上报' }),
        () => transition(f, 'escalate', action),
      );
    case 'transfer':
      return first(() => ownTask(f, user), () => transition(f, 'transfer', action));
    case 'return':
      return first(() => workingTask(f, user), () => transition(f, 'return', action));
    case 'approveExtension':
      return first(() => headOfPending(f, user), () => transition(f, 'approve_extension', action));
    case 'rejectExtension':
      return first(() => headOfPending(f, user), () => transition(f, 'reject_extension', action));
    default: {
      const unreachable: never = action;
      throw new Error(`unknown case action ${String(unreachable)}`);
    }
  }
}

/** Every back-office action with whether this user may take it now, and why not in Chinese. */
export function caseActions(f: CaseFacts, user: AuthUser): Record<CaseActionId, CaseActionState> {
  const out = {} as Record<CaseActionId, CaseActionState>;
  for (const id of CASE_ACTION_IDS) {
    const refused = caseActionRefusal(f, user, id);
    out[id] = refused ? { enabled: false, reason: refused.message } : { enabled: true };
  }
  return out;
}

export function refusalError(r: Refusal): DomainError {
  return new DomainError(r.code, r.status, r.message, r.details);
}

/** Throws the service's error when caseActionRefusal finds one. */
export function assertCaseAction(f: CaseFacts, user: AuthUser, action: CaseActionId): void {
  const refused = caseActionRefusal(f, user, action);
  if (refused) throw refusalError(refused);
}
