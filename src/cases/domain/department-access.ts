import type { AuthUser } from '../../auth/domain/auth-user';

/** Admins and supervisors oversee every department. */
export const isOverseer = (user: AuthUser): boolean => user.roles.includes('admin') || user.roles.includes('supervisor');

/** Whether the user may watch a department's cases live (its realtime room, its inbox). */
export function mayWatchDepartment(user: AuthUser, department: string): boolean {
  return isOverseer(user) || user.departmentCodes.includes(department);
}

/** The departments of `all` whose inbox the user may open, in the order of `all`. */
export function watchableDepartments(user: AuthUser, all: readonly string[]): string[] {
  return all.filter((code) => mayWatchDepartment(user, code));
}
