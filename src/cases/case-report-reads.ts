import { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { CaseSums } from '../reports/domain/department-report';
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
