import type { EntityManager } from 'typeorm';
import { oneQueryAtATime } from './one-query-at-a-time';

/** A runner whose queries take a few ms each and that counts how many ran at once. */
function fakeManager(failOn?: string) {
  const seen = { running: 0, most: 0, order: [] as string[] };
  const runner = {
    async query(sql: string) {
      seen.running++;
      seen.most = Math.max(seen.most, seen.running);
      await new Promise((r) => setTimeout(r, 5));
      seen.running--;
      seen.order.push(sql);
      if (sql === failOn) throw new Error(`failed: ${sql}`);
      return [sql];
    },
  };
  return { m: { queryRunner: runner } as unknown as EntityManager, seen, runner };
}

describe('oneQueryAtATime', () => {
  it('runs overlapping queries of one transaction one after another, in the order they were asked', async () => {
    const { m, seen } = fakeManager();
    const q = oneQueryAtATime(m).queryRunner!;
    expect(await Promise.all(['a', 'b', 'c'].map((sql) => q.query(sql)))).toEqual([['a'], ['b'], ['c']]);
    expect(seen.most).toBe(1);
    expect(seen.order).toEqual(['a', 'b', 'c']);
  });

  it('a failed query rejects alone and does not hold up the next', async () => {
    const { m } = fakeManager('b');
    const q = oneQueryAtATime(m).queryRunner!;
    const results = await Promise.allSettled(['a', 'b', 'c'].map((sql) => q.query(sql)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('wraps a runner once, and leaves a manager without a runner alone', async () => {
    const { m, runner } = fakeManager();
    oneQueryAtATime(m);
    const wrapped = runner.query;
    oneQueryAtATime(m);
    expect(runner.query).toBe(wrapped);
    const bare = {} as EntityManager;
    expect(oneQueryAtATime(bare)).toBe(bare);
  });
});
