import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { FixedClock } from '../common/clock';
import { JobLeases1764600000000 } from '../database/migrations/1764600000000-job-leases';
import { TransactionRunner } from '../database/transaction-runner';
import { LocalClusterBus } from './local-cluster-bus';
import { JobLeases } from './job-leases';

describe('JobLeases (temp-file SQLite)', () => {
  let dir: string;
  let db: DataSource;
  let tx: TransactionRunner;
  const clock = new FixedClock(1_000_000);
  let one: JobLeases;
  let other: JobLeases;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-leases-'));
    db = await new DataSource({ type: 'sqlite', database: join(dir, 'l.sqlite'), migrations: [JobLeases1764600000000] }).initialize();
    await db.runMigrations();
    tx = new TransactionRunner(db);
    clock.set(1_000_000);
    one = new JobLeases(tx, clock, new LocalClusterBus());
    other = new JobLeases(tx, clock, new LocalClusterBus());
  });

  afterEach(async () => {
    await tx.onApplicationShutdown();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('one holder at a time, renewed by its holder, taken over once it expired', async () => {
    // [ms later, who asks for a 10 s lease, gets it]
    const steps: Array<[number, 'one' | 'other', boolean]> = [
      [0, 'one', true], // a free job
      [5_000, 'other', false], // the lease runs
      [9_000, 'one', true], // the holder renews it…
      [15_000, 'other', false], // …so it still runs
      [30_000, 'other', true], // the holder let it expire: taken over
      [31_000, 'one', false], // and the earlier holder is out
    ];
    for (const [later, who, expected] of steps) {
      clock.set(1_000_000 + later);
      expect([later, who, await (who === 'one' ? one : other).hold('sweep', 10_000)]).toEqual([later, who, expected]);
    }
  });

  it('jobs are separate, and a released lease is free at once', async () => {
    expect(await one.hold('sweep', 10_000)).toBe(true);
    expect(await other.hold('ratings', 10_000)).toBe(true);
    expect(await other.hold('sweep', 10_000)).toBe(false);
    await one.release('sweep');
    expect(await other.hold('sweep', 10_000)).toBe(true);
  });

  it('two asking at the same moment: exactly one gets it', async () => {
    const got = await Promise.all([one.hold('sweep', 10_000), other.hold('sweep', 10_000)]);
    expect(got.filter(Boolean)).toHaveLength(1);
  });
});
