import { AuthErrorCode } from '../../auth/auth.errors';
import type { AuthUser } from '../../auth/domain/auth-user';
import { assignedToHall, worksInHall } from '../../auth/domain/hall-access';
import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

/** Who may do what to a case: the front desk, the owning department's officers, its head, the overseers. */
export type CaseActionKind = 'front_desk' | 'back_office' | 'head' | 'read';

const has = (u: AuthUser, ...roles: AuthUser['roles']) => roles.some((r) => u.roles.includes(r));

/**
 * `departments` are the departments holding a task on the case (for back-office acts: the ones whose task
 * the act touches). Clerks create and deliver; officers act only on their departments' cases; heads also
 * decide extensions for their departments; supervisors and admins read everything.
 */
export function mayActOnCase(user: AuthUser, kind: CaseActionKind, departments: string[]): boolean {
  const ownsOne = departments.some((d) => user.departmentCodes.includes(d));
  switch (kind) {
    case 'front_desk':
      return has(user, 'clerk');
    case 'back_office':
      return has(user, 'officer', 'head') && ownsOne;
    case 'head':
      return has(user, 'head') && ownsOne;
    case 'read':
      return has(user, 'supervisor', 'admin', 'clerk') || (has(user, 'officer', 'head') && ownsOne);
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown action kind ${String(unreachable)}`);
    }
  }
}

export function assertMayActOnCase(user: AuthUser, kind: CaseActionKind, departments: string[]): void {
  if (!mayActOnCase(user, kind, departments)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权处理该办件');
}

/** The case facts the hall and personal-data rules look at. */
export interface CasePlace {
  /** The hall (centre or service point) that took the case in. */
  hallCode: string;
  /** The departments holding a task on it. */
  departments: string[];
}

const ownsADepartment = (u: AuthUser, departments: string[]) => has(u, 'officer', 'head') && departments.some((d) => u.departmentCodes.includes(d));

/**
 * Whether the case is within the user's reach at all (on top of `mayActOnCase`): staff work only in their halls
 * (`worksInHall`: admin and supervisor everywhere), except that an officer or head reaches a case through one
 * of its departments whatever hall or service point took it in — cases filed at any point go to the same
 * department inboxes. A clerk of another hall → 403 `HALL_FORBIDDEN` on the case, its actions and its lists.
 */
export function reachesCase(user: AuthUser, place: CasePlace): boolean {
  return worksInHall(user, place.hallCode) || ownsADepartment(user, place.departments);
}

export function assertReachesCase(user: AuthUser, place: CasePlace): void {
  if (!reachesCase(user, place)) throw DomainError.forbidden(AuthErrorCode.HALL_FORBIDDEN, '该办件不属于您所在的大厅或部门');
}

/**
 * Personal data by need (API.md: a case's full personal data goes only to staff of its hall or its departments):
 * the front desk (clerk, agent) assigned to the case's hall — it took the case in, delivers it, checks the
 * applicant's papers — and the officers and heads of the case's departments, who decide it. Everyone else who
 * may read the case — admins and supervisors overseeing every hall — gets ID numbers and phones masked: an
 * overview or a 督办 doesn't need them, and an admin or supervisor who must see them is given the hall
 * (`hallCodes`) and the clerk role, which makes the need explicit (and is logged like any other full read).
 */
export function seesFullPersonalData(user: AuthUser, place: CasePlace): boolean {
  return (has(user, 'clerk', 'agent') && assignedToHall(user, place.hallCode)) || ownsADepartment(user, place.departments);
}
