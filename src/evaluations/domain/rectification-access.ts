import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { worksInHall } from '../../auth/domain/hall-access';
import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';
import { RectificationCommand, RectificationStatus, rectificationTransition } from './rectification-state';

/** Who works rectification tasks (the API and the page both check it); what each may do is below. */
export const RECTIFICATION_ROLES: readonly Role[] = ['supervisor', 'admin', 'officer', 'head', 'clerk'];

/** The owner part of a task that rights depend on. */
export interface OwnedTask {
  ownerType: 'department' | 'window';
  departmentCode: string | null;
  /** The hall of the rated visit: a window task belongs to that hall's front desk. */
  hallCode: string;
  /** The staff member rated: who served the visit (or took in the on-the-spot case); null when unknown or a department. */
  ratedUserId: number | null;
}

/** The actions of the HTTP API; `recheck` is `uphold` or `overturn` by its outcome. */
export const RECTIFICATION_ACTIONS = ['verify', 'rectify', 'reply', 'revisit', 'appeal', 'recheck'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

export type RecheckOutcome = 'upheld' | 'overturned';

export function commandOf(action: RectificationAction, outcome?: RecheckOutcome): RectificationCommand {
  if (action !== 'recheck') return action;
  return outcome === 'overturned' ? 'overturn' : 'uphold';
}

const has = (u: AuthUser, ...roles: Role[]) => roles.some((r) => u.roles.includes(r));

/** The department's officers and head for a department task; the clerks of the hall for a window task (staff work only in their halls). */
export function isOwner(user: AuthUser, task: OwnedTask): boolean {
  switch (task.ownerType) {
    case 'department':
      return has(user, 'officer', 'head') && task.departmentCode !== null && user.departmentCodes.includes(task.departmentCode);
    case 'window':
      return has(user, 'clerk') && worksInHall(user, task.hallCode);
    default: {
      const unreachable: never = task.ownerType;
      throw new Error(`unknown owner type ${String(unreachable)}`);
    }
  }
}

/** The one rated never judges the complaint about them: not the verification, the closing revisit or the re-check. */
const notRated = (user: AuthUser, task: OwnedTask) => task.ratedUserId === null || user.id !== task.ratedUserId;

/**
 * Who verifies (核实) and closes (回访) a complaint: someone above the party rated. A window's complaint goes to a
 * supervisor (the clerks of the front desk, the one rated among them, only work it); a department's to that
 * department's head (its officers work it).
 */
export function mayJudge(user: AuthUser, task: OwnedTask): boolean {
  if (!notRated(user, task)) return false;
  switch (task.ownerType) {
    case 'department':
      return has(user, 'head') && task.departmentCode !== null && user.departmentCodes.includes(task.departmentCode);
    case 'window':
      return has(user, 'supervisor') && worksInHall(user, task.hallCode);
    default: {
      const unreachable: never = task.ownerType;
      throw new Error(`unknown owner type ${String(unreachable)}`);
    }
  }
}

/**
 * Owners (the rated clerk among them) rectify, reply to the resident and may appeal; verifying and the closing
 * revisit are `mayJudge`'s; only supervisors re-check an appeal, never one about themselves.
 */
export function mayCommand(user: AuthUser, command: RectificationCommand, task: OwnedTask): boolean {
  switch (command) {
    case 'verify':
    case 'revisit':
      return mayJudge(user, task);
    case 'rectify':
    case 'reply':
    case 'appeal':
      return isOwner(user, task);
    case 'uphold':
    case 'overturn':
      return has(user, 'supervisor') && notRated(user, task);
    default: {
      const unreachable: never = command;
      throw new Error(`unknown rectification command ${String(unreachable)}`);
    }
  }
}

export function assertMayCommand(user: AuthUser, command: RectificationCommand, task: OwnedTask): void {
  if (!mayCommand(user, command, task)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权处理该整改任务');
}

/** Supervisors and admins read every task; owners read theirs. */
export function mayRead(user: AuthUser, task: OwnedTask): boolean {
  return has(user, 'supervisor', 'admin') || isOwner(user, task);
}

/** The API actions this user can take on the task now (rights and state both allow). */
export function availableActions(user: AuthUser, task: OwnedTask & { status: RectificationStatus; appealed: boolean }): RectificationAction[] {
  return RECTIFICATION_ACTIONS.filter((action) => {
    const commands: RectificationCommand[] = action === 'recheck' ? ['uphold', 'overturn'] : [action];
    return commands.some((c) => mayCommand(user, c, task) && rectificationTransition(task.status, c, { appealed: task.appealed }) !== null);
  });
}

/** Which tasks a list shows this user: everything, or their departments' and (for clerks) the windows' of their halls. */
export type RectificationScope = { all: true } | { all: false; departments: string[]; windowHalls: string[] };

export function listScope(user: AuthUser): RectificationScope {
  if (has(user, 'supervisor', 'admin')) return { all: true };
  return { all: false, departments: has(user, 'officer', 'head') ? [...user.departmentCodes] : [], windowHalls: has(user, 'clerk') ? [...user.hallCodes] : [] };
}

/** A `?department=` filter must be one of the user's own unless they see everything. */
export function assertMayFilterDepartment(user: AuthUser, department: string): void {
  const scope = listScope(user);
  if (!scope.all && !scope.departments.includes(department)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权查看该部门的整改任务');
}
