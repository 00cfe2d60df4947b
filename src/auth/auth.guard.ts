import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AuthUser, Role } from './domain/auth-user';
import { DEVICE_KINDS, DEVICE_ONLY, IDENTIFY_CALLER, IS_PUBLIC, PASSWORD_CHANGE_PENDING_OK, ROLES } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { DeviceTokens } from '../devices/device-tokens';
import { DeviceErrorCode, DeviceIdentity, DeviceKind, isDeviceToken } from '../devices/domain/device';
import { AuthErrorCode } from './auth.errors';
import { AuthService } from './auth.service';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Default deny: every HTTP route needs a valid, unrevoked token unless marked @Public(); an account that must
 * change its password reaches only routes marked @AllowedBeforePasswordChange(); @Roles() narrows further.
 * Device tokens (`owd.…`) pass only routes marked @DeviceAllowed/@DeviceOnly for their kind (`request.device`).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly devices: DeviceTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // sockets authenticate at connection (RealtimeGateway)
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    const deviceKinds = this.reflector.getAllAndOverride<DeviceKind[] | undefined>(DEVICE_KINDS, targets);
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser; device?: DeviceIdentity }>();
    const token = bearerToken(request.headers.authorization);
    if (token && isPublic && !deviceKinds && this.reflector.getAllAndOverride<boolean>(IDENTIFY_CALLER, targets)) {
      await this.identifyQuietly(request, token);
      return true;
    }
    if (token && isDeviceToken(token)) {
      // a device carries only its kind's rights: never a staff endpoint
      if (!deviceKinds) {
        if (isPublic) return true;
        throw DomainError.forbidden(DeviceErrorCode.DEVICE_FORBIDDEN, '设备无权执行此操作');
      }
      const device = await this.devices.verify(token);
      if (!deviceKinds.includes(device.kind)) throw DomainError.forbidden(DeviceErrorCode.DEVICE_FORBIDDEN, '设备无权执行此操作');
      request.device = device;
      return true;
    }
    if (isPublic) {
      // a public device route (the kiosk's tickets) also hears who signed in: staff may grant 绿色通道
      if (deviceKinds && token) {
        const user = await this.auth.verify(token);
        if (!user.mustChangePassword) request.user = user;
      }
      return true;
    }
    if (this.reflector.getAllAndOverride<boolean>(DEVICE_ONLY, targets)) {
      if (!token) throw DomainError.unauthorized(DeviceErrorCode.DEVICE_TOKEN_INVALID, '设备未配对');
      throw DomainError.forbidden(DeviceErrorCode.DEVICE_REQUIRED, '此操作仅限已配对的设备');
    }
    const user = await this.auth.verify(token);
    request.user = user;
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(PASSWORD_CHANGE_PENDING_OK, targets)) {
      throw DomainError.forbidden(AuthErrorCode.PASSWORD_CHANGE_REQUIRED, '请先修改密码');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.some((r) => user.roles.includes(r))) {
      throw DomainError.forbidden(ErrorCode.FORBIDDEN, '无权执行此操作');
    }
    return true;
  }

  /** @IdentifyCaller() on a public route: who is calling, if the token says so; never refuses. */
  private async identifyQuietly(request: Request & { user?: AuthUser; device?: DeviceIdentity }, token: string): Promise<void> {
    try {
      if (isDeviceToken(token)) request.device = await this.devices.verify(token);
      else {
        const user = await this.auth.verify(token);
        if (!user.mustChangePassword) request.user = user;
      }
    } catch {
      // a bad token on a public route: the caller stays anonymous
    }
  }
}
