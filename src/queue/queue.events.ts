import type { WindowStatus } from '../halls/domain/window-kind';
/** Domain events the queue publishes after a commit; the realtime listener turns them into socket messages. */
export const QueueEvents = {
  TICKET_CALLED: 'queue.ticket-called',
  CHANGED: 'queue.changed',
  WINDOW_CHANGED: 'queue.window-changed',
} as const;

export interface TicketCalledEvent {
  hallCode: string;
  number: string;
  queueCode: string;
  windowNumber: number;
  windowName: string;
  calledAt: number;
  recall: boolean;
  /** A ticket of an appointment (预约). */
  appointment?: boolean;
}

/** Waiting counts or window states of a hall changed. */
export interface QueueChangedEvent {
  hallCode: string;
}

export interface WindowChangedEvent {
  hallCode: string;
  windowNumber: number;
  status: WindowStatus;
  currentNumber: string | null;
}

/** Queue events → payloads, part of the DomainEventMap. */
export interface QueueEventMap {
  [QueueEvents.TICKET_CALLED]: TicketCalledEvent;
  [QueueEvents.CHANGED]: QueueChangedEvent;
  [QueueEvents.WINDOW_CHANGED]: WindowChangedEvent;
}
