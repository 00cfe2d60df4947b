import { EntityManager } from 'typeorm';
import type { VisitEvent } from './domain/point-agent';
import { CaseEvent } from './entities/case-event.entity';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/**
 * Reads of the case tables for the 考核 reports: the cases of a hall decided in [fromMs, toMs) with the
 * facts the department and item reports need. Raw rows (no entity hydration): a year is 300,000 cases.
 */
export interface DecidedCaseFacts {
  id: number;
  itemCode: string;
  itemName: string;
  kind: string;
  acceptedAt: number | null;
  decidedAt: number;
  dueDate: string | null;
  dueAt: number | null;
  createdBy: number;
  departmentCodes: string[];
  /** Distinct statuses of the trail. */
  trailStatuses: string[];
  /** The trail entries the resident's visits are counted from (receive, supplement, deliver), in order. */
  visitEvents: VisitEvent[];
}

const VISIT_ACTIONS = ['receive', 'supplement', 'deliver'];
const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export async function decidedCaseFacts(m: EntityManager, hallCode: string, fromMs: number, toMs: number): Promise<DecidedCaseFacts[]> {
  const inRange = 'c.hallCode = :hallCode AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs';
  const params = { hallCode, fromMs, toMs };
  const [cases, tasks, events] = await Promise.all([
    m.createQueryBuilder(Case, 'c')
      .select(['c.id AS id', 'c.itemCode AS "itemCode"', 'c.itemName AS "itemName"', 'c.kind AS kind', 'c.acceptedAt AS "acceptedAt"',
        'c.decidedAt AS "decidedAt"', 'c.dueDate AS "dueDate"', 'c.dueAt AS "dueAt"', 'c.createdBy AS "createdBy"'])
      .where(inRange, params).orderBy('c.id').getRawMany<Record<string, unknown>>(),
    m.createQueryBuilder(CaseTask, 't').innerJoin(Case, 'c', 'c.id = t.caseId')
      .select('t.caseId', 'caseId').addSelect('t.departmentCode', 'departmentCode').distinct(true)
      .where(inRange, params).getRawMany<{ caseId: unknown; departmentCode: string }>(),
    m.createQueryBuilder(CaseEvent, 'e').innerJoin(Case, 'c', 'c.id = e.caseId')
      .select('e.caseId', 'caseId').addSelect('e.action', 'action').addSelect('e.toStatus', 'toStatus').addSelect('e.at', 'at').addSelect('e.payload', 'payload')
      .where(inRange, params).orderBy('e.id').getRawMany<{ caseId: unknown; action: string; toStatus: string; at: unknown; payload: string | null }>(),
  ]);
  const byId = new Map<number, DecidedCaseFacts>();
  for (const c of cases) {
    const id = Number(c.id);
    byId.set(id, {
      id, itemCode: String(c.itemCode), itemName: String(c.itemName), kind: String(c.kind), acceptedAt: n(c.acceptedAt),
      decidedAt: Number(c.decidedAt), dueDate: (c.dueDate as string | null) ?? null, dueAt: n(c.dueAt), createdBy: Number(c.createdBy),
      departmentCodes: [], trailStatuses: [], visitEvents: [],
    });
  }
  for (const t of tasks) byId.get(Number(t.caseId))?.departmentCodes.push(t.departmentCode);
  for (const e of events) {
    const c = byId.get(Number(e.caseId));
    if (!c) continue;
    if (!c.trailStatuses.includes(e.toStatus)) c.trailStatuses.push(e.toStatus);
    if (VISIT_ACTIONS.includes(e.action)) c.visitEvents.push({ action: e.action, at: Number(e.at), payload: e.payload ? (JSON.parse(e.payload) as Record<string, unknown>) : null });
  }
  return [...byId.values()];
}
