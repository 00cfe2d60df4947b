import { MemoryRateLimitStore } from './memory-rate-limit.store';

const rule = { limit: 3, windowSeconds: 10 };
const T = 1_000_000;

describe('MemoryRateLimitStore', () => {
  let store: MemoryRateLimitStore;
  afterEach(() => store.onModuleDestroy());

  it('counts a key in one window and opens a fresh one after it ended', async () => {
    store = new MemoryRateLimitStore();
    expect(await store.hit('k', rule, T)).toEqual({ count: 1, resetAt: T + 10_000 });
    expect(await store.hit('k', rule, T + 9_999)).toEqual({ count: 2, resetAt: T + 10_000 });
    expect(await store.peek('k', T + 9_999)).toEqual({ count: 2, resetAt: T + 10_000 });
    expect(await store.peek('k', T + 10_000)).toBeUndefined();
    expect(await store.hit('k', rule, T + 10_000)).toEqual({ count: 1, resetAt: T + 20_000 });
    await store.reset('k');
    expect(await store.peek('k', T + 10_000)).toBeUndefined();
  });

  it('never holds more than its bound: ended windows are swept first, then the oldest keys dropped', async () => {
    store = new MemoryRateLimitStore(() => T, 100);
    for (let i = 0; i < 100; i++) await store.hit(`old-${i}`, rule, T);
    expect(store.size).toBe(100);
    // after the window: a new key sweeps every ended one
    await store.hit('new', rule, T + 10_000);
    expect(store.size).toBe(1);
    // a flood of distinct keys inside one window keeps the newest 100
    for (let i = 0; i < 1_000; i++) await store.hit(`flood-${i}`, rule, T + 10_001);
    expect(store.size).toBe(100);
    expect(await store.peek('flood-999', T + 10_001)).toEqual({ count: 1, resetAt: T + 20_001 });
    expect(await store.peek('flood-0', T + 10_001)).toBeUndefined();
  });

  it('sweep drops only ended windows', async () => {
    store = new MemoryRateLimitStore();
    await store.hit('a', rule, T);
    await store.hit('b', rule, T + 5_000);
    store.sweep(T + 10_000);
    expect(store.size).toBe(1);
    expect(await store.peek('b', T + 10_000)).toEqual({ count: 1, resetAt: T + 15_000 });
  });
});
