import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Where a test app keeps its data. The e2e tier runs on a temp-file SQLite; the city tier sets
 * TEST_DATABASE_URL (a PostgreSQL role allowed to create databases) and every app gets a database of its
 * own on that server, created empty and dropped at the end: the same tests, selected by configuration.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const onPostgres = !!TEST_DATABASE_URL;

export interface TestDatabase {
  /** The SQLite file, or the PostgreSQL database URL: pass it back to reopen the same data (a restart). */
  handle: string;
  env: Record<string, string>;
  drop: () => Promise<void>;
}

let created = 0;

export async function createTestDatabase(handle?: string): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) {
    const file = handle ?? join(mkdtempSync(join(tmpdir(), 'onewindow-test-')), 'onewindow.sqlite');
    return { handle: file, env: { DB_PATH: file }, drop: async () => rmSync(dirname(file), { recursive: true, force: true }) };
  }
  const url = new URL(TEST_DATABASE_URL);
  let name = handle ? new URL(handle).pathname.slice(1) : '';
  if (!name) {
    name = `ow_test_${process.pid}_${++created}_${Math.random().toString(36).slice(2, 8)}`;
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  }
  url.pathname = `/${name}`;
  // request photos go beside the SQLite file; with PostgreSQL, to a directory named after the database
  const photos = join(tmpdir(), `${name}-photos`);
  return {
    handle: url.toString(),
    env: { DB_TYPE: 'postgres', DATABASE_URL: url.toString(), PHOTO_DIR: photos },
    drop: async () => {
      rmSync(photos, { recursive: true, force: true });
      await dropDatabase(name);
    },
  };
}

/**
 * The app has closed its pool; an autovacuum worker (the superuser's, which this role may not end) can still be
 * in the database for a moment: try again until it has gone.
 */
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function admin<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A raw query in a test, written once for both databases in SQLite's spelling: `?` placeholders and bare
 * camelCase column names (PostgreSQL folds unquoted names to lower case, so they are quoted for it).
 * String literals in the text must not contain `?` or capitals.
 */
export function sql<T = Record<string, unknown>>(db: DataSource, text: string, params: unknown[] = []): Promise<T[]> {
  if (db.options.type !== 'postgres') return db.query(text, params);
  let n = 0;
  const pg = text.replace(/\?/g, () => `$${++n}`).replace(/(?<!["\w])([a-z]+[A-Z]\w*)(?!["\w])/g, '"$1"');
  return db.query(pg, params);
}
