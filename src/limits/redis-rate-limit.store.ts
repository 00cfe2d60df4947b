import { Logger, OnModuleDestroy } from '@nestjs/common';
import { createClient } from 'redis';
import type { RateRule, WindowCount } from './domain/rate-window';
import { RateLimitStore } from './rate-limit.store';

/** Every key this store writes starts with this. */
export const REDIS_KEY_PREFIX = 'ow:rl:';

/**
 * countHit of domain/rate-window, atomically in Redis: INCR opens or counts the window, the first event of
 * a window sets its expiry (a key left without one gets it too, like PEXPIRE NX, on any Redis version),
 * and the window's end is read back. Returns [count, ms left].
 */
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const PEEK = `
local count = redis.call('GET', KEYS[1])
if not count then return {0, 0} end
return {tonumber(count), redis.call('PTTL', KEYS[1])}`;

type Client = ReturnType<typeof createClient>;

/** Counts shared by every instance on one Redis (REDIS_URL): an address's limit holds across the hall's servers. */
export class RedisRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');

  private constructor(private readonly client: Client) {
    super();
  }

  /** Connects, or throws after `timeoutMs`: the server does not start against a Redis it cannot reach. */
  static async connect(url: string, timeoutMs = 5_000): Promise<RedisRateLimitStore> {
    // no offline queue: while Redis is away a count fails at once (the limiter lets the request through) instead of waiting
    const client = createClient({ url, disableOfflineQueue: true });
    const store = new RedisRateLimitStore(client);
    let down = false; // one warning per outage, not one per reconnect attempt
    client.on('error', (e: Error) => {
      if (!down) store.logger.warn(`redis: ${e.message}; retrying`);
      down = true;
    });
    client.on('ready', () => {
      if (down) store.logger.log('redis: connected again');
      down = false;
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`REDIS_URL: no answer from Redis within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      await Promise.race([client.connect(), timeout]);
    } catch (error) {
      client.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return store;
  }

  async hit(key: string, rule: RateRule, now: number): Promise<WindowCount> {
    const [count, ttl] = (await this.client.eval(HIT, { keys: [REDIS_KEY_PREFIX + key], arguments: [String(rule.windowSeconds * 1000)] })) as [number, number];
    return { count, resetAt: now + ttl };
  }

  async peek(key: string, now: number): Promise<WindowCount | undefined> {
    const [count, ttl] = (await this.client.eval(PEEK, { keys: [REDIS_KEY_PREFIX + key] })) as [number, number];
    return count > 0 && ttl > 0 ? { count, resetAt: now + ttl } : undefined;
  }

  async reset(key: string): Promise<void> {
    await this.client.del(REDIS_KEY_PREFIX + key);
  }

  async onModuleDestroy(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}
