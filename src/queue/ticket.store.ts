import { EntityManager, In, IsNull, Not } from 'typeorm';
import { ACTIVE_AT_WINDOW } from './domain/ticket-state';
import { QueueEvent } from './queue-event.entity';
import { Ticket } from './ticket.entity';

/**
 * Reads of the tickets table for the queue and for other modules (ratings, rectifications, supervision).
 * They take the caller's EntityManager so they can run inside its transaction.
 */

/** A transfer chain is short; the cap only guards against a corrupt loop. */
const MAX_TRANSFER_HOPS = 20;

export function findTicket(m: EntityManager, id: number): Promise<Ticket | null> {
  return m.findOneBy(Ticket, { id });
}

export function ticketsByIds(m: EntityManager, ids: number[]): Promise<Ticket[]> {
  return ids.length ? m.find(Ticket, { where: { id: In(ids) } }) : Promise.resolve([]);
}

/** Where a transferred visit went: the last ticket of its transfer chain (same number, same token). */
export async function followTransfers(m: EntityManager, ticket: Ticket): Promise<Ticket> {
  for (let hops = 0; ticket.status === 'transferred' && hops < MAX_TRANSFER_HOPS; hops++) {
    const next: Ticket | null = await m.findOneBy(Ticket, { transferredFromId: ticket.id });
    if (!next) break;
    ticket = next;
  }
  return ticket;
}

/** One window's tickets of one business day. */
export interface AtWindow {
  hallCode: string;
  businessDate: string;
  windowNumber: number;
}

/** The window's last finished visit that day. */
export function lastFinishedAt(m: EntityManager, at: AtWindow): Promise<Ticket | null> {
  return m.findOne(Ticket, { where: { ...at, status: 'done' }, order: { finishedAt: 'DESC', id: 'DESC' } });
}

/** The window's latest call that day of any ticket but this one. */
export function lastCallAtExcept(m: EntityManager, at: AtWindow, ticketId: number): Promise<Ticket | null> {
  return m.findOne(Ticket, { where: { ...at, id: Not(ticketId), calledAt: Not(IsNull()) }, order: { calledAt: 'DESC', id: 'DESC' } });
}

/** A ticket finished at this window (any day), or null. */
export function finishedAtWindow(m: EntityManager, id: number, hallCode: string, windowNumber: number): Promise<Ticket | null> {
  return m.findOneBy(Ticket, { id, hallCode, windowNumber, status: 'done' });
}

/** Whether the ticket is the one being served at a window of this hall (called, serving or on hold). */
export async function isTicketAtWindow(m: EntityManager, ticketId: number, hallCode: string): Promise<boolean> {
  return (await m.countBy(Ticket, { id: ticketId, hallCode, status: In([...ACTIVE_AT_WINDOW]) })) > 0;
}

/** Who finished the visit at the window (the clerk who served it), from the ticket's trail; null if unknown. */
export async function ticketFinishedBy(m: EntityManager, ticketId: number): Promise<number | null> {
  const row = await m.findOne(QueueEvent, { where: { subjectType: 'ticket', subjectId: ticketId, action: 'finish' }, order: { id: 'DESC' } });
  return row?.actorId ?? null;
}
