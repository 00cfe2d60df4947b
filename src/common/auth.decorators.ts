import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { AuthUser, Role } from '../auth/domain/auth-user';
import type { DeviceIdentity, DeviceKind } from '../devices/domain/device';

export const IS_PUBLIC = 'onewindow:public';
export const ROLES = 'onewindow:roles';
export const PASSWORD_CHANGE_PENDING_OK = 'onewindow:password-change-pending-ok';
export const DEVICE_KINDS = 'onewindow:device-kinds';
export const DEVICE_ONLY = 'onewindow:device-only';
export const IDENTIFY_CALLER = 'onewindow:identify-caller';

/** Opts a route out of the global default-deny guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Restricts a route to staff holding any of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Still answers while the account must change its password (auth/me, auth/password, auth/logout). */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_PENDING_OK, true);

export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest().user,
);

/**
 * Paired devices of these kinds may call the route with their device token (`request.device`); device tokens
 * are refused (403 DEVICE_FORBIDDEN) everywhere else. On a @Public() route a staff token, if sent, is checked
 * and sets `request.user` (a kiosk route where staff may grant 绿色通道).
 */
export const DeviceAllowed = (...kinds: DeviceKind[]) => SetMetadata(DEVICE_KINDS, kinds);

/**
 * On a @Public() route, a bearer token if sent is checked quietly: a valid staff token sets `request.user`,
 * a valid device token `request.device`; a bad one leaves the caller anonymous (no 401). The rate limits use
 * it to exempt staff and devices from the anonymous limits.
 */
export const IdentifyCaller = () => SetMetadata(IDENTIFY_CALLER, true);

/** Only a paired device of these kinds: staff tokens get 403 DEVICE_REQUIRED (the window pad). */
export const DeviceOnly = (...kinds: DeviceKind[]) => applyDecorators(SetMetadata(DEVICE_KINDS, kinds), SetMetadata(DEVICE_ONLY, true));

/** The paired device calling (set by the AuthGuard on @DeviceAllowed/@DeviceOnly routes), or undefined. */
export const CurrentDevice = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): DeviceIdentity | undefined => ctx.switchToHttp().getRequest().device,
);

/** The signed-in staff member, or undefined on a public route called without a token. */
export const OptionalUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest().user,
);
