import { mkdirSync } from 'fs';
import { dirname } from 'path';
import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { QueryErrorLogger } from './query-error-logger';

/**
 * TypeORM calls the sqlite3 module's `verbose()`, which wraps every statement in long stack traces
 * (a new Error and util.inspect of the SQL per call): most of a query's cost here. The same module,
 * with verbose() doing nothing.
 */
const quietSqlite3 = Object.assign(Object.create(sqlite3) as typeof sqlite3, { verbose: () => quietSqlite3 });

/** One options object for the app, the tests and the migration CLI: schema changes only by migration. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: ['error'] as ['error'], logger: new QueryErrorLogger() };
  if (config.DB_TYPE === 'postgres') {
    return { ...common, type: 'postgres', url: config.DATABASE_URL, extra: { max: config.DB_POOL_SIZE } };
  }
  if (config.DB_PATH !== ':memory:') mkdirSync(dirname(config.DB_PATH), { recursive: true });
  return { ...common, type: 'sqlite', database: config.DB_PATH, driver: quietSqlite3 };
}
