import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { ENTITIES } from '../entities';
import { MIGRATIONS } from './index';

/** The entities describe exactly what the migrations build: `migration:generate` has nothing to write. */
describe('entities and migrations agree', () => {
  let dir: string;
  let db: DataSource;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-schema-'));
    db = await new DataSource({ type: 'sqlite', database: join(dir, 'schema.sqlite'), entities: ENTITIES, migrations: MIGRATIONS }).initialize();
    await db.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('after every migration on a fresh database, the schema builder has nothing left to change', async () => {
    const { upQueries } = await db.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('every entity has its table', async () => {
    const tables: Array<{ name: string }> = await db.query(`SELECT name FROM sqlite_master WHERE type = 'table'`);
    const names = new Set(tables.map((t) => t.name));
    expect(db.entityMetadatas.map((e) => e.tableName).filter((t) => !names.has(t))).toEqual([]);
  });
});
