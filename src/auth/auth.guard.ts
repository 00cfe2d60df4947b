import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AuthUser, Role } from './domain/auth-user';
import { IS_PUBLIC, PASSWORD_CHANGE_PENDING_OK, ROLES } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AuthErrorCode } from './auth.errors';
import { AuthService } from './auth.service';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Default deny: every HTTP route needs a valid, unrevoked token unless marked @Public(); an account that must
 * change its password reaches only routes marked @AllowedBeforePasswordChange(); @Roles() narrows further.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true; // sockets authenticate at connection (RealtimeGateway)
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.auth.verify(bearerToken(request.headers.authorization));
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
}
