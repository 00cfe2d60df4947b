import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { RequestErrorCode } from './domain/request-errors';
import type { RequestStatus } from './domain/request-state';
import { RequestEvent } from './entities/request-event.entity';
import { RequestTask } from './entities/request-task.entity';
import { ResidentRequest } from './entities/request.entity';
import type { RequestRecordFact } from '../reports/domain/record-table';

export async function loadRequest(m: EntityManager, id: number): Promise<ResidentRequest> {
  const r = await m.findOneBy(ResidentRequest, { id });
  if (!r) throw DomainError.notFound(RequestErrorCode.REQUEST_NOT_FOUND, `诉求 ${id} 不存在`);
  return r;
}

export function tasksOf(m: EntityManager, requestId: number): Promise<RequestTask[]> {
  return m.find(RequestTask, { where: { requestId }, order: { id: 'ASC' } });
}

export interface RequestTrailEntry {
  action: string;
  fromStatus: RequestStatus | null;
  toStatus: RequestStatus;
  departmentCode?: string | null;
  reason?: string | null;
}

/** Appends steps to the trail; `user` null for a resident's own report. */
export async function appendRequestEvents(m: EntityManager, requestId: number, user: AuthUser | null, at: number, ...steps: RequestTrailEntry[]): Promise<void> {
  if (!steps.length) return;
  await m.insert(RequestEvent, steps.map((s) => ({
    requestId, action: s.action, fromStatus: s.fromStatus, toStatus: s.toStatus,
    actorId: user?.id ?? null, actorName: user?.displayName ?? null, departmentCode: s.departmentCode ?? null, at, reason: s.reason ?? null,
  })));
}

/** Requests reported at each of these halls in [fromMs, toMs), for the reports. */
export async function requestCountsByHall(m: EntityManager, hallCodes: string[], fromMs: number, toMs: number): Promise<Map<string, number>> {
  if (!hallCodes.length) return new Map();
  const rows = await m.createQueryBuilder(ResidentRequest, 'r').select('r.hallCode', 'hallCode').addSelect('COUNT(*)', 'n')
    .where('r.hallCode IN (:...hallCodes) AND r.reportedAt >= :fromMs AND r.reportedAt < :toMs', { hallCodes, fromMs, toMs })
    .groupBy('r.hallCode').getRawMany<{ hallCode: string; n: unknown }>();
  return new Map(rows.map((r) => [r.hallCode, Number(r.n)]));
}

/**
 * The requests behind a request report row: reported at the hall in [fromMs, toMs) (as the report's figures count
 * them), optionally of one category; newest first, at most `limit`, and how many there are in all.
 */
export async function requestRecordFacts(m: EntityManager, q: { hallCode: string; fromMs: number; toMs: number; categoryCode?: string }, limit: number): Promise<{ total: number; rows: RequestRecordFact[] }> {
  const where = m.createQueryBuilder(ResidentRequest, 'r')
    .where('UPPER(r.hallCode) = :hall AND r.reportedAt >= :fromMs AND r.reportedAt < :toMs', { hall: q.hallCode.toUpperCase(), fromMs: q.fromMs, toMs: q.toMs });
  if (q.categoryCode !== undefined) where.andWhere('r.categoryCode = :categoryCode', { categoryCode: q.categoryCode });
  const [total, rows] = await Promise.all([
    where.clone().getCount(),
    where.clone().select(['r.id', 'r.requestNumber', 'r.categoryCode', 'r.categoryName', 'r.source', 'r.reportedAt', 'r.dueAt', 'r.repliedAt'])
      .orderBy('r.reportedAt', 'DESC').addOrderBy('r.id', 'DESC').take(limit).getMany(),
  ]);
  return {
    total,
    rows: rows.map((r) => ({ id: r.id, requestNumber: r.requestNumber, categoryCode: r.categoryCode, categoryName: r.categoryName, source: r.source, reportedAt: r.reportedAt, dueAt: r.dueAt, repliedAt: r.repliedAt })),
  };
}
