import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

/** API.md's case statuses. `accepted` is momentary: acceptance dispatches at once. */
export const CASE_STATUSES = [
  'received', 'awaiting_supplement', 'dispatched', 'in_progress', 'suspended', 'returned',
  'decided_approved', 'decided_denied', 'ready_for_pickup', 'delivered', 'rejected', 'withdrawn', 'archived',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_COMMANDS = [
  'notify', 'supplement', 'accept', 'reject', 'complete', 'claim', 'suspend', 'resume', 'request_extension',
  'approve_extension', 'reject_extension', 'return', 'transfer', 'escalate', 'approve', 'deny', 'ready', 'deliver', 'archive', 'withdraw',
] as const;
export type CaseCommand = (typeof CASE_COMMANDS)[number];

/** Statuses from which the applicant may still withdraw (any open stage before a decision). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['received', 'awaiting_supplement', 'dispatched', 'in_progress', 'suspended', 'returned'];

const is = (status: CaseStatus, ...allowed: CaseStatus[]) => allowed.includes(status);

/** The case state machine of DOMAIN.md: the status a command leads to, or null when it is not allowed. */
export function caseTransition(status: CaseStatus, command: CaseCommand): CaseStatus | null {
  switch (command) {
    case 'notify':
      return is(status, 'received', 'returned') ? 'awaiting_supplement' : null;
    case 'supplement':
      return is(status, 'awaiting_supplement') ? 'received' : null;
    case 'accept':
      return is(status, 'received') ? 'dispatched' : null;
    case 'reject':
      return is(status, 'received', 'returned') ? 'rejected' : null;
    case 'complete':
      return is(status, 'received') ? 'decided_approved' : null;
    case 'claim':
      // a joint case is already in progress when its second department claims
      return is(status, 'dispatched', 'in_progress') ? 'in_progress' : null;
    case 'suspend':
      return is(status, 'in_progress') ? 'suspended' : null;
    case 'resume':
      return is(status, 'suspended') ? 'in_progress' : null;
    case 'request_extension':
    case 'escalate':
    case 'approve_extension':
    case 'reject_extension':
      return is(status, 'in_progress', 'suspended') ? status : null;
    case 'return':
      return is(status, 'in_progress') ? 'returned' : null;
    case 'transfer':
      return is(status, 'dispatched', 'in_progress') ? 'dispatched' : null;
    case 'approve':
      return is(status, 'in_progress') ? 'decided_approved' : null;
    case 'deny':
      return is(status, 'in_progress') ? 'decided_denied' : null;
    case 'ready':
      return is(status, 'decided_approved', 'decided_denied') ? 'ready_for_pickup' : null;
    case 'deliver':
      return is(status, 'decided_approved', 'decided_denied', 'ready_for_pickup') ? 'delivered' : null;
    case 'archive':
      return is(status, 'delivered', 'rejected', 'withdrawn') ? 'archived' : null;
    case 'withdraw':
      return OPEN_CASE_STATUSES.includes(status) ? 'withdrawn' : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown case command ${String(unreachable)}`);
    }
  }
}

export function nextCaseStatus(status: CaseStatus, command: CaseCommand): CaseStatus {
  const next = caseTransition(status, command);
  if (!next) throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `办件状态为 ${status}，不能执行 ${command}`, { status, command });
  return next;
}
