import { spawn, spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { countRows } from '../support/queue-helpers';
import { createTestApp, ROOT } from '../support/test-app';

describe('start-up, seeding and operations (e2e)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'onewindow-start-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds the demo centre once: a restart on the same database keeps data and adds nothing', async () => {
    const env = { DB_PATH: join(dir, 'db.sqlite') };
    const first = await createTestApp(env);
    const hall = await first.http().get('/api/v1/halls/TC').expect(200);
    expect(hall.body).toMatchObject({ code: 'TC', name: '桐城街道党群服务中心', timeZone: 'Asia/Shanghai' });
    expect(hall.body.queues.map((q: { code: string }) => q.code)).toEqual(['A', 'B', 'C', 'D']);
    expect(hall.body.windows.map((w: { number: number; kind: string }) => `${w.number}${w.kind[0]}`)).toEqual(['1c', '2c', '3c', '4c', '5d', '6d']);
    for (const username of ['admin', 'supervisor', 'clerk1', 'clerk6', 'officer-gg', 'officer-zl', 'officer-fz', 'head-gg', 'head-zl']) {
      await first.login(username);
    }
    await first.http().post('/api/v1/halls/TC/tickets').send({ queueCode: 'A' }).expect(201);
    const users = await countRows(first, 'users');
    await first.app.close();
    const second = await createTestApp(env);
    expect(await countRows(second, 'users')).toBe(users);
    expect((await second.http().post('/api/v1/halls/TC/tickets').send({ queueCode: 'A' }).expect(201)).body.number).toBe('A002');
    await second.close();
  });

  it('SEED=none leaves the database empty but for the admin made from ADMIN_PASSWORD', async () => {
    const t = await createTestApp({ SEED: 'none', ADMIN_PASSWORD: 'a-long-secret' });
    await t.http().get('/api/v1/halls/TC').expect(404);
    expect(await countRows(t, 'users')).toBe(1);
    const login = await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'a-long-secret' }).expect(200);
    // the admin made from ADMIN_PASSWORD need not change it, and works in every hall
    expect(login.body.user).toMatchObject({ roles: ['admin'], hallCodes: [], mustChangePassword: false });
    await t.http().get('/api/v1/users').set({ Authorization: `Bearer ${login.body.accessToken}` }).expect(200);
    await t.http().post('/api/v1/auth/login').send({ username: 'admin', password: 'demo1234' }).expect(401);
    await t.close();
  });

  it('runs migrations (never schema sync) and sets the SQLite pragmas', async () => {
    const t = await createTestApp();
    const { DataSource } = await import('typeorm');
    const db = t.app.get(DataSource);
    expect((await db.query('SELECT name FROM migrations')).map((m: { name: string }) => m.name)).toContain('Init1763800000000');
    expect(await db.query('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    expect(await db.query('PRAGMA synchronous')).toEqual([{ synchronous: 1 }]);
    expect(await db.query('PRAGMA foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    expect((await db.query('PRAGMA busy_timeout'))[0].timeout).toBe(5000);
    await t.http().get('/health').expect(200, { status: 'ok', database: 'sqlite' });
    await t.close();
  });

  it('serves the OpenAPI docs at /api/docs', async () => {
    const t = await createTestApp({ API_DOCS: 'true' });
    const json = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/v1/halls/{hall}/tickets', '/api/v1/halls/{hall}/windows/{n}/call-next', '/api/v1/auth/login']));
    await t.http().get('/api/docs').expect(200);
    await t.close();
  });

  it('refuses to start on a bad setting, naming it', () => {
    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'not-a-port', DB_PATH: join(dir, 'x.sqlite') },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('PORT');
  });

  it('logs structured JSON and shuts down gracefully on SIGTERM', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DB_PATH: join(dir, 'db.sqlite'), LOG_FORMAT: 'json', BCRYPT_ROUNDS: '4' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    for (let waited = 0; !out.includes('OneWindow listening') && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.find((l) => String(l.message).startsWith('OneWindow listening'))).toMatchObject({ level: 'log', context: 'Bootstrap' });
    expect(lines.at(-1)).toMatchObject({ context: 'Lifecycle', message: expect.stringContaining('stopped cleanly on SIGTERM') });
    // a few lines with the address and the pages, not Nest's ~170 lines of modules and routes (those are at debug)
    expect(lines.filter((l) => ['RoutesResolver', 'RouterExplorer', 'InstanceLoader'].includes(l.context))).toEqual([]);
    expect(lines.length).toBeLessThanOrEqual(13); // the banner has a line per hall: the demo centre and its service point
    expect(lines.map((l) => String(l.message)).join('\n')).toMatch(/board http:\/\/127\.0\.0\.1:\d+\/board\/TC, kiosk http:\/\/127\.0\.0\.1:\d+\/kiosk\/TC, console/);
  });

  it('lists the routes at LOG_LEVEL=debug', async () => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', DB_PATH: join(dir, 'db.sqlite'), LOG_FORMAT: 'json', LOG_LEVEL: 'debug', BCRYPT_ROUNDS: '4' },
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    for (let waited = 0; !out.includes('OneWindow listening') && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');
    await exited;
    const routes = out.trim().split('\n').map((line) => JSON.parse(line)).filter((l) => l.context === 'RouterExplorer');
    expect(routes.length).toBeGreaterThan(50);
    expect(routes[0]).toMatchObject({ level: 'debug' });
  });
});
