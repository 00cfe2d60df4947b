import { EntityManager } from 'typeorm';
import { ServiceQueue } from '../halls/service-queue.entity';
import type { HallTicketSums } from '../reports/domain/hall-report';
import type { TicketFact } from '../reports/domain/record-table';
import type { WindowVisitSums } from '../reports/domain/window-report';
import { Ticket } from './ticket.entity';

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

/**
 * The visits closed at each window × clerk of a hall on the business days [fromDate, toDate], summed by the
 * database: one GROUP BY answered from `idx_tickets_report` alone (no table reads), so a year of a busy hall
 * stays well under the 2 s target. Waits count from issue to the (last) call; negative gaps as 0.
 */
export async function windowVisitSums(m: EntityManager, hallCode: string, fromDate: string, toDate: string): Promise<WindowVisitSums[]> {
  const rows = await m.createQueryBuilder(Ticket, 't')
    .select('t.windowNumber', 'windowNumber')
    .addSelect('t.servedBy', 'clerkId')
    .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'served')
    .addSelect("SUM(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END)", 'noShows')
    .addSelect('SUM(CASE WHEN t.calledAt > t.issuedAt THEN t.calledAt - t.issuedAt ELSE 0 END)', 'waitMs')
    .addSelect('COUNT(t.calledAt)', 'waited')
    .addSelect("SUM(CASE WHEN t.status = 'done' AND t.startedAt IS NOT NULL AND t.finishedAt > t.startedAt THEN t.finishedAt - t.startedAt ELSE 0 END)", 'serviceMs')
    .addSelect("SUM(CASE WHEN t.status = 'done' AND t.startedAt IS NOT NULL THEN 1 ELSE 0 END)", 'serviced')
    .where('t.hallCode = :hallCode AND t.businessDate >= :fromDate AND t.businessDate <= :toDate', { hallCode, fromDate, toDate })
    .andWhere("t.status IN ('done', 'no_show') AND t.windowNumber IS NOT NULL AND t.servedBy IS NOT NULL")
    .groupBy('t.windowNumber').addGroupBy('t.servedBy')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({
    windowNumber: num(r.windowNumber), clerkId: num(r.clerkId), served: num(r.served), noShows: num(r.noShows),
    waitMs: num(r.waitMs), waited: num(r.waited), serviceMs: num(r.serviceMs), serviced: num(r.serviced),
  }));
}

/** The visits closed at each of these halls on the business days [fromDate, toDate], summed per hall. */
export async function hallVisitSums(m: EntityManager, hallCodes: string[], fromDate: string, toDate: string): Promise<Map<string, HallTicketSums>> {
  if (!hallCodes.length) return new Map();
  const rows = await m.createQueryBuilder(Ticket, 't')
    .select('t.hallCode', 'hallCode')
    .addSelect("SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END)", 'served')
    .addSelect("SUM(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END)", 'noShows')
    .addSelect('SUM(CASE WHEN t.calledAt > t.issuedAt THEN t.calledAt - t.issuedAt ELSE 0 END)', 'waitMs')
    .addSelect('COUNT(t.calledAt)', 'waited')
    .where('t.hallCode IN (:...hallCodes) AND t.businessDate >= :fromDate AND t.businessDate <= :toDate', { hallCodes, fromDate, toDate })
    .andWhere("t.status IN ('done', 'no_show')")
    .groupBy('t.hallCode')
    .getRawMany<Record<string, unknown>>();
  return new Map(rows.map((r) => [String(r.hallCode), { served: num(r.served), noShows: num(r.noShows), waitMs: num(r.waitMs), waited: num(r.waited) }]));
}

/** Which closed visits a drill-down lists: those of one hall's business days, optionally one window and/or clerk. */
export interface TicketRecordQuery {
  hallCode: string;
  fromDate: string;
  toDate: string;
  windowNumber?: number;
  clerkId?: number;
  /** The window report's rows count only visits closed at a window by a known clerk; the hall report counts all. */
  atWindowsOnly: boolean;
}

/**
 * The visits behind a window (or hall) report row, newest first, at most `limit`, and how many there are in all:
 * the same conditions as windowVisitSums / hallVisitSums, so the list agrees with the figures.
 */
export async function ticketRecordFacts(m: EntityManager, q: TicketRecordQuery, limit: number): Promise<{ total: number; rows: TicketFact[] }> {
  const where = m.createQueryBuilder(Ticket, 't')
    .where('t.hallCode = :hallCode AND t.businessDate >= :fromDate AND t.businessDate <= :toDate', { hallCode: q.hallCode, fromDate: q.fromDate, toDate: q.toDate })
    .andWhere("t.status IN ('done', 'no_show')");
  if (q.atWindowsOnly) where.andWhere('t.windowNumber IS NOT NULL AND t.servedBy IS NOT NULL');
  if (q.windowNumber !== undefined) where.andWhere('t.windowNumber = :windowNumber', { windowNumber: q.windowNumber });
  if (q.clerkId !== undefined) where.andWhere('t.servedBy = :clerkId', { clerkId: q.clerkId });
  // counted per day from the index alone; then only the newest days that hold `limit` visits are read and sorted
  const days = (await where.clone().select('t.businessDate', 'day').addSelect('COUNT(*)', 'n').groupBy('t.businessDate').getRawMany<{ day: string; n: unknown }>())
    .map((d) => ({ day: String(d.day), n: Number(d.n) }))
    .sort((a, b) => b.day.localeCompare(a.day));
  const total = days.reduce((sum, d) => sum + d.n, 0);
  if (!total || limit <= 0) return { total, rows: [] };
  let cutoff = days[days.length - 1].day;
  for (let i = 0, seen = 0; i < days.length; i++) {
    seen += days[i].n;
    if (seen >= limit) {
      cutoff = days[i].day;
      break;
    }
  }
  const rows = await where.clone()
    .andWhere('t.businessDate >= :cutoff', { cutoff })
    .leftJoin(ServiceQueue, 'q', 'q.hallCode = t.hallCode AND q.code = t.queueCode')
    .select('t.id', 'id').addSelect('t.number', 'number').addSelect('t.businessDate', 'businessDate').addSelect('t.hallCode', 'hallCode')
    .addSelect('q.name', 'queueName').addSelect('t.phone', 'phone').addSelect('t.status', 'status').addSelect('t.issuedAt', 'issuedAt')
    .addSelect('t.calledAt', 'calledAt').addSelect('t.startedAt', 'startedAt').addSelect('t.finishedAt', 'finishedAt')
    .addSelect('t.windowNumber', 'windowNumber').addSelect('t.servedBy', 'clerkId')
    .orderBy('t.businessDate', 'DESC').addOrderBy('t.issuedAt', 'DESC').addOrderBy('t.id', 'DESC')
    .limit(limit)
    .getRawMany<Record<string, unknown>>();
  const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
  return {
    total,
    rows: rows.map((r) => ({
      id: Number(r.id), number: String(r.number), businessDate: String(r.businessDate), hallCode: String(r.hallCode),
      queueName: r.queueName === null || r.queueName === undefined ? null : String(r.queueName), itemName: null,
      phone: r.phone === null || r.phone === undefined ? null : String(r.phone), status: String(r.status),
      issuedAt: Number(r.issuedAt), calledAt: orNull(r.calledAt), startedAt: orNull(r.startedAt), finishedAt: orNull(r.finishedAt),
      windowNumber: orNull(r.windowNumber), clerkId: orNull(r.clerkId),
    })),
  };
}
