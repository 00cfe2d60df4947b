import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
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
  clock: FixedClock;
  http: () => ReturnType<typeof request>;
  login: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The deployed wiring (configureApp) on a temp-file SQLite with migrations and the demo seed,
 * listening on a free loopback port, with a pinned clock.
 */
export async function createTestApp(env: Record<string, string> = {}, clock: Clock = new FixedClock(MONDAY_MORNING)): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-test-'));
  const config = loadConfig({
    DB_PATH: join(dir, 'onewindow.sqlite'),
    CONFIG_DIR: join(ROOT, 'config'),
    BCRYPT_ROUNDS: '4',
    BOARD_COALESCE_MS: '0',
    SWEEP_INTERVAL_MS: '0', // tests run the deadline sweep themselves with the pinned clock
    API_DOCS: 'false',
    JWT_SECRET: 'test-secret-0123456789abcdef',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ config, clock })] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const tokens = new Map<string, string>();
  return {
    app,
    url,
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
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
