import { EntityManager } from 'typeorm';
import { caseByNumber, tasksOfCases } from '../cases/case-reads';
import type { Case } from '../cases/entities/case.entity';
import { itemDepartmentCodes } from '../catalog/catalog.store';
import { DomainError } from '../common/domain-error';
import type { Ticket } from '../queue/ticket.entity';
import { findTicket, followTransfers, ticketFinishedBy, ticketsByIds } from '../queue/ticket.store';
import { RequestTask } from '../requests/entities/request-task.entity';
import { ResidentRequest } from '../requests/entities/request.entity';
import { isCaseRateable, isRequestRateable, isTicketRateable, SubjectType } from './domain/rating-subject';
import { caseDepartments, caseOwner, RectificationOwner, ticketOwner } from './domain/rectification-owner';
import { EvaluationErrorCode } from './evaluation.errors';

/** Everything a rating records about its subject, and who owns a bad review of it. */
export interface RatingTarget {
  subjectType: SubjectType;
  ticketId: number | null;
  caseId: number | null;
  requestId: number | null;
  /** The ticket number, case number or request number, for people. */
  reference: string;
  hallCode: string;
  windowNumber: number | null;
  itemCode: string | null;
  departmentCodes: string[];
  rateable: boolean;
  owner: RectificationOwner;
  /** The staff member a window's bad review is about; null for a department's, or when unknown (see `ratedUser`). */
  ratedUserId: number | null;
  /** A visit's clerk, kept on its rating for the reports; null for cases and requests. */
  servedBy: number | null;
}

/** The visit behind a status token: a transferred ticket is rated where it ended (same number, same token). */
export async function ticketTarget(m: EntityManager, ticketId: number, token: string): Promise<RatingTarget> {
  const ticket = await findTicket(m, ticketId);
  if (!ticket || ticket.statusToken !== token) throw DomainError.notFound(EvaluationErrorCode.TICKET_NOT_FOUND, '号票不存在或查询码错误');
  return targetOfTicket(await followTransfers(m, ticket));
}

export function targetOfTicket(t: Ticket): RatingTarget {
  return {
    subjectType: 'ticket', ticketId: t.id, caseId: null, requestId: null, reference: t.number, hallCode: t.hallCode, windowNumber: t.windowNumber,
    itemCode: null, departmentCodes: [], rateable: isTicketRateable(t.status), owner: ticketOwner(t.windowNumber),
    ratedUserId: null, // looked up only when a bad review needs it (ratedUser)
    servedBy: t.servedBy,
  };
}

/** The case behind a number and query code; a wrong pair is the same 404 as the public status page's. */
export async function caseTarget(m: EntityManager, caseNumber: string, code: string): Promise<RatingTarget> {
  const c = await caseByNumber(m, caseNumber);
  if (!c || c.queryCode !== code.toUpperCase()) throw DomainError.notFound(EvaluationErrorCode.CASE_NOT_FOUND, '办件编号或查询码不正确');
  return (await caseTargets(m, [c]))[0];
}

/** The request behind a number and query code (the resident's status page asks for the rating). */
export async function requestTarget(m: EntityManager, requestNumber: string, code: string): Promise<RatingTarget> {
  const r = await m.findOneBy(ResidentRequest, { requestNumber });
  if (!r || r.queryCode !== code) throw DomainError.notFound(EvaluationErrorCode.REQUEST_NOT_FOUND, '诉求编号或查询码不正确');
  const tasks = await m.find(RequestTask, { where: { requestId: r.id }, order: { id: 'ASC' } });
  const answered = tasks.filter((t) => t.status === 'replied');
  // a bad review of the answer goes to the department that answered (the first, when several did)
  const owner = answered[0] ?? tasks.find((t) => t.status !== 'returned');
  return {
    subjectType: 'request', ticketId: null, caseId: null, requestId: r.id, reference: r.requestNumber, hallCode: r.hallCode, windowNumber: null,
    itemCode: null, departmentCodes: [...new Set(answered.map((t) => t.departmentCode))], rateable: isRequestRateable(r.status),
    owner: owner ? { ownerType: 'department', departmentCode: owner.departmentCode, windowNumber: null } : { ownerType: 'window', departmentCode: null, windowNumber: null },
    ratedUserId: null,
    servedBy: null,
  };
}

/** Targets for many cases at once (the default-rating sweep): three queries, whatever the batch size. */
export async function caseTargets(m: EntityManager, cases: Case[]): Promise<RatingTarget[]> {
  if (!cases.length) return [];
  const ids = cases.map((c) => c.id);
  const ticketIds = cases.map((c) => c.ticketId).filter((id): id is number => id !== null);
  const itemCodes = [...new Set(cases.map((c) => c.itemCode))];
  // one after another: inside a transaction the queries share one connection
  const tasks = await tasksOfCases(m, ids);
  const tickets = await ticketsByIds(m, ticketIds);
  const itemDepartments = await itemDepartmentCodes(m, itemCodes);
  return cases.map((c) => {
    const own = tasks.filter((t) => t.caseId === c.id);
    const ticketWindow = tickets.find((t) => t.id === c.ticketId)?.windowNumber ?? null;
    const owner = caseOwner({ tasks: own, ticketWindow, itemDepartments: itemDepartments.get(c.itemCode) ?? [] });
    return {
      subjectType: 'case', ticketId: null, caseId: c.id, requestId: null, reference: c.caseNumber, hallCode: c.hallCode, windowNumber: ticketWindow,
      itemCode: c.itemCode, departmentCodes: caseDepartments(own), rateable: isCaseRateable(c.status, c.deliveredAt),
      owner, ratedUserId: owner.ownerType === 'window' ? c.createdBy : null, // done on the spot: the clerk who took it in
      servedBy: null,
    };
  });
}

/** The staff member a bad review of this target is about: for a visit, the clerk who finished it. */
export async function ratedUser(m: EntityManager, target: RatingTarget): Promise<number | null> {
  if (target.owner.ownerType !== 'window') return null;
  if (target.subjectType === 'ticket' && target.ticketId !== null) return ticketFinishedBy(m, target.ticketId);
  return target.ratedUserId;
}

export function assertRateable(target: RatingTarget): void {
  if (target.rateable) return;
  throw DomainError.conflict(
    EvaluationErrorCode.NOT_RATEABLE,
    { ticket: '业务办结后才能评价', case: '办件结果送达后才能评价', request: '诉求答复后才能评价' }[target.subjectType],
  );
}
