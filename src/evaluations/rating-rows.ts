import { EntityManager } from 'typeorm';
import { Ticket } from '../queue/ticket.entity';
import type { WindowRatingSums } from '../reports/domain/window-report';
import { Evaluation } from './entities/evaluation.entity';
import { Rectification } from './entities/rectification.entity';

/**
 * The reads of the 好差评 tables that the supervision figures need, owned here with the tables.
 * Instants are epoch ms, [fromMs, toMs).
 */
export async function ratingRows(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<Array<{ score: number; source: string; createdAt: number }>> {
  const rows = await m.createQueryBuilder(Evaluation, 'e')
    .select(['e.id', 'e.score', 'e.source', 'e.createdAt'])
    .where('e.hallCode = :hallCode AND e.createdAt >= :fromMs AND e.createdAt < :toMs', { hallCode, fromMs, toMs })
    .getMany();
  return rows.map((e) => ({ score: Number(e.score), source: e.source, createdAt: e.createdAt }));
}

export async function rectificationRows(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<Array<{ createdAt: number; dueDate: string; closedAt: number | null; departmentCodes: string[] }>> {
  const rows = await m.createQueryBuilder(Rectification, 'r')
    .select(['r.id', 'r.createdAt', 'r.dueDate', 'r.closedAt', 'r.departmentCode'])
    .where('r.hallCode = :hallCode AND r.createdAt >= :fromMs AND r.createdAt < :toMs', { hallCode, fromMs, toMs })
    .getMany();
  return rows.map((r) => ({ createdAt: r.createdAt, dueDate: r.dueDate, closedAt: r.closedAt, departmentCodes: r.departmentCode ? [r.departmentCode] : [] }));
}

/**
 * Ratings given in [fromMs, toMs) to visits of a hall, summed per window × the clerk who served the visit.
 * Visits closed before the clerk was recorded (servedBy null) are left out.
 */
export async function windowRatingSums(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<WindowRatingSums[]> {
  const rows = await m.createQueryBuilder(Evaluation, 'e')
    .innerJoin(Ticket, 't', 't.id = e.ticketId')
    .select('e.windowNumber', 'windowNumber')
    .addSelect('t.servedBy', 'clerkId')
    .addSelect('COUNT(*)', 'count')
    .addSelect('SUM(e.score)', 'scoreSum')
    .addSelect('SUM(CASE WHEN e.score <= 2 THEN 1 ELSE 0 END)', 'bad')
    .addSelect('SUM(CASE WHEN e.score >= 4 THEN 1 ELSE 0 END)', 'satisfied')
    .where("e.hallCode = :hallCode AND e.subjectType = 'ticket' AND e.createdAt >= :fromMs AND e.createdAt < :toMs", { hallCode, fromMs, toMs })
    .andWhere('e.windowNumber IS NOT NULL AND t.servedBy IS NOT NULL')
    .groupBy('e.windowNumber').addGroupBy('t.servedBy')
    .getRawMany<Record<string, unknown>>();
  return rows.map((r) => ({ windowNumber: Number(r.windowNumber), clerkId: Number(r.clerkId), count: Number(r.count), scoreSum: Number(r.scoreSum), bad: Number(r.bad), satisfied: Number(r.satisfied) }));
}

/** Ratings given in [fromMs, toMs) to a hall's cases and requests (owned by departments and items), raw for a year's worth. */
export async function departmentRatingRows(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<Array<{ score: number; source: string; createdAt: number; departmentCodes: string[]; itemCode: string | null }>> {
  const rows = await m.createQueryBuilder(Evaluation, 'e')
    .select('e.score', 'score').addSelect('e.source', 'source').addSelect('e.createdAt', 'createdAt').addSelect('e.departmentCodes', 'departmentCodes').addSelect('e.itemCode', 'itemCode')
    .where("e.hallCode = :hallCode AND e.createdAt >= :fromMs AND e.createdAt < :toMs AND e.subjectType IN ('case', 'request')", { hallCode, fromMs, toMs })
    .getRawMany<{ score: unknown; source: string; createdAt: unknown; departmentCodes: string | null; itemCode: string | null }>();
  return rows.map((r) => ({
    score: Number(r.score), source: r.source, createdAt: Number(r.createdAt), itemCode: r.itemCode ?? null,
    departmentCodes: r.departmentCodes ? (JSON.parse(r.departmentCodes) as string[]) : [],
  }));
}
