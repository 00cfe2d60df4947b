/** Domain events of the working-day calendar, published after commit. */
export const CalendarEvents = {
  CHANGED: 'calendar.changed',
} as const;

/** An admin changed a day or imported a year: every instance reloads its calendar. */
export interface CalendarChangedEvent {
  years: number[];
}

/** Calendar events → payloads, part of the DomainEventMap. */
export interface CalendarEventMap {
  [CalendarEvents.CHANGED]: CalendarChangedEvent;
}
