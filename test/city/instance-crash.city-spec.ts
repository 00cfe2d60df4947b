// Two server processes started together on an empty PostgreSQL database and one Redis; one is killed
// (SIGKILL) while kiosks and clerks work through both: nothing acknowledged is lost, the other keeps serving.
import { ChildProcess, spawn } from 'child_process';
import { createClient } from 'redis';
import { APPLICANT, JZZ_DEFERRED } from '../support/case-helpers';
import { ROOT } from '../support/test-app';
import { createTestDatabase, onPostgres, TestDatabase } from '../support/test-database';

const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6390'}/4`;

/** The fields this spec reads from the answers. */
interface Answer {
  accessToken: string;
  id: number;
  statusToken: string;
  number: string;
  queueCode: string;
  caseNumber: string;
  queryCode: string;
}

interface Server {
  child: ChildProcess;
  url: string;
  /** What it printed so far (a failure shows the server's side). */
  log: () => string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Every process started, so afterAll kills it even when it never said it listens. */
const children: ChildProcess[] = [];

function start(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...env } });
  children.push(child);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 120 s:\n${out}`)), 120_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const listening = /OneWindow listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, url: listening[1], exited, log: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((how) => reject(new Error(`exited (${how}) before listening:\n${out}`)));
  });
}

async function post(url: string, path: string, body: unknown, token?: string): Promise<{ status: number; body: Record<string, unknown> & Answer }> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> & Answer };
}

describe('an instance killed under load (city)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    expect(onPostgres).toBe(true);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.flushDb();
    await redis.close();
    db = await createTestDatabase();
  });

  afterAll(async () => {
    const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
    const gone = running.map((c) => new Promise((resolve) => c.once('exit', resolve)));
    for (const c of running) c.kill('SIGKILL');
    await Promise.all(gone);
    await db?.drop();
  });

  it('loses no acknowledged ticket or case, and the survivor keeps serving', async () => {
    const env = {
      ...db.env, REDIS_URL, PORT: '0', HOST: '127.0.0.1', JWT_SECRET: 'city-secret-0123456789abcdef', BCRYPT_ROUNDS: '4',
      LOG_FORMAT: 'text', SWEEP_INTERVAL_MS: '0', LIMIT_TICKETS_PER_ADDRESS: '100000', LIMIT_WRONG_CODES_PER_ADDRESS: '100000',
    };
    // both at once on the empty database: the start-up locks make one migrate and seed, the other wait
    const [a, b] = await Promise.all([start(env), start(env)]);
    const login = await post(a.url, '/api/v1/auth/login', { username: 'clerk1', password: 'demo1234' });
    expect(login.status).toBe(200);
    const clerk = login.body.accessToken;

    const tickets: Array<{ id: number; statusToken: string; number: string; queueCode: string }> = [];
    const cases: Array<{ caseNumber: string; queryCode: string }> = [];
    let killed = false;
    let stop = false;
    const target = (i: number) => (killed || i % 2 === 0 ? a : b);
    const worker = async (w: number) => {
      for (let i = w; !stop; i += 8) {
        const server = target(i);
        try {
          if (i % 5 === 0) {
            const res = await post(server.url, '/api/v1/cases', { hall: 'TC', serviceItemCode: 'JZZ', applicant: APPLICANT, materials: JZZ_DEFERRED, decision: 'accept' }, clerk);
            if (res.status === 201) cases.push(res.body);
            else expect([res.status, res.body, server.log().slice(-3000)]).toEqual([201, {}, '']);
          } else {
            const res = await post(server.url, '/api/v1/halls/TC/tickets', { queueCode: ['A', 'B'][i % 2] });
            if (res.status === 201) tickets.push(res.body);
            else expect([res.status, res.body, server.log().slice(-3000)]).toEqual([201, {}, '']);
          }
        } catch (error) {
          // a request to the instance being killed may fail without an answer: it was never acknowledged
          // (by name: fetch's TypeError comes from another realm than the test's)
          if (server !== b || (error as Error).name !== 'TypeError') throw error;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
    await new Promise((r) => setTimeout(r, 1500));
    const before = tickets.length;
    b.child.kill('SIGKILL');
    expect(await b.exited).toBe('SIGKILL');
    killed = true;
    await new Promise((r) => setTimeout(r, 1500));
    stop = true;
    await load;

    expect(before).toBeGreaterThan(10);
    expect(tickets.length).toBeGreaterThan(before); // the survivor went on issuing
    expect(cases.length).toBeGreaterThan(0);
    for (const t of tickets) {
      const res = await fetch(`${a.url}/api/v1/tickets/${t.id}?token=${t.statusToken}`);
      expect([t.number, res.status]).toEqual([t.number, 200]);
    }
    for (const c of cases) {
      const res = await fetch(`${a.url}/api/v1/public/cases/${c.caseNumber}?code=${c.queryCode}`);
      expect([c.caseNumber, res.status]).toEqual([c.caseNumber, 200]);
    }
    for (const q of ['A', 'B']) {
      const numbers = tickets.filter((t) => t.queueCode === q).map((t) => t.number);
      expect(new Set(numbers).size).toBe(numbers.length); // no number given twice
    }
    expect(new Set(cases.map((c) => c.caseNumber)).size).toBe(cases.length);
    expect((await post(a.url, '/api/v1/halls/TC/tickets', { queueCode: 'C' })).status).toBe(201);
  }, 300_000);
});
