import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { limitKey, limitRules, rateLimitedMessage, type LimitRuleName } from './domain/limit-rules';
import { decide, type RateRule, type WindowCount } from './domain/rate-window';
import { RateLimitStore } from './rate-limit.store';

/**
 * The rate limits of API.md "Limits". Over a limit → 429 RATE_LIMITED with `details.retryAfterSeconds`
 * (the error filters send it as `Retry-After`). Keys are the counted subject (an address, a username,
 * an address in a hall), without the rule name: `consume('tickets', limitKey… )` is done here.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger('RateLimits');
  private readonly rules: Record<LimitRuleName, RateRule>;
  private lastWarning = 0;

  constructor(
    private readonly store: RateLimitStore,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.rules = limitRules(config);
  }

  /** Counts one event and refuses it when the window already held the rule's limit (tickets, filings). */
  async consume(rule: LimitRuleName, ...key: string[]): Promise<void> {
    const now = this.clock.now();
    const counted = await this.guarded(() => this.store.hit(limitKey(rule, ...key), this.rules[rule], now));
    if (!counted) return;
    // the decision on the window as it was before this event: the limit-th event passes, the next is refused
    const before: WindowCount = { count: counted.count - 1, resetAt: counted.resetAt };
    this.refuseUnless(rule, decide(before, this.rules[rule], now));
  }

  /** Refuses (429) when the key is over the limit, without counting (failure-counted limits: sign-in, wrong codes). */
  async check(rule: LimitRuleName, ...key: string[]): Promise<void> {
    const now = this.clock.now();
    const current = await this.guarded(() => this.store.peek(limitKey(rule, ...key), now));
    this.refuseUnless(rule, decide(current, this.rules[rule], now));
  }

  /** Counts one failure (a wrong password, a wrong code) against the key. */
  async countFailure(rule: LimitRuleName, ...key: string[]): Promise<void> {
    await this.guarded(() => this.store.hit(limitKey(rule, ...key), this.rules[rule], this.clock.now()));
  }

  async reset(rule: LimitRuleName, ...key: string[]): Promise<void> {
    await this.guarded(() => this.store.reset(limitKey(rule, ...key)));
  }

  private refuseUnless(rule: LimitRuleName, decision: ReturnType<typeof decide>): void {
    if (decision.allowed) return;
    const seconds = decision.retryAfterSeconds;
    throw new DomainError(ErrorCode.RATE_LIMITED, 429, rateLimitedMessage(rule, seconds), { retryAfterSeconds: seconds });
  }

  /** A store that cannot answer (Redis down) limits nothing rather than failing every request: logged, let through. */
  private async guarded<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch (error) {
      const now = Date.now();
      if (now - this.lastWarning >= 60_000) {
        this.lastWarning = now;
        this.logger.warn(`rate-limit store unavailable, not limiting: ${(error as Error).message}`);
      }
      return undefined;
    }
  }
}
