/** Staff roles and the signed-in user as the server and the browser both see them (no framework imports). */
export type Role = 'admin' | 'supervisor' | 'clerk' | 'officer' | 'head' | 'display';
export const ALL_ROLES: readonly Role[] = ['admin', 'supervisor', 'clerk', 'officer', 'head', 'display'];

/** The signed-in staff member as the guard leaves it on the request. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  departmentCodes: string[];
}
