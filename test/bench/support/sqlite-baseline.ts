import sqlite3 from 'sqlite3';
import { Sqlite } from './sqlite';
import { nowMs } from './stats';

export interface BaselineResult {
  inserts: number;
  /** db.run(sql, params) per row: sqlite3 prepares, runs and finalizes each time (what TypeORM does). */
  insertsPerSec: number;
  /** One prepared statement reused (stmt.run(params)): one thread-pool round trip per row instead of two. */
  preparedInsertsPerSec: number;
  /** The issue command's statements (counter bump + read, ticket insert, trail insert) as one raw transaction. */
  issueTx: number;
  issueTxPerSec: number;
}

const PRAGMAS = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA foreign_keys = ON', 'PRAGMA busy_timeout = 5000'];

/**
 * The floor under the issuing figure: the same SQLite build, pragmas (src/database/sqlite-pragmas.ts) and
 * schema (copied from the server's migrated database: tickets with its indexes, counters, trail), one
 * sequential commit at a time from one connection, no HTTP, no ORM. Autocommit inserts are measured
 * both ways sqlite3 offers: db.run (a fresh statement each time, as TypeORM does) and a reused prepared
 * statement (the true floor).
 */
export async function measureSqliteBaseline(schemaFrom: string, path: string, inserts: number, issueTx: number): Promise<BaselineResult> {
  const source = await Sqlite.open(schemaFrom);
  const ddl = await source.all<{ sql: string }>(
    "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN ('halls', 'tickets', 'ticket_counters', 'queue_events') ORDER BY type = 'index', name",
  );
  const hall = await source.get<{ code: string; name: string; timeZone: string }>('SELECT code, name, timeZone FROM halls LIMIT 1');
  await source.close();
  if (!hall || ddl.length < 4) throw new Error('baseline: the server database has no schema to copy');

  const db = await Sqlite.open(path);
  try {
    for (const p of PRAGMAS) await db.run(p);
    for (const { sql } of ddl) await db.exec(sql);
    await db.run('INSERT INTO halls (code, name, timeZone) VALUES (?, ?, ?)', [hall.code, hall.name, hall.timeZone]);
    const day = '2026-11-23';
    const insertSql =
      'INSERT INTO tickets (hallCode, queueCode, businessDate, seqNo, number, priority, status, statusToken, phone, issuedAt, enqueuedAt, windowNumber, recallCount) ' +
      "VALUES (?, ?, ?, ?, ?, 0, 'waiting', ?, NULL, ?, ?, NULL, 0)";
    const ticketParams = (i: number, queue: string, seq: number) => {
      const now = Date.now();
      return [hall.code, queue, day, seq, `${queue}${String(seq).padStart(3, '0')}`, `tok${i.toString(36).padStart(20, '0')}`, now, now];
    };

    for (let i = 0; i < 200; i++) await db.run(insertSql, ticketParams(i, 'W', i + 1)); // warm the page cache and the WAL
    const t0 = nowMs();
    for (let i = 0; i < inserts; i++) await db.run(insertSql, ticketParams(i, 'X', i + 1));
    const insertMs = nowMs() - t0;

    const statement = await new Promise<sqlite3.Statement>((resolve, reject) => {
      const st: sqlite3.Statement = db.raw.prepare(insertSql, (error: Error | null) => (error ? reject(error) : resolve(st)));
    });
    const runPrepared = (params: unknown[]) => new Promise<void>((resolve, reject) => statement.run(params, (error: Error | null) => (error ? reject(error) : resolve())));
    const tp = nowMs();
    for (let i = 0; i < inserts; i++) await runPrepared(ticketParams(i, 'Z', i + 1));
    const preparedMs = nowMs() - tp;
    await new Promise<void>((resolve) => statement.finalize(() => resolve()));

    const queue = 'Y';
    await db.run('INSERT INTO ticket_counters (hallCode, queueCode, businessDate, lastNumber) VALUES (?, ?, ?, 0)', [hall.code, queue, day]);
    const t1 = nowMs();
    for (let i = 0; i < issueTx; i++) {
      await db.run('BEGIN');
      await db.run('UPDATE ticket_counters SET lastNumber = lastNumber + 1 WHERE hallCode = ? AND queueCode = ? AND businessDate = ?', [hall.code, queue, day]);
      const row = await db.get<{ lastNumber: number }>('SELECT lastNumber FROM ticket_counters WHERE hallCode = ? AND queueCode = ? AND businessDate = ?', [hall.code, queue, day]);
      const { lastID } = await db.run(insertSql, ticketParams(i, queue, row!.lastNumber));
      await db.run(
        "INSERT INTO queue_events (hallCode, subjectType, subjectId, action, fromStatus, toStatus, actorId, at, payload) VALUES (?, 'ticket', ?, 'issue', NULL, 'waiting', NULL, ?, ?)",
        [hall.code, lastID, Date.now(), '{"priority":false}'],
      );
      await db.run('COMMIT');
    }
    const txMs = nowMs() - t1;
    return { inserts, insertsPerSec: (inserts * 1000) / insertMs, preparedInsertsPerSec: (inserts * 1000) / preparedMs, issueTx, issueTxPerSec: (issueTx * 1000) / txMs };
  } finally {
    await db.close();
  }
}
