/** Staff roles and the signed-in user as the server and the browser both see them (no framework imports). */
export type Role = 'admin' | 'supervisor' | 'clerk' | 'officer' | 'head' | 'display' | 'dispatcher' | 'grid' | 'agent';
export const ALL_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk', 'officer', 'head', 'display', 'dispatcher', 'grid', 'agent'];

/** The signed-in staff member as the guard leaves it on the request. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  departmentCodes: string[];
  /** Halls the account works in; empty for admin and supervisor (every hall). */
  hallCodes: string[];
  /** True after an admin's reset: only auth/me, auth/password and auth/logout answer until it is changed. */
  mustChangePassword: boolean;
}

/** Admin and supervisor work across every hall; every other account needs at least one. */
export const needsHall = (roles: readonly Role[]): boolean => !roles.includes('admin') && !roles.includes('supervisor');
