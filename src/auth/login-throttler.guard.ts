import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Counts login attempts per address and username (password changes per account), so one busy counter does not lock out the hall. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, any>): Promise<string> {
    if (typeof req.user?.id === 'number') return `user:${req.user.id}`; // a signed-in password change
    const username = typeof req.body?.username === 'string' ? req.body.username.slice(0, 64) : '';
    return `${req.ip}|${username}`;
  }
}
