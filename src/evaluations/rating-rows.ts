import { EntityManager } from 'typeorm';
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

export async function rectificationRows(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<Array<{ createdAt: number; dueDate: string; closedAt: number | null }>> {
  const rows = await m.createQueryBuilder(Rectification, 'r')
    .select(['r.id', 'r.createdAt', 'r.dueDate', 'r.closedAt'])
    .where('r.hallCode = :hallCode AND r.createdAt >= :fromMs AND r.createdAt < :toMs', { hallCode, fromMs, toMs })
    .getMany();
  return rows.map((r) => ({ createdAt: r.createdAt, dueDate: r.dueDate, closedAt: r.closedAt }));
}
