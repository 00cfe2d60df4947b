import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { join } from 'path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock, FixedClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { createTestDatabase } from './test-database';

export const ROOT = join(__dirname, '..', '..');
/** Monday 2026-11-23 09:30 in Asia/Shanghai: a working morning, far from the day change. */
export const MONDAY_MORNING = Date.parse('2026-11-23T01:30:00Z');

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** The SQLite file or PostgreSQL database URL: `createTestApp(env, clock, { database })` reopens it (a restart). */
  database: string;
  clock: FixedClock;
  http: () => ReturnType<typeof request>;
  login: (username: string, password?: string) => Promise<string>;
  /** Stops the app and deletes its database, or keeps it (`keepData`) for a restart on the same file. */
  close: (options?: { keepData?: boolean }) => Promise<void>;
}

export interface TestAppOptions {
  /**
   * Open this existing database instead of a fresh one (a server restart on the same data): close the
   * first app with `keepData` and pass its `database`. `close()` of the last app removes it, unless `keepData`.
   */
  database?: string;
  /** Listen on this port (a restart keeps the address, so a browser keeps its localStorage); default a free one. */
  port?: number;
}

/**
 * The deployed wiring (configureApp) on a temp-file SQLite (or, in the city tier, a fresh PostgreSQL
 * database: see test-database.ts) with migrations and the demo seed, listening on a free loopback port,
 * with a pinned clock.
 */
export async function createTestApp(env: Record<string, string> = {}, clock: Clock = new FixedClock(MONDAY_MORNING), options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.database);
  const config = loadConfig({
    ...database.env,
    CONFIG_DIR: join(ROOT, 'config'),
    BCRYPT_ROUNDS: '4',
    BOARD_COALESCE_MS: '0',
    SWEEP_INTERVAL_MS: '0', // tests run the deadline sweep themselves with the pinned clock
    API_DOCS: 'false',
    JWT_SECRET: 'test-secret-0123456789abcdef',
    // suites issue many anonymous tickets and try wrong codes from one address (127.0.0.1): these limits are
    // tested by limits.e2e-spec with small values; the sign-in limits stay as deployed (successes do not count)
    LIMIT_TICKETS_PER_ADDRESS: '100000',
    LIMIT_WRONG_CODES_PER_ADDRESS: '100000',
    LIMIT_REQUESTS_PER_ADDRESS: '100000',
    LIMIT_BOOKINGS_PER_ADDRESS: '100000',
    ...env,
  });
  let app: NestExpressApplication;
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, clock })] }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
    configureApp(app);
    await app.listen(options.port ?? 0, '127.0.0.1');
  } catch (error) {
    if (!options.database) await database.drop().catch(() => undefined);
    throw error;
  }
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const tokens = new Map<string, string>();
  return {
    app,
    url,
    database: database.handle,
    clock: clock as FixedClock,
    http: () => request(app.getHttpServer()),
    login: async (username, password = 'demo1234') => {
      const cached = tokens.get(username);
      if (cached) return cached;
      const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(username, res.body.accessToken);
      return res.body.accessToken;
    },
    close: async ({ keepData = false } = {}) => {
      await app.close();
      if (!keepData) await database.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
