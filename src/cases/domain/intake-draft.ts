// Whose data the console's intake panel (受理, F2) may show. The panel keeps what the clerk typed while
// the same ticket stays at the window (closing and reopening loses nothing), and starts empty as soon
// as the window's ticket changes: a call, finish, transfer, no-show, hold or a change of window.

/** One stretch of time with the same ticket at the window (or with none); numbered so that
 *  ticket 1 → none → ticket 1 is a new stretch, not the old one. */
export interface CounterVisit {
  ticketId: number | null;
  seq: number;
}

/** Before the desk has seen its window: nobody at the counter. */
export const NO_VISIT: CounterVisit = { ticketId: null, seq: 0 };

/** The visit after the desk saw `ticketId` at the window (null: no ticket): the same one while the ticket is unchanged. */
export function observeTicket(visit: CounterVisit, ticketId: number | null): CounterVisit {
  return visit.ticketId === ticketId ? visit : { ticketId, seq: visit.seq + 1 };
}

/** May a draft (typed data or a decision's result) begun during `draftVisit` be shown now? Only during the same visit. */
export function mayShowDraft(draftVisit: CounterVisit | null, now: CounterVisit): boolean {
  return !!draftVisit && draftVisit.seq === now.seq && draftVisit.ticketId === now.ticketId;
}

/** "同一申请人再办一件" is offered after a decision only while the ticket it was made for is still the one at the window. */
export function offerSameApplicant(resultVisit: CounterVisit | null, now: CounterVisit): boolean {
  return mayShowDraft(resultVisit, now);
}
