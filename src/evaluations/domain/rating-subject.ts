import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

/** What a resident rates: one visit (一次一评, the ticket), one case (一事一评) or the answer to a request (接诉即办). */
export type SubjectType = 'ticket' | 'case' | 'request';

export type RatingSubject =
  | { type: 'ticket'; ticketId: number; token: string }
  | { type: 'case'; caseNumber: string; code: string }
  | { type: 'request'; requestNumber: string; code: string };

export interface SubjectFields {
  ticketId?: number;
  token?: string;
  caseNumber?: string;
  requestNumber?: string;
  code?: string;
}

/** Exactly one of `{ticketId, token}`, `{caseNumber, code}` and `{requestNumber, code}`, each complete; anything else is bad input. */
export function ratingSubject(f: SubjectFields): RatingSubject {
  if (f.requestNumber !== undefined) {
    if (f.ticketId !== undefined || f.token !== undefined || f.caseNumber !== undefined) {
      throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'give one of {ticketId, token}, {caseNumber, code} or {requestNumber, code}');
    }
    if (f.code === undefined) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'requestNumber and code go together');
    return { type: 'request', requestNumber: f.requestNumber.toUpperCase(), code: f.code.toUpperCase() };
  }
  const ticketPart = f.ticketId !== undefined || f.token !== undefined;
  const casePart = f.caseNumber !== undefined || f.code !== undefined;
  if (ticketPart && casePart) {
    throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'give either {ticketId, token} or {caseNumber, code}, not both');
  }
  if (ticketPart) {
    if (f.ticketId === undefined || f.token === undefined) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'ticketId and token go together');
    return { type: 'ticket', ticketId: f.ticketId, token: f.token };
  }
  if (casePart) {
    if (f.caseNumber === undefined || f.code === undefined) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'caseNumber and code go together');
    return { type: 'case', caseNumber: f.caseNumber, code: f.code.toUpperCase() };
  }
  throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'give {ticketId, token} or {caseNumber, code}');
}

/** A visit can be rated once its service is finished (办结). */
export function isTicketRateable(status: string): boolean {
  return status === 'done';
}

/** A request can be rated once answered (replied), also after it was closed. */
export function isRequestRateable(status: string): boolean {
  return status === 'replied' || status === 'closed';
}

/** A case can be rated once its result reached the resident (送达), also after it was archived. */
export function isCaseRateable(status: string, deliveredAt: number | null): boolean {
  return status === 'delivered' || (status === 'archived' && deliveredAt !== null);
}

/** How people name each kind of rated subject (the rectification pages). */
export const SUBJECT_LABELS: Record<SubjectType, string> = { ticket: '号票', case: '办件', request: '诉求' };
