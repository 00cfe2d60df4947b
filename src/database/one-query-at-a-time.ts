import type { EntityManager, QueryRunner } from 'typeorm';

const SERIALIZED = Symbol('one query at a time');

/**
 * A transaction's queries go over one pg client, which runs one query at a time: pg 8 queues overlapping ones
 * with a deprecation warning and pg 9 refuses them. Work functions may well `Promise.all` reads on their
 * manager (they do, and it reads naturally), so the transaction's runner takes its queries in turn instead.
 */
export function oneQueryAtATime(m: EntityManager): EntityManager {
  const runner = m.queryRunner as (QueryRunner & { [SERIALIZED]?: true }) | undefined;
  if (!runner || runner[SERIALIZED]) return m;
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let last: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const next = last.then(() => query(...args));
    last = next.catch(() => undefined); // a failed query does not hold up the next one
    return next;
  }) as QueryRunner['query'];
  runner[SERIALIZED] = true;
  return m;
}
