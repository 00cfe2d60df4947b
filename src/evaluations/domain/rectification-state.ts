import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

/**
 * 差评整改: every bad review is verified (核实), rectified (整改), answered to the resident (回复群众) and
 * revisited (回访), which closes it. The owner may instead appeal once (申诉), from `open` or `verified`;
 * a supervisor re-checks (复核) the appeal:
 *  - `overturn` (申诉成立): the bad review was unfounded; the task closes with result `overturned`;
 *  - `uphold` (申诉不成立): the bad review stands and the re-check has established the facts, so the task
 *    goes to `verified` and must be rectified, replied and revisited like any other. There is no second
 *    appeal, and an appeal does not stop the clock: the due date stays where it was.
 */
export const RECTIFICATION_STATUSES = ['open', 'verified', 'rectified', 'replied', 'appealed', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const RECTIFICATION_COMMANDS = ['verify', 'rectify', 'reply', 'revisit', 'appeal', 'uphold', 'overturn'] as const;
export type RectificationCommand = (typeof RECTIFICATION_COMMANDS)[number];

/** How a closed task ended. */
export type RectificationResult = 'rectified' | 'overturned';

/** Facts beyond the status that a transition depends on. */
export interface RectificationFacts {
  /** An appeal was already made (one per task). */
  appealed: boolean;
}

const is = (status: RectificationStatus, ...allowed: RectificationStatus[]) => allowed.includes(status);

/** The status a command leads to, or null when it is not allowed. */
export function rectificationTransition(status: RectificationStatus, command: RectificationCommand, facts: RectificationFacts): RectificationStatus | null {
  switch (command) {
    case 'verify':
      return is(status, 'open') ? 'verified' : null;
    case 'rectify':
      return is(status, 'verified') ? 'rectified' : null;
    case 'reply':
      return is(status, 'rectified') ? 'replied' : null;
    case 'revisit':
      return is(status, 'replied') ? 'closed' : null;
    case 'appeal':
      return is(status, 'open', 'verified') && !facts.appealed ? 'appealed' : null;
    case 'uphold':
      return is(status, 'appealed') ? 'verified' : null;
    case 'overturn':
      return is(status, 'appealed') ? 'closed' : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown rectification command ${String(unreachable)}`);
    }
  }
}

export function nextRectificationStatus(status: RectificationStatus, command: RectificationCommand, facts: RectificationFacts): RectificationStatus {
  const next = rectificationTransition(status, command, facts);
  if (!next) {
    const why = command === 'appeal' && facts.appealed ? '（每件差评只能申诉一次）' : '';
    throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `整改任务状态为 ${RECTIFICATION_STATUS_TEXT[status]}，不能${COMMAND_TEXT[command]}${why}`, { status, command });
  }
  return next;
}

/** The result a closing command records; null for commands that do not close. */
export function closingResult(command: RectificationCommand): RectificationResult | null {
  if (command === 'revisit') return 'rectified';
  if (command === 'overturn') return 'overturned';
  return null;
}

export function isOpenRectification(status: RectificationStatus): boolean {
  return status !== 'closed';
}

export const RECTIFICATION_STATUS_TEXT: Record<RectificationStatus, string> = {
  open: '待核实',
  verified: '待整改',
  rectified: '待回复群众',
  replied: '待回访',
  appealed: '申诉待复核',
  closed: '已办结',
};

export const COMMAND_TEXT: Record<RectificationCommand, string> = {
  verify: '核实',
  rectify: '整改',
  reply: '回复群众',
  revisit: '回访',
  appeal: '申诉',
  uphold: '复核（申诉不成立）',
  overturn: '复核（申诉成立）',
};

export const RESULT_TEXT: Record<RectificationResult, string> = {
  rectified: '已整改并回访',
  overturned: '申诉成立，差评撤销',
};
