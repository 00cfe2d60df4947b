import { applyDecorators, CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { HallsService } from '../halls/halls.service';
import { AuthErrorCode } from './auth.errors';
import type { AuthUser } from './domain/auth-user';
import { sameHall, worksInHall } from './domain/hall-access';

/** Where a hall-scoped route names its hall: the `:hall` path parameter, `?hall=` or the JSON body's `hall`. */
export type HallSource = 'param' | 'query' | 'body';
const HALL_SCOPE = 'onewindow:hall-scope';

/**
 * Marks a route (or a controller) as acting on one hall's data: a signed-in staff member who does not work in
 * that hall (`worksInHall`) gets 403 `HALL_FORBIDDEN`. Runs after the global AuthGuard, so `request.user` is set
 * for staff routes; public routes and device callers (no staff user) keep their own rules, and a missing,
 * malformed or unknown hall is left to validation (400) or to the service (404 HALL_NOT_FOUND). The halls are
 * looked up only on the way to a refusal, so a request within the user's halls costs nothing more.
 */
export const HallScoped = (from: HallSource = 'param') => applyDecorators(SetMetadata(HALL_SCOPE, from), UseGuards(HallGuard));

/** A staff user as the AuthGuard leaves it (a device caller or an anonymous request has none). */
function staffUser(value: unknown): AuthUser | null {
  const u = value as Partial<AuthUser> | undefined;
  return u && Array.isArray(u.roles) && Array.isArray(u.hallCodes) ? (u as AuthUser) : null;
}

export function assertWorksInHall(user: AuthUser, hall: string): void {
  if (!worksInHall(user, hall)) throw DomainError.forbidden(AuthErrorCode.HALL_FORBIDDEN, `您不在 ${hall} 大厅工作，无权操作该大厅`);
}

@Injectable()
export class HallGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly halls: HallsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const from = this.reflector.getAllAndOverride<HallSource | undefined>(HALL_SCOPE, [context.getHandler(), context.getClass()]);
    if (!from) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: unknown }>();
    const user = staffUser(request.user);
    if (!user) return true;
    const source: unknown = from === 'param' ? request.params?.hall : from === 'query' ? request.query?.hall : (request.body as { hall?: unknown } | undefined)?.hall;
    if (typeof source !== 'string' || source === '' || worksInHall(user, source)) return true;
    if (!(await this.halls.listHalls()).some((h) => sameHall(h.code, source))) return true; // the service answers 404
    assertWorksInHall(user, source);
    return true;
  }
}
