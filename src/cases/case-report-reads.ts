import { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CaseSums } from '../reports/domain/department-report';
import type { CaseFact } from '../reports/domain/record-table';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/**
 * Reads of the case tables for the 考核 reports: the cases of a hall decided in [fromMs, toMs), summed by the
 * database from the facts each case keeps (report-facts.ts), so a year of 300,000 cases is a GROUP BY, not a load.
 */

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const toSums = (r: Record<string, unknown>): CaseSums => ({
  decided: num(r.decided), promised: num(r.promised), onTime: num(r.onTime), workingDays: num(r.workingDays), visits: num(r.visits),
});

function summed<T extends object>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return qb
    .addSelect('COUNT(*)', 'decided')
    .addSelect('SUM(CASE WHEN c.decidedOnTime IS NULL THEN 0 ELSE 1 END)', 'promised')
    .addSelect('SUM(CASE WHEN c.decidedOnTime THEN 1 ELSE 0 END)', 'onTime')
    .addSelect('SUM(COALESCE(c.workingDaysTaken, 0))', 'workingDays')
    .addSelect('SUM(c.visits)', 'visits');
}

const IN_RANGE = 'c.hallCode = :hallCode AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs';

/** Per department (a joint case counts for each of its departments) and over every case once; by item code too. */
export async function decidedCaseSums(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<{
  byDepartment: Map<string, CaseSums>;
  byItem: Map<string, CaseSums & { itemName: string }>;
  total: CaseSums;
}> {
  const params = { hallCode, fromMs, toMs };
  const [departments, items, [total]] = await Promise.all([
    // each case once per department: its first task there (a department may get a case back after a return)
    summed(m.createQueryBuilder(CaseTask, 't').innerJoin(Case, 'c', 'c.id = t.caseId').select('t.departmentCode', 'departmentCode'))
      .where(IN_RANGE, params)
      .andWhere('t.id = (SELECT MIN(t2.id) FROM case_tasks t2 WHERE t2."caseId" = t."caseId" AND t2."departmentCode" = t."departmentCode")')
      .groupBy('t.departmentCode').getRawMany<Record<string, unknown>>(),
    summed(m.createQueryBuilder(Case, 'c').select('c.itemCode', 'itemCode').addSelect('MAX(c.itemName)', 'itemName'))
      .where(IN_RANGE, params).groupBy('c.itemCode').getRawMany<Record<string, unknown>>(),
    summed(m.createQueryBuilder(Case, 'c').select('1', 'one')).where(IN_RANGE, params).getRawMany<Record<string, unknown>>(),
  ]);
  return {
    byDepartment: new Map(departments.map((r) => [String(r.departmentCode), toSums(r)])),
    byItem: new Map(items.map((r) => [String(r.itemCode), { ...toSums(r), itemName: String(r.itemName) }])),
    total: toSums(total),
  };
}

/** Per hall: the cases taken in during [fromMs, toMs) and the sums of those decided in it. */
export async function caseSumsByHall(m: EntityManager, hallCodes: string[], fromMs: number, toMs: number): Promise<{ received: Map<string, number>; decided: Map<string, CaseSums> }> {
  if (!hallCodes.length) return { received: new Map(), decided: new Map() };
  const params = { hallCodes, fromMs, toMs };
  const [received, decided] = await Promise.all([
    m.createQueryBuilder(Case, 'c').select('c.hallCode', 'hallCode').addSelect('COUNT(*)', 'n')
      .where('c.hallCode IN (:...hallCodes) AND c.receivedAt >= :fromMs AND c.receivedAt < :toMs', params).groupBy('c.hallCode').getRawMany<Record<string, unknown>>(),
    summed(m.createQueryBuilder(Case, 'c').select('c.hallCode', 'hallCode'))
      .where('c.hallCode IN (:...hallCodes) AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs', params).groupBy('c.hallCode').getRawMany<Record<string, unknown>>(),
  ]);
  return {
    received: new Map(received.map((r) => [String(r.hallCode), num(r.n)])),
    decided: new Map(decided.map((r) => [String(r.hallCode), toSums(r)])),
  };
}

/** Which decided cases a drill-down lists: a hall's, decided in [fromMs, toMs), of some departments and/or items. */
export interface CaseRecordQuery {
  hallCode: string;
  fromMs: number;
  toMs: number;
  /** Cases with a task of one of these departments (the department report's rows count a case so). */
  departmentCodes?: readonly string[];
  itemCodes?: readonly string[];
}

/**
 * The decided cases behind a department or item report row, newest decision first, at most `limit`, and how many
 * there are in all (the same range as decidedCaseSums, so the count is the row's 办结件数). Each with its
 * departments and whether any of them denied it.
 */
export async function decidedCaseFacts(m: EntityManager, q: CaseRecordQuery, limit: number): Promise<{ total: number; rows: CaseFact[] }> {
  const where = m.createQueryBuilder(Case, 'c').where(IN_RANGE, { hallCode: q.hallCode, fromMs: q.fromMs, toMs: q.toMs });
  if (q.departmentCodes) {
    if (!q.departmentCodes.length) return { total: 0, rows: [] };
    where.andWhere('EXISTS (SELECT 1 FROM case_tasks d WHERE d."caseId" = c.id AND d."departmentCode" IN (:...departmentCodes))', { departmentCodes: [...q.departmentCodes] });
  }
  if (q.itemCodes) {
    if (!q.itemCodes.length) return { total: 0, rows: [] };
    where.andWhere('c.itemCode IN (:...itemCodes)', { itemCodes: [...q.itemCodes] });
  }
  const [total, rows] = await Promise.all([
    where.clone().getCount(),
    where.clone()
      .select('c.id', 'id').addSelect('c.caseNumber', 'caseNumber').addSelect('c.itemCode', 'itemCode').addSelect('c.itemName', 'itemName')
      .addSelect('c.applicantName', 'applicantName').addSelect('c.receivedAt', 'receivedAt').addSelect('c.decidedAt', 'decidedAt')
      .addSelect('c.workingDaysTaken', 'workingDaysTaken').addSelect('c.decidedOnTime', 'decidedOnTime').addSelect('c.visits', 'visits').addSelect('c.status', 'status')
      .orderBy('c.decidedAt', 'DESC').addOrderBy('c.id', 'DESC')
      .limit(limit)
      .getRawMany<Record<string, unknown>>(),
  ]);
  const tasks = rows.length
    ? await m.createQueryBuilder(CaseTask, 't').select(['t.id', 't.caseId', 't.departmentCode', 't.outcome'])
      .where('t.caseId IN (:...ids)', { ids: rows.map((r) => Number(r.id)) }).orderBy('t.id', 'ASC').getMany()
    : [];
  const departments = new Map<number, string[]>();
  const denied = new Set<number>();
  for (const t of tasks) {
    const list = departments.get(t.caseId) ?? [];
    if (!list.includes(t.departmentCode)) list.push(t.departmentCode);
    departments.set(t.caseId, list);
    if (t.outcome === 'denied') denied.add(t.caseId);
  }
  const bool = (v: unknown): boolean | null => (v === null || v === undefined ? null : v === true || v === 1 || v === '1' || v === 't' || v === 'true');
  return {
    total,
    rows: rows.map((r) => {
      const id = Number(r.id);
      return {
        id, caseNumber: String(r.caseNumber), itemCode: String(r.itemCode), itemName: String(r.itemName), applicantName: String(r.applicantName ?? ''),
        receivedAt: Number(r.receivedAt), decidedAt: Number(r.decidedAt),
        workingDaysTaken: r.workingDaysTaken === null || r.workingDaysTaken === undefined ? null : Number(r.workingDaysTaken),
        decidedOnTime: bool(r.decidedOnTime), visits: num(r.visits),
        denied: denied.has(id) || r.status === 'decided_denied', departmentCodes: departments.get(id) ?? [],
      };
    }),
  };
}

/** The item of the case taken in on each of these tickets (the drill-down names a visit by it). */
export async function itemNamesOfTickets(m: EntityManager, ticketIds: readonly number[]): Promise<Map<number, string>> {
  if (!ticketIds.length) return new Map();
  const rows = await m.createQueryBuilder(Case, 'c').select('c.ticketId', 'ticketId').addSelect('MIN(c.itemName)', 'itemName')
    .where('c.ticketId IN (:...ids)', { ids: [...ticketIds] }).groupBy('c.ticketId').getRawMany<{ ticketId: unknown; itemName: string }>();
  return new Map(rows.map((r) => [Number(r.ticketId), r.itemName]));
}
