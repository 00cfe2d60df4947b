import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { lockoutMessage } from './domain/lockout';

/** Counts login attempts per address and username (password changes per account), so one busy counter does not lock out the hall. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    if (typeof req.user?.id === 'number') return `user:${req.user.id}`; // a signed-in password change
    const username = typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : '';
    return `${req.ip}|${username}`;
  }

  /** 429 that tells the wait: `Retry-After` (set by the base guard) and the same seconds in the message and details. */
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, 429, lockoutMessage(seconds), { retryAfterSeconds: seconds });
  }
}
