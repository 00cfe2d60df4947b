import type { DataSource } from 'typeorm';

/**
 * WAL lets readers go on while a write commits; synchronous=NORMAL is durable across process crashes
 * (only an OS crash can lose the last commits) at a fraction of FULL's fsyncs.
 */
export async function applySqlitePragmas(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'sqlite') return;
  await dataSource.query('PRAGMA journal_mode = WAL');
  await dataSource.query('PRAGMA synchronous = NORMAL');
  await dataSource.query('PRAGMA foreign_keys = ON');
  await dataSource.query('PRAGMA busy_timeout = 5000');
}
