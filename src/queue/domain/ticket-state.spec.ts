import { DomainError } from '../../common/domain-error';
import { nextTicketStatus, TICKET_COMMANDS, TICKET_STATUSES, TicketCommand, TicketStatus, ticketTransition } from './ticket-state';

// Every allowed transition; every other (status, command) pair must be refused.
const ALLOWED: Array<[TicketStatus, TicketCommand, TicketStatus]> = [
  ['waiting', 'call', 'called'],
  ['waiting', 'cancel', 'cancelled'],
  ['called', 'recall', 'called'],
  ['called', 'start', 'serving'],
  ['called', 'no_show', 'no_show'],
  ['called', 'transfer', 'transferred'],
  ['serving', 'hold', 'on_hold'],
  ['serving', 'finish', 'done'],
  ['serving', 'transfer', 'transferred'],
  ['on_hold', 'unhold', 'serving'],
];

describe('ticket state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, command, to) => {
    expect(ticketTransition(from, command)).toBe(to);
    expect(nextTicketStatus(from, command)).toBe(to);
  });

  const forbidden = TICKET_STATUSES.flatMap((s) =>
    TICKET_COMMANDS.filter((c) => !ALLOWED.some(([f, cmd]) => f === s && cmd === c)).map((c) => [s, c] as const),
  );

  it('has 62 forbidden pairs', () => expect(forbidden).toHaveLength(TICKET_STATUSES.length * TICKET_COMMANDS.length - ALLOWED.length));

  it.each(forbidden)('%s refuses %s with INVALID_TRANSITION (409)', (from, command) => {
    expect(ticketTransition(from, command)).toBeNull();
    try {
      nextTicketStatus(from, command);
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('INVALID_TRANSITION');
      expect((e as DomainError).status).toBe(409);
    }
  });

  it.each(['done', 'no_show', 'transferred', 'cancelled'] as TicketStatus[])('%s is terminal', (s) => {
    expect(TICKET_COMMANDS.filter((c) => ticketTransition(s, c) !== null)).toEqual([]);
  });
});
