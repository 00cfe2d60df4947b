import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** The few statements that differ between SQLite and PostgreSQL, each written once. */
export function isPostgres(on: EntityManager | DataSource): boolean {
  const options = 'connection' in on ? on.connection.options : on.options;
  return options.type === 'postgres';
}

/**
 * Inserts one row and returns its generated id without reading the row back. SQLite reports the last
 * row id of the statement; PostgreSQL answers `RETURNING "id"` (its result has no last id: reading one
 * gave id 0 and a foreign key failure on the next insert).
 */
export async function insertReturningId<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, values: object): Promise<number> {
  const query = m.createQueryBuilder().insert().into(target).values(values as never).updateEntity(false);
  if (isPostgres(m)) {
    const result = await query.returning('"id"').execute();
    return Number((result.raw as Array<{ id: number | string }>)[0].id);
  }
  return Number((await query.execute()).raw);
}

/**
 * The lock a command takes on the row it is about to change. On PostgreSQL `FOR UPDATE` makes two
 * commands on one row wait for each other (the second then reads the first one's result); `skipLocked`
 * passes over rows another command holds (the call-next claim: eight windows never wait on one head
 * ticket). SQLite has one writer at a time, so its commands never overlap and no lock is needed.
 */
export function rowLock(m: EntityManager, skipLocked = false) {
  if (!isPostgres(m)) return {};
  return { lock: skipLocked ? ({ mode: 'pessimistic_write', onLocked: 'skip_locked' } as const) : ({ mode: 'pessimistic_write' } as const) };
}
