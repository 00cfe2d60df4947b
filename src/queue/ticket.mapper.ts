import { zonedIso } from '../calendar/domain/iso-date';
import { maskPhone } from '../cases/domain/masking';
import type { StaffTicket } from './domain/window-view';
import type { Ticket } from './ticket.entity';

const iso = (ms: number | null, tz: string) => (ms === null ? null : zonedIso(ms, tz));

/** What every view of a ticket starts with (no personal data). */
export function ticketBasics(t: Ticket, timeZone: string) {
  return {
    id: t.id,
    number: t.number,
    queueCode: t.queueCode,
    priority: t.priority ? ('priority' as const) : ('normal' as const),
    /** Issued by checking in an appointment (预约). */
    appointment: !!t.appointment,
    status: t.status,
    issuedAt: zonedIso(t.issuedAt, timeZone),
  };
}

/** What staff screens see of a ticket (the clerk console); the phone (only for the SMS) masked. */
export function toStaffTicket(t: Ticket, timeZone: string): StaffTicket {
  return {
    ...ticketBasics(t, timeZone),
    calledAt: iso(t.calledAt, timeZone),
    startedAt: iso(t.startedAt, timeZone),
    heldAt: iso(t.heldAt, timeZone),
    finishedAt: iso(t.finishedAt, timeZone),
    windowNumber: t.windowNumber,
    recallCount: t.recallCount,
    transferredFromId: t.transferredFromId,
    phone: t.phone === null ? null : maskPhone(t.phone),
  };
}
