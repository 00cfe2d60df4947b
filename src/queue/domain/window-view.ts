import type { WindowKind, WindowStatus } from '../../halls/domain/window-kind';
import type { TicketStatus } from './ticket-state';

/** What staff screens see of a ticket (the clerk console); times are ISO strings in the hall's zone. */
export interface StaffTicket {
  id: number;
  number: string;
  queueCode: string;
  priority: 'priority' | 'normal';
  /** A ticket issued by checking in an appointment (预约). */
  appointment?: boolean;
  status: TicketStatus;
  issuedAt: string | null;
  calledAt: string | null;
  startedAt: string | null;
  heldAt: string | null;
  finishedAt: string | null;
  windowNumber: number | null;
  recallCount: number;
  transferredFromId: number | null;
  phone: string | null;
}

/** A window as the console's API reports it. */
export interface WindowView {
  number: number;
  name: string;
  kind: WindowKind;
  queueCodes: string[];
  status: WindowStatus;
  operatorId: number | null;
  currentTicketId: number | null;
}

/** GET /halls/{hall}/windows/{n}: the window, the ticket at its counter and the residents on hold there. */
export interface WindowConsoleView {
  window: WindowView;
  ticket: StaffTicket | null;
  held: StaffTicket[];
}

/** What a window command answers (null: nobody was waiting to be called). */
export type WindowCommandResult = { window: WindowView; ticket: StaffTicket | null } | null;
