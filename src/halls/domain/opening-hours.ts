import type { OpeningInterval } from './hall-rules';

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Whether a hall takes residents now: on a working day (the calendar's rule, 调休 included), within one of its
 * opening intervals [from, to). `now` is the hall-local clock time, HH:MM.
 */
export function isOpenNow(openingHours: readonly OpeningInterval[], workingDay: boolean, now: string): boolean {
  if (!workingDay) return false;
  const at = minutes(now);
  return openingHours.some((h) => minutes(h.from) <= at && at < minutes(h.to));
}

/** Where the day stands: before the first interval, between two (午休), or after the last. */
export type ClosedReason = 'day-off' | 'not-yet' | 'break' | 'ended';

export function closedReason(openingHours: readonly OpeningInterval[], workingDay: boolean, now: string): ClosedReason | null {
  if (isOpenNow(openingHours, workingDay, now)) return null;
  if (!workingDay || openingHours.length === 0) return 'day-off';
  const at = minutes(now);
  if (openingHours.every((h) => at < minutes(h.from))) return 'not-yet';
  if (openingHours.every((h) => at >= minutes(h.to))) return 'ended';
  return 'break';
}

/** 08:30–12:00、14:00–17:30 */
export function openingHoursText(openingHours: readonly OpeningInterval[]): string {
  return openingHours.map((h) => `${h.from}–${h.to}`).join('、');
}
