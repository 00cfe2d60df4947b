import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from '../auth/domain/auth-user';

export const IS_PUBLIC = 'onewindow:public';
export const ROLES = 'onewindow:roles';
export const PASSWORD_CHANGE_PENDING_OK = 'onewindow:password-change-pending-ok';

/** Opts a route out of the global default-deny guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a route to staff holding any of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Still answers while the account must change its password (auth/me, auth/password, auth/logout). */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_PENDING_OK, true);

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);
