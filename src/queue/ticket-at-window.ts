import { EntityManager, In } from 'typeorm';
import { ACTIVE_AT_WINDOW } from './domain/ticket-state';
import { Ticket } from './ticket.entity';

/** Whether the ticket is the one being served at a window of this hall (called, serving or on hold). */
export async function isTicketAtWindow(m: EntityManager, ticketId: number, hallCode: string): Promise<boolean> {
  return (await m.countBy(Ticket, { id: ticketId, hallCode, status: In([...ACTIVE_AT_WINDOW]) })) > 0;
}
