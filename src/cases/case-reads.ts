import { EntityManager, In } from 'typeorm';
import { CaseEvent } from './entities/case-event.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/**
 * Reads of the case tables for other modules (ratings, rectifications, supervision), so only the cases
 * module knows its tables. Each takes the caller's EntityManager: inside a transaction, or the data
 * source's manager for a plain read.
 */

export function caseByNumber(m: EntityManager, caseNumber: string): Promise<Case | null> {
  return m.findOneBy(Case, { caseNumber });
}

/** The tasks of these cases, in creation order. */
export function tasksOfCases(m: EntityManager, caseIds: number[]): Promise<CaseTask[]> {
  return caseIds.length ? m.find(CaseTask, { where: { caseId: In(caseIds) }, order: { id: 'ASC' } }) : Promise.resolve([]);
}

/** The trail of these cases, in order. */
export function eventsOfCases(m: EntityManager, caseIds: number[]): Promise<CaseEvent[]> {
  return caseIds.length ? m.find(CaseEvent, { where: { caseId: In(caseIds) }, order: { id: 'ASC' } }) : Promise.resolve([]);
}

/** Case number and item name: how people refer to a case. */
export function caseReferences(m: EntityManager, caseIds: number[]): Promise<Array<Pick<Case, 'id' | 'caseNumber' | 'itemName'>>> {
  return caseIds.length ? m.find(Case, { where: { id: In(caseIds) }, select: { id: true, caseNumber: true, itemName: true } }) : Promise.resolve([]);
}

/** The applicant to call back about a case. */
export async function caseApplicant(m: EntityManager, caseId: number): Promise<{ name: string; phone: string } | null> {
  const c = await m.findOne(Case, { where: { id: caseId }, select: { id: true, applicantName: true, applicantPhone: true } });
  return c ? { name: c.applicantName, phone: c.applicantPhone } : null;
}

/**
 * Delivered (or archived) cases delivered before `cutoff` that have no row in the caller's `without` table
 * (e.g. no rating yet), by id after `afterId`. The caller names its own table, so this anti-join needs no
 * knowledge of it and the caller none of the cases table.
 */
export function deliveredCasesWithout(
  m: EntityManager,
  without: { entity: new () => object; caseIdColumn: string },
  q: { cutoff: number; afterId: number; limit: number },
): Promise<Case[]> {
  return m
    .createQueryBuilder(Case, 'c')
    .leftJoin(without.entity, 'x', `x.${without.caseIdColumn} = c.id`)
    .where(`x.${without.caseIdColumn} IS NULL`)
    .andWhere('c.status IN (:...statuses)', { statuses: ['delivered', 'archived'] })
    .andWhere('c.deliveredAt IS NOT NULL AND c.deliveredAt < :cutoff', { cutoff: q.cutoff })
    .andWhere('c.id > :afterId', { afterId: q.afterId })
    .orderBy('c.id', 'ASC')
    .limit(q.limit)
    .getMany();
}

// ── the supervision board and figures ──────────────────────────────────────────────────────────────
// A bundle's case (一件事) only sums up its parts: the board and the figures count the parts, the work itself.
const NOT_BUNDLE = "c.kind <> 'bundle'";

/** The columns a supervision board row shows. */
export type BoardCase = Pick<Case, 'id' | 'caseNumber' | 'itemCode' | 'itemName' | 'status' | 'warningLevel' | 'supervised' | 'dueDate' | 'statutoryDueDate' | 'dueAt'>;
const BOARD_COLUMNS = ['c.id', 'c.caseNumber', 'c.itemCode', 'c.itemName', 'c.status', 'c.warningLevel', 'c.supervised', 'c.dueDate', 'c.statutoryDueDate', 'c.dueAt'];

/** The hall's cases in these statuses, counted by stored warning level. */
export async function countByLight(m: EntityManager, hallCode: string, statuses: readonly string[]): Promise<Array<{ level: string | null; count: number }>> {
  const rows = await m.createQueryBuilder(Case, 'c')
    .select('c.warningLevel', 'level').addSelect('COUNT(*)', 'count')
    .where('c.hallCode = :hallCode AND c.status IN (:...statuses)', { hallCode, statuses })
    .andWhere(NOT_BUNDLE)
    .groupBy('c.warningLevel')
    .getRawMany<{ level: string | null; count: number | string }>();
  return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
}

