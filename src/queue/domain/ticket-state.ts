import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';

export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'on_hold', 'done', 'no_show', 'transferred', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_COMMANDS = ['call', 'recall', 'start', 'no_show', 'hold', 'unhold', 'finish', 'transfer', 'cancel'] as const;
export type TicketCommand = (typeof TICKET_COMMANDS)[number];

/** Statuses in which a ticket occupies its window. */
export const ACTIVE_AT_WINDOW: readonly TicketStatus[] = ['called', 'serving', 'on_hold'];

/** The ticket state machine (DOMAIN.md): the status a command leads to, or null when it is not allowed. */
export function ticketTransition(status: TicketStatus, command: TicketCommand): TicketStatus | null {
  switch (command) {
    case 'call':
      return status === 'waiting' ? 'called' : null;
    case 'recall':
      return status === 'called' ? 'called' : null;
    case 'start':
      return status === 'called' ? 'serving' : null;
    case 'no_show':
      return status === 'called' ? 'no_show' : null;
    case 'hold':
      return status === 'serving' ? 'on_hold' : null;
    case 'unhold':
      return status === 'on_hold' ? 'serving' : null;
    case 'finish':
      return status === 'serving' ? 'done' : null;
    case 'transfer':
      return status === 'serving' || status === 'called' ? 'transferred' : null;
    case 'cancel':
      return status === 'waiting' ? 'cancelled' : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown ticket command ${String(unreachable)}`);
    }
  }
}

/** Like ticketTransition but throws the 409 clients see. */
export function nextTicketStatus(status: TicketStatus, command: TicketCommand): TicketStatus {
  const next = ticketTransition(status, command);
  if (!next) {
    throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `号票状态为 ${status}，不能执行 ${command}`, { status, command });
  }
  return next;
}
