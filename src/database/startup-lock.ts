import type { DataSource, EntityManager } from 'typeorm';
import { isPostgres } from './dialect';

/** PostgreSQL advisory lock keys of the start-up steps (any numbers, fixed for good). */
export const STARTUP_LOCK = { migrations: 7_301_001, seed: 7_301_002, calendar: 7_301_003 } as const;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so instances starting together on an empty
 * database migrate one after the other (the later ones find nothing left to do). SQLite's single writer
 * already serialises them.
 */
export async function withStartupLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  if (!isPostgres(dataSource)) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [key]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await runner.release();
  }
}

/** Inside a transaction: waits for the lock, held until commit (a seed that another instance may run too). */
export async function lockForTransaction(m: EntityManager, key: number): Promise<void> {
  if (isPostgres(m)) await m.query('SELECT pg_advisory_xact_lock($1)', [key]);
}