/** The same by department: cases with a task of the department in `taskStatuses`. */
export async function countByDepartmentAndLight(
  m: EntityManager, hallCode: string, statuses: readonly string[], taskStatuses: readonly string[],
): Promise<Array<{ departmentCode: string; level: string | null; count: number }>> {
  const rows = await m.createQueryBuilder(CaseTask, 't')
    .innerJoin(Case, 'c', 'c.id = t.caseId')
    .select('t.departmentCode', 'departmentCode').addSelect('c.warningLevel', 'level').addSelect('COUNT(DISTINCT c.id)', 'count')
    .where('c.hallCode = :hallCode AND c.status IN (:...statuses) AND t.status IN (:...taskStatuses)', { hallCode, statuses, taskStatuses })
    .groupBy('t.departmentCode').addGroupBy('c.warningLevel')
    .getRawMany<{ departmentCode: string; level: string | null; count: number | string }>();
  return rows.map((r) => ({ departmentCode: r.departmentCode, level: r.level, count: Number(r.count) }));
}

/** Cases in these statuses at these warning levels, gravest first then by due date; at most `limit`. */
export function flaggedCases(
  m: EntityManager, hallCode: string, q: { statuses: readonly string[]; levels: readonly string[]; limit: number },
): Promise<BoardCase[]> {
  return m.createQueryBuilder(Case, 'c')
    .select(BOARD_COLUMNS)
    .where('c.hallCode = :hallCode AND c.status IN (:...statuses) AND c.warningLevel IN (:...levels)', { hallCode, statuses: q.statuses, levels: q.levels })
    .andWhere(NOT_BUNDLE)
    .orderBy("CASE c.warningLevel WHEN 'red_plus' THEN 0 WHEN 'red' THEN 1 ELSE 2 END", 'ASC')
    .addOrderBy('c.dueDate', 'ASC').addOrderBy('c.id', 'ASC')
    .limit(q.limit)
    .getMany();
}

/** Supervised cases in these statuses or changed since `since`, latest change first; at most `limit`. */
export function supervisedCases(
  m: EntityManager, hallCode: string, q: { statuses: readonly string[]; since: number; limit: number },
): Promise<Array<BoardCase & Pick<Case, 'updatedAt'>>> {
  return m.createQueryBuilder(Case, 'c')
    .select([...BOARD_COLUMNS, 'c.updatedAt'])
    .where('c.hallCode = :hallCode AND c.supervised = :yes', { hallCode, yes: true })
    .andWhere(NOT_BUNDLE)
    .andWhere('(c.status IN (:...statuses) OR c.updatedAt >= :since)', { statuses: q.statuses, since: q.since })
    .orderBy('c.updatedAt', 'DESC').addOrderBy('c.id', 'DESC')
    .limit(q.limit)
    .getMany();
}

/** Immediate cases decided in [fromMs, toMs) that were taken at a ticket. */
export function immediateCasesDecided(
  m: EntityManager, hallCode: string, fromMs: number, toMs: number,
): Promise<Array<Pick<Case, 'id' | 'caseNumber' | 'itemCode' | 'itemName' | 'decidedAt' | 'ticketId'>>> {
  return m.createQueryBuilder(Case, 'c')
    .select(['c.id', 'c.caseNumber', 'c.itemCode', 'c.itemName', 'c.decidedAt', 'c.ticketId'])
    .where("c.hallCode = :hallCode AND c.kind = 'immediate' AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs AND c.ticketId IS NOT NULL", { hallCode, fromMs, toMs })
    .getMany();
}

/** Cases decided in [fromMs, toMs), with what the figures count. */
export function casesDecided(
  m: EntityManager, hallCode: string, fromMs: number, toMs: number,
): Promise<Array<Pick<Case, 'id' | 'itemCode' | 'itemName' | 'kind' | 'acceptedAt' | 'decidedAt' | 'dueDate' | 'dueAt'>>> {
  return m.createQueryBuilder(Case, 'c')
    .select(['c.id', 'c.itemCode', 'c.itemName', 'c.kind', 'c.acceptedAt', 'c.decidedAt', 'c.dueDate', 'c.dueAt'])
    .where('c.hallCode = :hallCode AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs', { hallCode, fromMs, toMs })
    .andWhere(NOT_BUNDLE)
    .getMany();
}

/** Of the cases decided in [fromMs, toMs): each case's distinct trail statuses among `statuses`. */
export async function trailStatusesOfDecided(
  m: EntityManager, hallCode: string, fromMs: number, toMs: number, statuses: readonly string[],
): Promise<Array<{ caseId: number; toStatus: string }>> {
  const rows = await m.createQueryBuilder(CaseEvent, 'e')
    .select('e.caseId', 'caseId').addSelect('e.toStatus', 'toStatus').distinct(true)
    .innerJoin(Case, 'c', 'c.id = e.caseId')
    .where('c.hallCode = :hallCode AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs', { hallCode, fromMs, toMs })
    .andWhere('e.toStatus IN (:...statuses)', { statuses })
    .getRawMany<{ caseId: number | string; toStatus: string }>();
  return rows.map((r) => ({ caseId: Number(r.caseId), toStatus: r.toStatus }));
}
