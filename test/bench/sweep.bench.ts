/**
 * npm run bench:sweep — one deadline sweep (电子监察) over 1,000,000 open cases on a fresh SQLite file.
 * The cases' next check times are spread over a month, as the sweep leaves them, so a sweep at a given
 * moment re-evaluates the ~1/31 whose light may change; an idle sweep right after shows the index cost.
 * Target on this 2-core machine: one sweep ≤ 2 s. Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import type { Database } from 'sqlite3';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { CaseSweep } from '../../src/cases/case-sweep.service';
import { FixedClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';

const OPEN_CASES = Number(process.env.BENCH_CASES ?? 1_000_000);
const NOW = Date.parse('2026-11-23T16:00:00Z'); // midnight in Shanghai: the busiest sweep of the day
const DAY = 86_400_000;

function run(db: Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (err) => (err ? reject(err) : resolve())));
}

/** Runs one prepared statement for every row and waits for all of them (one statement's runs execute in order). */
function runAll(db: Database, sql: string, rows: (i: number) => unknown[]): Promise<void> {
  const statement = db.prepare(sql);
  return new Promise<void>((resolve, reject) => {
    let pending = OPEN_CASES;
    let failed = false;
    for (let i = 1; i <= OPEN_CASES; i++) {
      statement.run(rows(i), (err: Error | null) => {
        if (err && !failed) {
          failed = true;
          reject(err);
        }
        if (--pending === 0 && !failed) statement.finalize(() => resolve());
      });
    }
  });
}

async function seedCases(db: Database, userId: number): Promise<void> {
  const acceptedAt = (i: number) => NOW - ((i * 7919) % 30) * DAY - 3_600_000;
  await run(db, 'BEGIN');
  await runAll(db, `INSERT INTO cases (id, caseNumber, queryCode, hallCode, itemCode, itemName, kind, status,
    applicantName, applicantIdNumber, applicantPhone, promisedValue, promisedUnit, statutoryValue, statutoryUnit,
    receivedAt, acceptedAt, warningLevel, supervised, nextCheckAt, createdBy, updatedAt)
    VALUES (?, ?, 'ABCDEF', 'TC', 'JZZ', '居住证申领', 'promised', 'dispatched', '张小三', '33010619900101123X', '13800138000',
    15, 'working_days', 15, 'working_days', ?, ?, 'green', 0, ?, ?, ?)`,
    // next check times spread over a month, as the sweep leaves them
    (i) => [i, `TC2026${String(i).padStart(10, '0')}`, acceptedAt(i), acceptedAt(i), NOW - DAY + ((i * 104_729) % (31 * DAY)), userId, acceptedAt(i)]);
  await runAll(db, "INSERT INTO case_tasks (caseId, departmentCode, status, dispatchedAt) VALUES (?, 'ZL', 'dispatched', ?)", (i) => [i, acceptedAt(i)]);
  await run(db, 'COMMIT');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-sweep-bench-'));
  const config = loadConfig({
    DB_PATH: join(dir, 'bench.sqlite'), CONFIG_DIR: join(__dirname, '..', '..', 'config'), LOG_LEVEL: 'error', LOG_FORMAT: 'text',
    SWEEP_INTERVAL_MS: '0', BCRYPT_ROUNDS: '4', API_DOCS: 'false', JWT_SECRET: 'bench-secret-0123456789',
  });
  const clock = new FixedClock(NOW);
  const app = await NestFactory.create(AppModule.forRoot({ config, clock }), { logger: ['error'] });
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const [{ id: userId }] = await dataSource.query("SELECT id FROM users WHERE username = 'clerk1'");
    const driver = dataSource.driver as unknown as { databaseConnection: Database };
    const t0 = performance.now();
    await seedCases(driver.databaseConnection, userId);
    await dataSource.query('ANALYZE');
    const seedMs = performance.now() - t0;

    const sweep = app.get(CaseSweep);
    const t1 = performance.now();
    const busy = await sweep.sweep(clock.now());
    const busyMs = performance.now() - t1;
    const t2 = performance.now();
    const idle = await sweep.sweep(clock.now());
    const idleMs = performance.now() - t2;

    const lines = [
      `machine: ${cpus().length} cores, node ${process.version}`,
      `open cases: ${OPEN_CASES.toLocaleString('en')} (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
      `sweep at midnight: ${busy.checked.toLocaleString('en')} cases due for a check, ${busy.changed.toLocaleString('en')} lights changed, ${(busyMs / 1000).toFixed(2)} s (${Math.round(busy.checked / (busyMs / 1000)).toLocaleString('en')} cases/s)  target ≤ 2 s: ${busyMs <= 2000 ? 'PASS' : 'FAIL'}`,
      `idle sweep right after: ${idle.checked} due, ${idleMs.toFixed(1)} ms`,
    ];
    process.stdout.write(`\nDeadline sweep benchmark\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
