import type { AuthUser } from '../../auth/domain/auth-user';
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
