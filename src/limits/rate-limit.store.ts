import type { RateRule, WindowCount } from './domain/rate-window';

/**
 * Where rate-limit windows are counted: in this process (MemoryRateLimitStore) or in Redis, shared by every
 * instance (RedisRateLimitStore, when REDIS_URL is set). Both apply the fixed-window rule of domain/rate-window.
 */
export abstract class RateLimitStore {
  /** Counts one event for `key` at `now` and returns the window after it (a fresh one when none is open). */
  abstract hit(key: string, rule: RateRule, now: number): Promise<WindowCount>;
  /** The key's open window, without counting (undefined when nothing is counted or the window ended). */
  abstract peek(key: string, now: number): Promise<WindowCount | undefined>;
  abstract reset(key: string): Promise<void>;
}
