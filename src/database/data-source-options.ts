import { mkdirSync } from 'fs';
import { dirname } from 'path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** One options object for the app, the tests and the migration CLI: schema changes only by migration. */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, migrationsRun: false, logging: ['error'] as const };
  if (config.DB_TYPE === 'postgres') {
    return { ...common, type: 'postgres', url: config.DATABASE_URL, logging: ['error'] };
  }
  if (config.DB_PATH !== ':memory:') mkdirSync(dirname(config.DB_PATH), { recursive: true });
  return { ...common, type: 'sqlite', database: config.DB_PATH, logging: ['error'] };
}
