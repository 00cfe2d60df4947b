import type { DataSource } from 'typeorm';
import { Evaluation } from '../evaluations/entities/evaluation.entity';
import { Rectification } from '../evaluations/entities/rectification.entity';
import type { RatingRow, RectificationRow } from './domain/rating-figures';

/**
 * The two reads of the 好差评 tables the figures need, kept in one place: the evaluations module owns the
 * tables (evaluations: score, source, hallCode, createdAt; rectifications: hallCode, dueDate, createdAt,
 * closedAt), so a change there is a change here only. Instants are epoch ms, [fromMs, toMs).
 */
export async function loadRatingRows(db: DataSource, hallCode: string, fromMs: number, toMs: number): Promise<RatingRow[]> {
  const rows = await db.getRepository(Evaluation).createQueryBuilder('e')
    .select(['e.id', 'e.score', 'e.source', 'e.createdAt'])
    .where('e.hallCode = :hallCode AND e.createdAt >= :fromMs AND e.createdAt < :toMs', { hallCode, fromMs, toMs })
    .getMany();
  return rows.map((e) => ({ score: Number(e.score), source: e.source, createdAt: e.createdAt }));
}

export async function loadRectificationRows(db: DataSource, hallCode: string, fromMs: number, toMs: number): Promise<RectificationRow[]> {
  const rows = await db.getRepository(Rectification).createQueryBuilder('r')
    .select(['r.id', 'r.createdAt', 'r.dueDate', 'r.closedAt'])
    .where('r.hallCode = :hallCode AND r.createdAt >= :fromMs AND r.createdAt < :toMs', { hallCode, fromMs, toMs })
    .getMany();
  return rows.map((r) => ({ createdAt: r.createdAt, dueDate: r.dueDate, closedAt: r.closedAt }));
}
