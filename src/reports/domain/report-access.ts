import type { AuthUser } from '../../auth/domain/auth-user';
import { DomainError } from '../../common/domain-error';
import type { ReportKind } from './report-query';

/**
 * Who reads which report. Supervisors and admins read every report; a department head (部门负责人) reads the
 * department and item reports, limited to their own departments; nobody else reads any. Pure.
 */
export type ReportAccess = { all: true } | { all: false; departmentCodes: readonly string[] };

export const REPORT_FORBIDDEN = 'REPORT_FORBIDDEN';
const HEAD_KINDS: readonly ReportKind[] = ['departments', 'items'];

export function reportAccess(user: Pick<AuthUser, 'roles' | 'departmentCodes'>, kind: ReportKind): ReportAccess {
  if (user.roles.includes('admin') || user.roles.includes('supervisor')) return { all: true };
  if (user.roles.includes('head') && user.departmentCodes.length > 0 && HEAD_KINDS.includes(kind)) {
    return { all: false, departmentCodes: [...user.departmentCodes] };
  }
  throw DomainError.forbidden(REPORT_FORBIDDEN, user.roles.includes('head') ? '部门负责人只能查看本部门的部门报表和事项报表' : '只有督查人员、管理员和部门负责人可以查看报表');
}

/** Whether a row that belongs to `codes` (a joint case: several) may be shown. */
export const mayReadDepartments = (access: ReportAccess, codes: readonly string[]): boolean =>
  access.all || codes.some((c) => access.departmentCodes.includes(c));
