import { businessDateInZone, compareIsoDate } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import type { Deadlines, Limit } from './deadline';

/** 电子监察 lights: green, yellow near the limit, red past the promised date, red_plus past the statutory one. */
export type WarningLevel = 'green' | 'yellow' | 'red' | 'red_plus';

export interface WarningThresholds {
  /** Yellow when the remaining part is at most this share of the limit (default 0.2)… */
  yellowShare: number;
  /** …but never less than this many units (default 1 working day or 1 hour). */
  yellowMinimum: number;
}
export const DEFAULT_THRESHOLDS: WarningThresholds = { yellowShare: 0.2, yellowMinimum: 1 };

/** The yellow band of a limit: max(1, ceil(20% of the limit)) by default. */
export function yellowBand(limitValue: number, t: WarningThresholds = DEFAULT_THRESHOLDS): number {
  return Math.max(t.yellowMinimum, Math.ceil(t.yellowShare * limitValue));
}

export function warningLevel(
  calendar: WorkingCalendar,
  now: number,
  timeZone: string,
  promised: Limit,
  deadlines: Deadlines,
  t: WarningThresholds = DEFAULT_THRESHOLDS,
): WarningLevel {
  if (deadlines.dueAt !== null) {
    if (deadlines.statutoryDueAt !== null && now > deadlines.statutoryDueAt) return 'red_plus';
    if (now > deadlines.dueAt) return 'red';
    return (deadlines.dueAt - now) / 3_600_000 <= yellowBand(promised.value, t) ? 'yellow' : 'green';
  }
  const today = businessDateInZone(now, timeZone);
  if (compareIsoDate(today, deadlines.statutoryDueDate) > 0) return 'red_plus';
  if (compareIsoDate(today, deadlines.dueDate) > 0) return 'red';
  return calendar.workingDaysBetween(today, deadlines.dueDate) <= yellowBand(promised.value, t) ? 'yellow' : 'green';
}
