import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { callerAddress, isAnonymous } from './caller';
import type { LimitRuleName } from './domain/limit-rules';
import { RateLimiter } from './rate-limiter';

export const ANONYMOUS_LIMIT = 'onewindow:anonymous-limit';

export interface AnonymousLimitSpec {
  rule: LimitRuleName;
  /** Route params that split the count (`hall`: 10 tickets per address per hall). */
  perParams: string[];
}

/** Applies @LimitAnonymous() (limit.decorators): one counted call per anonymous request, 429 over the limit. */
@Injectable()
export class AnonymousLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const spec = this.reflector.get<AnonymousLimitSpec | undefined>(ANONYMOUS_LIMIT, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    if (!spec || !isAnonymous(request)) return true;
    const params = spec.perParams.map((p) => String(request.params[p] ?? '').toUpperCase());
    await this.limiter.consume(spec.rule, callerAddress(request), ...params);
    return true;
  }
}
