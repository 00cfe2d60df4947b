// Rate limits counted in Redis (REDIS_URL): every instance of a hall's server shares one count per address.
// Needs the Redis of test/support/ensure-city-services.sh (`npm run test:city` starts it).
import { randomBytes } from 'crypto';
import { createClient } from 'redis';
import { RedisRateLimitStore, REDIS_KEY_PREFIX } from '../../src/limits/redis-rate-limit.store';
import { createTestApp, TestApp } from '../support/test-app';

const REDIS_URL = `redis://127.0.0.1:${process.env.CITY_REDIS_PORT ?? '6390'}`;
/** An address no earlier run used: counts live in Redis for the whole window. */
const freshAddress = () => `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;

describe('rate limits in Redis (city)', () => {
  describe('RedisRateLimitStore', () => {
    let store: RedisRateLimitStore;
    const raw = createClient({ url: REDIS_URL });
    beforeAll(async () => {
      store = await RedisRateLimitStore.connect(REDIS_URL);
      await raw.connect();
    });
    afterAll(async () => {
      await store.onModuleDestroy();
      await raw.close();
    });

    it('counts a fixed window atomically under its prefix, with the window as expiry', async () => {
      const key = `test:${randomBytes(6).toString('hex')}`;
      const rule = { limit: 3, windowSeconds: 60 };
      const now = Date.now();
      expect(await store.peek(key, now)).toBeUndefined();
      const counted = await Promise.all(Array.from({ length: 25 }, () => store.hit(key, rule, now)));
      expect(counted.map((w) => w.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      const seen = await store.peek(key, now);
      expect(seen?.count).toBe(25);
      expect(seen!.resetAt - now).toBeGreaterThan(55_000);
      expect(seen!.resetAt - now).toBeLessThanOrEqual(60_000);
      expect(Number(await raw.get(`${REDIS_KEY_PREFIX}${key}`))).toBe(25);
      const ttl = await raw.pTTL(`${REDIS_KEY_PREFIX}${key}`);
      expect(ttl).toBeGreaterThan(55_000);
      await store.reset(key);
      expect(await store.peek(key, now)).toBeUndefined();
      expect(await raw.exists(`${REDIS_KEY_PREFIX}${key}`)).toBe(0);
    });

    it('opens a fresh window once the last one expired', async () => {
      const key = `test:${randomBytes(6).toString('hex')}`;
      const rule = { limit: 3, windowSeconds: 1 };
      await store.hit(key, rule, Date.now());
      await store.hit(key, rule, Date.now());
      await new Promise((r) => setTimeout(r, 1100));
      expect(await store.peek(key, Date.now())).toBeUndefined();
      expect((await store.hit(key, rule, Date.now())).count).toBe(1);
    });
  });

  it('refuses to start against a Redis that does not answer (no silent hang)', async () => {
    const started = Date.now();
    await expect(RedisRateLimitStore.connect('redis://127.0.0.1:1', 500)).rejects.toThrow(/REDIS_URL/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  describe('two instances on one Redis', () => {
    let a: TestApp;
    let b: TestApp;
    const env = { REDIS_URL, LIMIT_TICKETS_PER_ADDRESS: '10' };
    beforeAll(async () => {
      a = await createTestApp(env);
      b = await createTestApp(env);
    });
    afterAll(async () => {
      await a?.close();
      await b?.close();
    });

    const issue = (t: TestApp, address: string) => t.http().post('/api/v1/halls/TC/tickets').set('X-Forwarded-For', address).send({ queueCode: 'A' });

    it('share the anonymous ticket count: the 11th ticket from one address, on either instance, gets 429', async () => {
      const address = freshAddress();
      for (let i = 0; i < 5; i++) {
        await issue(a, address).expect(201);
        await issue(b, address).expect(201);
      }
      for (const t of [a, b]) {
        const res = await issue(t, address).expect(429);
        expect(res.body.code).toBe('RATE_LIMITED');
        expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(600);
      }
      await issue(b, freshAddress()).expect(201); // another address is not affected
    });
  });
});
