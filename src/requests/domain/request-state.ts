import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

/** API.md's request statuses (接诉即办). */
export const REQUEST_STATUSES = ['reported', 'dispatched', 'in_progress', 'replied', 'closed', 'returned'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_COMMANDS = ['dispatch', 'claim', 'reply', 'return', 'close', 'revisit'] as const;
export type RequestCommand = (typeof REQUEST_COMMANDS)[number];

/** Statuses in which the clock runs for the departments (a light is shown). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['reported', 'dispatched', 'in_progress', 'returned'];

/** A replied request closes by itself after 3 days without objection (DOMAIN.md), when nobody closed it after 回访. */
export const AUTO_CLOSE_AFTER_MS = 3 * 24 * 3_600_000;

/** What some transitions depend on besides the status. */
export interface RequestFacts {
  /** reply: every other assigned department has replied already, so this reply completes the request. */
  othersReplied?: boolean;
  /** return: another assigned department is still working it, so it stays with them (and the dispatcher is told). */
  othersWorking?: boolean;
}

const is = (status: RequestStatus, ...allowed: RequestStatus[]) => allowed.includes(status);

/**
 * The request state machine of DOMAIN.md: reported → dispatched (before respondBy) → in_progress (claimed)
 * → replied (every assigned department answered) → closed (the dispatcher, after 回访); a department that
 * does not own it returns it with a reason and the dispatcher dispatches again (街道吹哨、部门报到).
 * The status a command leads to, or null when it is not allowed.
 */
export function requestTransition(status: RequestStatus, command: RequestCommand, facts: RequestFacts = {}): RequestStatus | null {
  switch (command) {
    case 'dispatch':
      return is(status, 'reported', 'returned') ? 'dispatched' : null;
    case 'claim':
      // a request sent to two departments is already in progress when the second one claims
      return is(status, 'dispatched', 'in_progress') ? 'in_progress' : null;
    case 'reply':
      if (!is(status, 'in_progress')) return null;
      return facts.othersReplied ? 'replied' : 'in_progress';
    case 'return':
      if (!is(status, 'dispatched', 'in_progress')) return null;
      return facts.othersWorking ? status : 'returned';
    case 'close':
      return is(status, 'replied') ? 'closed' : null;
    case 'revisit':
      // 回访 records the resident's satisfaction and changes nothing of the state
      return is(status, 'replied', 'closed') ? status : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown request command ${String(unreachable)}`);
    }
  }
}

export function nextRequestStatus(status: RequestStatus, command: RequestCommand, facts?: RequestFacts): RequestStatus {
  const next = requestTransition(status, command, facts);
  if (!next) throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `诉求状态为 ${status}，不能执行 ${command}`, { status, command });
  return next;
}
