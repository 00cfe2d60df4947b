import type { NotificationMessage } from './notification-kind';
import { dedupeKey, ticketNearText } from './notification-text';

export interface WaitingTicket {
  id: number;
  number: string;
  phone: string | null;
}

/**
 * 到号提醒 after a call: `waiting` is the head of the queue in calling order (the first `notifyAhead + 1`
 * tickets), so a ticket's index is how many are ahead of it. Every one with a phone gets a notice; the
 * outbox keeps only the first per ticket, so a ticket is told once, when it first comes within reach
 * (normally at exactly `notifyAhead` ahead; fewer when it was issued that close or jumped by priority).
 */
export function ticketNearNotices(waiting: readonly WaitingTicket[], notifyAhead: number): NotificationMessage[] {
  return waiting.slice(0, notifyAhead + 1).flatMap((t, ahead) => (t.phone
    ? [{
      kind: 'ticket_near' as const,
      to: t.phone,
      text: ticketNearText({ number: t.number, ahead }),
      subjectType: 'ticket' as const,
      subjectId: String(t.id),
      dedupeKey: dedupeKey('ticket_near', t.id),
    }]
    : []));
}
