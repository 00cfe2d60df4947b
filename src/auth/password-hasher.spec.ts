import { compare, hash } from 'bcryptjs';
import { readdirSync, readFileSync } from 'fs';
import { performance } from 'perf_hooks';
import { DomainError } from '../common/domain-error';
import { loadConfig } from '../config/app-config';
import { AuthErrorCode } from './auth.errors';
import { HashPool, HashPoolFullError } from './hash-pool';
import { PasswordHasher } from './password-hasher';

const hasherWith = (env: Record<string, string>) => new PasswordHasher(loadConfig({ BCRYPT_ROUNDS: '4', ...env }));

describe('PasswordHasher (bcrypt in worker threads)', () => {
  let hasher: PasswordHasher;
  beforeEach(() => {
    hasher = hasherWith({ HASH_WORKERS: '2' });
  });
  afterEach(() => hasher.onModuleDestroy());

  it.each([
    ['demo1234', 'demo1234', true],
    ['demo1234', 'demo1235', false],
    ['密码-长一点的', '密码-长一点的', true],
    ['', 'x', false],
  ])('a hash made in the pool of %j checks %j as bcryptjs does (%s)', async (password, attempt, expected) => {
    const made = await hasher.hash(password);
    expect(made).toMatch(/^\$2b\$04\$/);
    expect(await compare(attempt, made)).toBe(expected);
    expect(await hasher.verify(attempt, made)).toBe(expected);
  });

  it('verifies hashes bcryptjs made on the main thread, and a malformed hash is false, not a crash', async () => {
    const made = await hash('s3cret-pw', 5);
    expect(await hasher.verify('s3cret-pw', made)).toBe(true);
    expect(await hasher.verify('other', made)).toBe(false);
    expect(await hasher.verify('s3cret-pw', 'not-a-bcrypt-hash')).toBe(false);
  });

  it('an unknown user costs a real check and is always false', async () => {
    await expect(hasher.verifyNobody('whatever')).resolves.toBe(false);
    await expect(hasher.verifyNobody('not-a-password')).resolves.toBe(false);
  });

  it('never runs more hashes at once than HASH_WORKERS, and all of them finish', async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => hasher.hash(`pw-${i}`)));
    expect(new Set(outcomes).size).toBe(20);
    expect(hasher.stats.peakRunning).toBeGreaterThanOrEqual(1);
    expect(hasher.stats.peakRunning).toBeLessThanOrEqual(2);
    expect(hasher.stats.workers).toBeLessThanOrEqual(2);
    expect(hasher.stats).toMatchObject({ running: 0, queued: 0 });
  });

  it('keeps the main event loop free while 20 hashes run', async () => {
    const slow = hasherWith({ HASH_WORKERS: '1', BCRYPT_ROUNDS: '8' });
    try {
      await slow.hash('warm-up'); // the worker starts outside the measurement
      let ticks = 0;
      let done = false;
      const tick = () => {
        ticks++;
        if (!done) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
      const before = performance.eventLoopUtilization();
      await Promise.all(Array.from({ length: 20 }, (_, i) => slow.hash(`pw-${i}`)));
      const busy = performance.eventLoopUtilization(before);
      done = true;
      // on the main thread (bcryptjs' own async hash) utilisation is ~1 and the timer loop barely runs
      expect(busy.utilization).toBeLessThan(0.5);
      expect(ticks).toBeGreaterThan(20);
    } finally {
      await slow.onModuleDestroy();
    }
  });

  it('hashes in a thread of lower CPU priority than the main thread (Linux nice)', async () => {
    await hasher.hash('start the workers');
    const niceOf = (tid: string) => Number(readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[16]);
    const nices = readdirSync('/proc/self/task').map(niceOf);
    expect(niceOf(String(process.pid))).toBe(0);
    expect(nices).toContain(10);
  });

  it('a full queue answers 503 AUTH_BUSY at once instead of growing', async () => {
    const small = hasherWith({ HASH_WORKERS: '1', HASH_QUEUE_LIMIT: '2', BCRYPT_ROUNDS: '6' });
    try {
      const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => small.hash(`pw-${i}`)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3); // one running + two waiting
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as DomainError);
      expect(refused).toHaveLength(2);
      for (const error of refused) {
        expect(error).toBeInstanceOf(DomainError);
        expect(error).toMatchObject({ status: 503, code: AuthErrorCode.AUTH_BUSY, details: { retryAfterSeconds: 1 } });
      }
      await expect(small.hash('after the burst')).resolves.toMatch(/^\$2b\$06\$/);
    } finally {
      await small.onModuleDestroy();
    }
  });
});

describe('HashPool', () => {
  it('fails queued and new jobs once closed', async () => {
    const pool = new HashPool(1, 10);
    const jobs = [pool.run({ op: 'hash', password: 'a', rounds: 8 }), pool.run({ op: 'hash', password: 'b', rounds: 8 })].map((job) => job.catch((error: Error) => error));
    await pool.close();
    for (const outcome of await Promise.all(jobs)) expect(outcome).toEqual(new Error('hash pool is closed'));
    await expect(pool.run({ op: 'compare', password: 'a', hash: 'x' })).rejects.toThrow('closed');
  });

  it('refuses beyond the queue with HashPoolFullError', async () => {
    const pool = new HashPool(1, 0);
    try {
      const first = pool.run({ op: 'hash', password: 'a', rounds: 6 });
      await expect(pool.run({ op: 'hash', password: 'b', rounds: 6 })).rejects.toBeInstanceOf(HashPoolFullError);
      await expect(first).resolves.toMatch(/^\$2b\$06\$/);
    } finally {
      await pool.close();
    }
  });
});
