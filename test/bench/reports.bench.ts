/**
 * npm run bench:reports — the 考核 reports over a year of a busy centre on a fresh SQLite file: 1,000,000 tickets
 * (six windows, six clerks, 1 in 5 rated) and 300,000 decided cases with their tasks and the facts the case command
 * runner keeps for reports (working days, on time, visits), generated in SQL.
 * Each report is asked through the real service as a supervisor for the whole year, then for one month.
 * Target on this 2-core machine: ≤ 2 s each. Prints figures; asserts nothing.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { AppModule } from '../../src/app.module';
import type { AuthUser } from '../../src/auth/domain/auth-user';
import { FixedClock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/app-config';
import { REPORT_KINDS, ReportKind } from '../../src/reports/domain/report-query';
import { RankingService } from '../../src/reports/ranking.service';
import { ReportRecordsService } from '../../src/reports/report-records.service';
import { ReportsService } from '../../src/reports/reports.service';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const CASES = Number(process.env.BENCH_CASES ?? 300_000);
const FIRST_DAY = '2025-12-01';
const DAYS = 365;
const NOW = Date.parse('2026-12-01T02:00:00Z'); // the morning after the year
const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00+08:00`);

/** Rows 1..n from a recursive CTE, so the whole year is generated inside SQLite in seconds. */
const numbers = (n: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})`;

async function seed(tx: TransactionRunner, db: DataSource, clerkIds: number[]): Promise<void> {
  const clerk = `(CASE (i % 6) ${clerkIds.map((id, k) => `WHEN ${k} THEN ${id}`).join(' ')} END)`;
  // A visit: issued at 08:30 + up to 8 h into its day; waits 0–39 min; 3–17 min at the window; 1 in 12 a no-show.
  const day = `(i % ${DAYS})`;
  const issued = `(${FIRST_MS} + ${day} * ${DAY_MS} + 30600000 + (i * 7919 % 28800) * 1000)`;
  const called = `(${issued} + (i * 104729 % 40) * 60000)`;
  // through the app's transaction runner: its background jobs share SQLite's one connection
  await tx.run(async (m) => {
  await m.query(`${numbers(TICKETS)}
    INSERT INTO tickets (id, hallCode, queueCode, businessDate, seqNo, number, priority, status, statusToken, issuedAt, enqueuedAt,
      calledAt, startedAt, finishedAt, windowNumber, recallCount, servedBy)
    SELECT i, 'TC', 'A', date('${FIRST_DAY}', '+' || ${day} || ' days'), i, 'A' || i, 0,
      CASE WHEN i % 12 = 0 THEN 'no_show' ELSE 'done' END, 'tok' || i, ${issued}, ${issued}, ${called},
      CASE WHEN i % 12 = 0 THEN NULL ELSE ${called} + 30000 END,
      ${called} + 30000 + (3 + i % 15) * 60000, 1 + (i % 6), 0, ${clerk} FROM n`);
  await m.query(`${numbers(Math.floor(TICKETS / 5))}
    INSERT INTO evaluations (hallCode, subjectType, ticketId, score, source, windowNumber, servedBy, departmentCodes, createdAt)
    SELECT 'TC', 'ticket', i * 5, 1 + (i * 31 % 5), 'resident', 1 + (i * 5 % 6), t.servedBy, '[]', t.finishedAt + 60000 FROM n JOIN tickets t ON t.id = i * 5`);
  // Cases: accepted on a day of the year, decided 1–12 days later, promised in 5 working days.
  const items = `(CASE (i % 4) WHEN 0 THEN 'JZZ' WHEN 1 THEN 'LNYDZ' WHEN 2 THEN 'GTHBB' ELSE 'LSJZ' END)`;
  const dept = `(CASE (i % 4) WHEN 0 THEN 'ZL' WHEN 2 THEN 'FZ' ELSE 'GG' END)`;
  const accepted = `(${FIRST_MS} + (i % ${DAYS - 14}) * ${DAY_MS} + 36000000)`;
  await m.query(`${numbers(CASES)}
    INSERT INTO cases (id, caseNumber, queryCode, hallCode, itemCode, itemName, kind, status, applicantName, applicantIdNumber, applicantPhone,
      promisedValue, promisedUnit, statutoryValue, statutoryUnit, receivedAt, acceptedAt, dueDate, decidedAt, deliveredAt, createdBy, updatedAt,
      workingDaysTaken, decidedOnTime, visits)
    SELECT i, 'TC' || i, 'ABCDEF', 'TC', ${items}, '事项', 'promised', 'delivered', '张小三', '33010619900101123X', '13800138000',
      5, 'working_days', 20, 'working_days', ${accepted}, ${accepted}, date(${accepted} / 1000 + 8 * 3600 + 7 * 86400, 'unixepoch'),
      ${accepted} + (1 + i % 12) * ${DAY_MS}, ${accepted} + (2 + i % 12) * ${DAY_MS}, ${clerkIds[0]}, ${accepted},
      1 + (i % 12) * 5 / 7, (i % 12) < 7, CASE WHEN i % 3 = 0 THEN 1 ELSE 2 END FROM n`);
  await m.query(`${numbers(CASES)}
    INSERT INTO case_tasks (caseId, departmentCode, status, outcome, dispatchedAt, doneAt) SELECT i, ${dept}, 'done', 'approved', ${accepted}, ${accepted} + (1 + i % 12) * ${DAY_MS} FROM n`);
  });
  await db.query('ANALYZE');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-reports-bench-'));
  const config = loadConfig({
    DB_PATH: join(dir, 'bench.sqlite'), CONFIG_DIR: join(__dirname, '..', '..', 'config'), LOG_LEVEL: 'error', LOG_FORMAT: 'text',
    SWEEP_INTERVAL_MS: '0', BCRYPT_ROUNDS: '4', API_DOCS: 'false', JWT_SECRET: 'bench-secret-0123456789',
  });
  const app = await NestFactory.create(AppModule.forRoot({ config, clock: new FixedClock(NOW) }), { logger: ['error'] });
  await app.init();
  try {
    const db = app.get(DataSource);
    const clerks = (await db.query("SELECT id FROM users WHERE username LIKE 'clerk%' ORDER BY username LIMIT 6")) as Array<{ id: number }>;
    const t0 = performance.now();
    await seed(app.get(TransactionRunner), db, clerks.map((c) => Number(c.id)));
    const seedMs = performance.now() - t0;
    const supervisor: AuthUser = { id: 0, username: 'bench', displayName: 'bench', roles: ['supervisor'], departmentCodes: [], hallCodes: [], mustChangePassword: false };
    const reports = app.get(ReportsService);
    const lines = [
      `machine: ${cpus().length} cores, node ${process.version}`,
      `data: ${TICKETS.toLocaleString('en')} tickets, ${CASES.toLocaleString('en')} decided cases over ${DAYS} days (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
    ];
    const ranges = [['year', FIRST_DAY, '2026-11-30'], ['month', '2026-11-01', '2026-11-30']] as const;
    for (const kind of REPORT_KINDS as readonly ReportKind[]) {
      for (const [label, from, to] of ranges) {
        const t1 = performance.now();
        let rows = 0;
        try {
          rows = (await reports.report(kind, { hall: 'TC', from, to }, supervisor)).rows.length;
        } catch (error) {
          lines.push(`${kind.padEnd(12)} ${label.padEnd(6)} not available: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        const ms = performance.now() - t1;
        lines.push(`${kind.padEnd(12)} ${label.padEnd(6)} ${String(rows).padStart(4)} rows  ${(ms / 1000).toFixed(2)} s  target ≤ 2 s: ${ms <= 2000 ? 'PASS' : 'FAIL'}`);
      }
    }
    // drill-down (明细): the newest 2,000 records behind a year's report, unfiltered (the most) and for one row's key
    const records = app.get(ReportRecordsService);
    const keys: Record<ReportKind, Record<string, string>> = {
      windows: { window: '1', clerk: String(clerks[0]?.id) }, departments: { department: 'GG' }, items: { item: 'JZZ' }, requests: { category: 'SZ' }, halls: { point: 'TC' },
    };
    for (const kind of REPORT_KINDS as readonly ReportKind[]) {
      for (const [label, key] of [['all', {}], ['row', keys[kind]]] as const) {
        const t1 = performance.now();
        const list = await records.records(kind, { hall: 'TC', from: FIRST_DAY, to: '2026-11-30', ...key }, supervisor);
        const ms = performance.now() - t1;
        lines.push(`${`${kind} 明细`.padEnd(12)} ${`year/${label}`.padEnd(8)} ${String(list.total).padStart(8)} records (${list.rows.length} listed)  ${(ms / 1000).toFixed(2)} s  target ≤ 2 s: ${ms <= 2000 ? 'PASS' : 'FAIL'}`);
      }
    }
    // 考核排名 of the busiest month: the staff sums, the department report, the request figures and the weights
    const t2 = performance.now();
    const ranking = await app.get(RankingService).ranking({ hall: 'TC', month: '2026-11' }, supervisor);
    const rankingMs = performance.now() - t2;
    lines.push(`${'ranking'.padEnd(12)} ${'month'.padEnd(6)} ${ranking.staff.length} staff, ${ranking.departments.length} departments  ${(rankingMs / 1000).toFixed(2)} s  target ≤ 2 s: ${rankingMs <= 2000 ? 'PASS' : 'FAIL'}`);
    process.stdout.write(`\nReports benchmark\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  } finally {
    await app.close();
    if (process.env.BENCH_KEEP) process.stdout.write(`  kept: ${join(dir, 'bench.sqlite')}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
