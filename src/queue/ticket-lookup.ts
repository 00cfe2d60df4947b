import { EntityManager, In } from 'typeorm';
import { ACTIVE_AT_WINDOW } from './domain/ticket-state';
import { Ticket } from './ticket.entity';

/** Reads of tickets for other modules (cases, evaluations), so the table is read in one place. */

const MAX_TRANSFER_HOPS = 20;

/** Whether the ticket is the one being served at a window of this hall (called, serving or on hold). */
export async function isTicketAtWindow(m: EntityManager, ticketId: number, hallCode: string): Promise<boolean> {
  return (await m.countBy(Ticket, { id: ticketId, hallCode, status: In([...ACTIVE_AT_WINDOW]) })) > 0;
}

/** Where a transferred ticket ended up: the same number, followed from queue to queue. */
export async function lastOfTransferChain(m: EntityManager, ticket: Ticket): Promise<Ticket> {
  let current = ticket;
  for (let hops = 0; current.status === 'transferred' && hops < MAX_TRANSFER_HOPS; hops++) {
    const next: Ticket | null = await m.findOneBy(Ticket, { transferredFromId: current.id });
    if (!next) break;
    current = next;
  }
  return current;
}
