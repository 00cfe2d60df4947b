import { lockoutMessage, waitText } from '../../auth/domain/lockout';
import type { RateRule } from './rate-window';

/**
 * The named rate limits of API.md "Limits" (the socket subscribe limit is counted per connection elsewhere).
 * Pure: the settings are passed in, so the same table is tested without the server.
 */
export const LIMIT_RULES = ['signin-address', 'signin-username', 'password', 'tickets', 'wrong-codes', 'requests', 'bookings'] as const;
export type LimitRuleName = (typeof LIMIT_RULES)[number];

/** The settings the rules are read from (a subset of AppConfig). */
export interface LimitSettings {
  LIMIT_SIGNIN_PER_ADDRESS: number;
  LIMIT_SIGNIN_PER_USERNAME: number;
  LIMIT_SIGNIN_WINDOW_SECONDS: number;
  LIMIT_PASSWORD_FAILURES_PER_ACCOUNT: number;
  LIMIT_TICKETS_PER_ADDRESS: number;
  LIMIT_TICKETS_WINDOW_SECONDS: number;
  LIMIT_WRONG_CODES_PER_ADDRESS: number;
  LIMIT_WRONG_CODES_WINDOW_SECONDS: number;
  LIMIT_REQUESTS_PER_ADDRESS: number;
  LIMIT_REQUESTS_WINDOW_SECONDS: number;
  LIMIT_BOOKINGS_PER_ADDRESS: number;
  LIMIT_BOOKINGS_WINDOW_SECONDS: number;
}

export function limitRules(s: LimitSettings): Record<LimitRuleName, RateRule> {
  return {
    'signin-address': { limit: s.LIMIT_SIGNIN_PER_ADDRESS, windowSeconds: s.LIMIT_SIGNIN_WINDOW_SECONDS },
    'signin-username': { limit: s.LIMIT_SIGNIN_PER_USERNAME, windowSeconds: s.LIMIT_SIGNIN_WINDOW_SECONDS },
    password: { limit: s.LIMIT_PASSWORD_FAILURES_PER_ACCOUNT, windowSeconds: s.LIMIT_SIGNIN_WINDOW_SECONDS },
    tickets: { limit: s.LIMIT_TICKETS_PER_ADDRESS, windowSeconds: s.LIMIT_TICKETS_WINDOW_SECONDS },
    'wrong-codes': { limit: s.LIMIT_WRONG_CODES_PER_ADDRESS, windowSeconds: s.LIMIT_WRONG_CODES_WINDOW_SECONDS },
    requests: { limit: s.LIMIT_REQUESTS_PER_ADDRESS, windowSeconds: s.LIMIT_REQUESTS_WINDOW_SECONDS },
    bookings: { limit: s.LIMIT_BOOKINGS_PER_ADDRESS, windowSeconds: s.LIMIT_BOOKINGS_WINDOW_SECONDS },
  };
}

/** The store key of one counted subject: `rule:part:part` (parts are cut to 64 characters each). */
export function limitKey(rule: LimitRuleName, ...parts: string[]): string {
  return [rule, ...parts.map((p) => p.slice(0, 64))].join(':');
}

/** What the 429 says (sign-in keeps the lockout wording the sign-in form also builds from Retry-After). */
export function rateLimitedMessage(rule: LimitRuleName, seconds: number): string {
  switch (rule) {
    case 'signin-address':
    case 'signin-username':
    case 'password':
      return lockoutMessage(seconds);
    case 'wrong-codes':
      return `查询码错误次数过多，请 ${waitText(seconds)}后再试`;
    default:
      return `操作过于频繁，请 ${waitText(seconds)}后再试`;
  }
}
