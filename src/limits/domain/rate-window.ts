/**
 * Fixed-window counting, the one rule behind every rate limit (HTTP limits, sign-in failures, socket
 * subscribes). Pure: the in-memory store, the Redis store and the per-socket counter all apply it.
 */

/** At most `limit` counted events per `windowSeconds`. */
export interface RateRule {
  readonly limit: number;
  readonly windowSeconds: number;
}

/** One key's window: how many events it counted and when (epoch ms) the window ends. */
export interface WindowCount {
  readonly count: number;
  readonly resetAt: number;
}

/** The window after one more event at `now`: a fresh window when none is open or the last has ended. */
export function countHit(current: WindowCount | undefined, rule: RateRule, now: number): WindowCount {
  if (!current || current.resetAt <= now) return { count: 1, resetAt: now + rule.windowSeconds * 1000 };
  return { count: current.count + 1, resetAt: current.resetAt };
}

/** Seconds to wait before the key may act again (0 when it may act now). */
export function waitSeconds(current: WindowCount | undefined, rule: RateRule, now: number): number {
  if (!current || current.resetAt <= now || current.count < rule.limit) return 0;
  return Math.max(1, Math.ceil((current.resetAt - now) / 1000));
}

/** Whether one more event at `now` would exceed the rule, and the wait when it would. */
export function decide(current: WindowCount | undefined, rule: RateRule, now: number): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
  const wait = waitSeconds(current, rule, now);
  return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
}
