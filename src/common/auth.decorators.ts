import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'onewindow:public';
export const ROLES = 'onewindow:roles';

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

/** Opts a route out of the global default-deny guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a route to staff holding any of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);
