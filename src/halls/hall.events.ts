import type { HallSubject } from './domain/hall-layout';

/** Domain events of hall administration, published after commit; the realtime listener tells the hall room. */
export const HallEvents = {
  CHANGED: 'halls.changed',
} as const;

/** The hall's set-up changed: the hall itself, one of its queues or one of its windows. */
export interface HallChangedEvent {
  hallCode: string;
  subject: HallSubject;
  /** The queue code or window number that changed; the hall code for the hall itself. */
  subjectId: string;
  change: 'created' | 'updated';
}

/** Hall events → payloads, part of the DomainEventMap. */
export interface HallEventMap {
  [HallEvents.CHANGED]: HallChangedEvent;
}
