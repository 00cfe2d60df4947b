import { countHit, decide, type RateRule, type WindowCount } from '../../limits/domain/rate-window';

/**
 * The per-connection `subscribe` limit (API.md "Limits": 10 per connection per 10 s by default), on the one
 * fixed-window rule. A connection that goes on sending after being refused — as many refusals again as the
 * limit, within the same window — is closed: a real screen retries after seconds, a loop does not.
 */
export interface SubscribeCount {
  window?: WindowCount;
  /** Refusals in the current window. */
  refused: number;
}

export type SubscribeVerdict =
  | { action: 'allow'; count: SubscribeCount }
  | { action: 'refuse'; count: SubscribeCount; retryAfterSeconds: number }
  | { action: 'close'; count: SubscribeCount; retryAfterSeconds: number };

export function subscribeVerdict(current: SubscribeCount | undefined, rule: RateRule, now: number): SubscribeVerdict {
  const verdict = decide(current?.window, rule, now);
  if (verdict.allowed) {
    const window = countHit(current?.window, rule, now);
    // a new window forgets the old refusals
    const refused = current?.window && window.resetAt === current.window.resetAt ? current.refused : 0;
    return { action: 'allow', count: { window, refused } };
  }
  const count = { window: current!.window, refused: current!.refused + 1 };
  return { action: count.refused > rule.limit ? 'close' : 'refuse', count, retryAfterSeconds: verdict.retryAfterSeconds };
}
