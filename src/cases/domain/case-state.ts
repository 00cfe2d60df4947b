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
  'approve_extension', 'reject_extension', 'return', 'transfer', 'escalate', 'decide', 'ready', 'deliver', 'archive', 'withdraw', 'supervise', 'settle',
] as const;
export type CaseCommand = (typeof CASE_COMMANDS)[number];

/** Statuses from which the applicant may still withdraw (any open stage before a decision). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['received', 'awaiting_supplement', 'dispatched', 'in_progress', 'suspended', 'returned'];

/** What some transitions depend on besides the status. */
export interface TransitionFacts {
  /** supplement before acceptance: every required material is in now, so the case goes back to be accepted. */
  materialsComplete?: boolean;
  /** transfer: another department's task is in progress, so a joint case stays in progress. */
  othersWorking?: boolean;
  /** decide: other departments still hold open tasks, so the case waits for them. */
  othersOpen?: boolean;
  /** decide: every department's outcome so far, this one's included; one denial denies the case. */
  outcomes?: ReadonlyArray<'approved' | 'denied'>;
}

const is = (status: CaseStatus, ...allowed: CaseStatus[]) => allowed.includes(status);

/** The case state machine of DOMAIN.md: the status a command leads to, or null when it is not allowed. */
export function caseTransition(status: CaseStatus, command: CaseCommand, facts: TransitionFacts = {}): CaseStatus | null {
  switch (command) {
    case 'notify':
      return is(status, 'received', 'returned') ? 'awaiting_supplement' : null;
    case 'supplement':
      if (is(status, 'awaiting_supplement')) return facts.materialsComplete ? 'received' : status;
      // 容缺补交: deferred materials handed in while the clock runs
      return is(status, 'dispatched', 'in_progress', 'suspended') ? status : null;
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
      if (!is(status, 'dispatched', 'in_progress')) return null;
      return facts.othersWorking ? 'in_progress' : 'dispatched';
    case 'decide':
      if (!is(status, 'in_progress')) return null;
      if (facts.othersOpen) return 'in_progress';
      return facts.outcomes?.includes('denied') ? 'decided_denied' : 'decided_approved';
    case 'ready':
      return is(status, 'decided_approved', 'decided_denied') ? 'ready_for_pickup' : null;
    case 'deliver':
      return is(status, 'decided_approved', 'decided_denied', 'ready_for_pickup') ? 'delivered' : null;
    case 'archive':
      return is(status, 'delivered', 'rejected', 'withdrawn') ? 'archived' : null;
    case 'withdraw':
      return OPEN_CASE_STATUSES.includes(status) ? 'withdrawn' : null;
    case 'supervise':
      // 督办 notes any case and changes nothing of its state
      return status;
    case 'settle':
      // a bundle (一件事) is decided when its last part is: approved if any part was granted
      if (!is(status, 'dispatched', 'in_progress')) return null;
      return facts.outcomes?.includes('approved') ? 'decided_approved' : 'decided_denied';
    default: {
      const unreachable: never = command;
      throw new Error(`unknown case command ${String(unreachable)}`);
    }
  }
}

export function nextCaseStatus(status: CaseStatus, command: CaseCommand, facts?: TransitionFacts): CaseStatus {
  const next = caseTransition(status, command, facts);
  if (!next) throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `办件状态为 ${status}，不能执行 ${command}`, { status, command });
  return next;
}
