import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';
import request from 'supertest';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Clock, FixedClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';

export const ROOT = join(__dirname, '..', '..');
/** Monday 2026-11-23 09:30 in Asia/Shanghai: a working morning, far from the day change. */
export const MONDAY_MORNING = Date.parse('2026-11-23T01:30:00Z');

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** The SQLite file: `createTestApp(env, clock, { dbPath })` reopens it (a restart). */
  dbPath: string;
  clock: FixedClock;
  http: () => ReturnType<typeof request>;
  login: (username: string, password?: string) => Promise<string>;
  /** Stops the app and deletes its database, or keeps it (`keepData`) for a restart on the same file. */
  close: (options?: { keepData?: boolean }) => Promise<void>;
}

export interface TestAppOptions {
  /**
   * Open this existing database instead of a fresh temp file (a server restart on the same data): close the
   * first app with `keepData` and pass its `dbPath`. The caller removes the directory (`close()` of the last
   * app does, unless `keepData`).
   */
  dbPath?: string;
  /** Listen on this port (a restart keeps the address, so a browser keeps its localStorage); default a free one. */
  port?: number;
}

/**
 * The deployed wiring (configureApp) on a temp-file SQLite with migrations and the demo seed,
 * listening on a free loopback port, with a pinned clock.
 */
export async function createTestApp(env: Record<string, string> = {}, clock: Clock = new FixedClock(MONDAY_MORNING), options: TestAppOptions = {}): Promise<TestApp> {
  const dbPath = options.dbPath ?? join(mkdtempSync(join(tmpdir(), 'onewindow-test-')), 'onewindow.sqlite');
  const dir = dirname(dbPath);
  const config = loadConfig({
    DB_PATH: dbPath,
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
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, clock })] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureApp(app);
  await app.listen(options.port ?? 0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const tokens = new Map<string, string>();
  return {
    app,
    url,
    dbPath,
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
      if (!keepData) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
