import { spawnSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';
import { Client } from 'pg';
import { createClient } from 'redis';
import { HttpClient, HttpResult, freePort } from './http-client';
import { onCleanup } from './lifecycle';
import { ROOT, ServerProcess, ServerSpec } from './server';

/** The city services of test/support/ensure-city-services.sh (the same defaults as `npm run test:city`). */
const ADMIN_URL = process.env.BENCH_PG_URL ?? `postgres://onewindow:onewindow@127.0.0.1:${process.env.CITY_PG_PORT ?? '5439'}/onewindow`;
/** A Redis database of the bench's own, emptied at start. */
const REDIS_URL = `${process.env.BENCH_REDIS_URL ?? `redis://127.0.0.1:${process.env.CITY_REDIS_PORT ?? '6390'}`}/5`;

export interface City {
  instances: [ServerProcess, ServerProcess];
  ports: [number, number];
  database: string;
}

async function admin<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Two server processes on one fresh PostgreSQL database and one Redis (README "Running a city"): the
 * services are made sure of first, the database is dropped at the end whatever happens. The first instance
 * migrates and seeds; windows and clerks up to `windows` are added; then the second joins.
 */
export async function startCity(dir: string, spec: Omit<ServerSpec, 'workDir' | 'port' | 'dbPath'>, hall: string, windows: number): Promise<City> {
  const ensured = spawnSync('bash', [join(ROOT, 'test', 'support', 'ensure-city-services.sh')], { encoding: 'utf8' });
  if (ensured.status !== 0) throw new Error(`city services did not start:\n${ensured.stdout}${ensured.stderr}`);
  const redis = createClient({ url: REDIS_URL });
  await redis.connect();
  await redis.flushDb();
  await redis.close();
  const database = `ow_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin(ADMIN_URL, (c) => c.query(`CREATE DATABASE "${database}"`));
  onCleanup(() => admin(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).then(() => undefined));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const env = { ...spec.extraEnv, DB_TYPE: 'postgres', DATABASE_URL: url.toString(), REDIS_URL };
  const ports: [number, number] = [await freePort(), await freePort()];
  const instances = ports.map((port, i) => {
    const workDir = join(dir, `instance-${i + 1}`);
    mkdirSync(workDir, { recursive: true });
    return new ServerProcess({ ...spec, extraEnv: env, workDir, port, dbPath: '' });
  }) as [ServerProcess, ServerProcess];
  await instances[0].start(); // migrates and seeds
  await admin(url.toString(), (c) => addWindowsAndClerks(c, hall, windows));
  await instances[1].start();
  return { instances, ports, database };
}

/** Comprehensive windows and clerk accounts (clerk1's hash, roles and halls) up to `count`, as the SQLite run adds them. */
async function addWindowsAndClerks(c: Client, hall: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await c.query(
      `INSERT INTO "hall_windows" ("hallCode", "number", "name", "kind", "queueCodes", "status", "priorityStreak", "updatedAt")
       VALUES ($1, $2, $3, 'comprehensive', '[]', 'closed', 0, $4) ON CONFLICT DO NOTHING`,
      [hall, n, `${n}号综合窗口`, Date.now()],
    );
    await c.query(
      `INSERT INTO "users" ("username", "displayName", "passwordHash", "roles", "departmentCodes", "hallCodes", "active", "createdAt")
       SELECT $1, $2, "passwordHash", "roles", "departmentCodes", "hallCodes", "active", "createdAt" FROM "users" WHERE "username" = 'clerk1'
       ON CONFLICT DO NOTHING`,
      [`clerk${n}`, `综合受理员${n}`],
    );
  }
}

/**
 * One client for the load, two instances behind it, as a proxy would spread it: a window's requests go
 * to the instance its clerk works on (windows 1–4 the first, the others the second), everything else
 * (kiosks, sign-ins, look-ups) alternates.
 */
export class SplitHttpClient extends HttpClient {
  private turn = 0;

  constructor(private readonly instances: [HttpClient, HttpClient]) {
    super(0, 1);
  }

  override request<T>(method: string, path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    const window = /\/windows\/(\d+)\//.exec(path);
    const target = window ? (Number(window[1]) <= 4 ? 0 : 1) : this.turn++ % 2;
    return this.instances[target].request<T>(method, path, body, token);
  }

  override close(): void {
    for (const c of this.instances) c.close();
    super.close();
  }
}
