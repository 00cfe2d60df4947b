import { businessDateInZone } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';

export type LimitUnit = 'working_days' | 'hours';
export interface Limit {
  value: number;
  unit: LimitUnit;
}

export interface DeadlineInput {
  acceptedAt: number;
  timeZone: string;
  promised: Limit;
  statutory: Limit;
  /** Approved extensions (延期), working days. */
  extensionDays: number;
  /** Working days spent in special procedures (特别程序), for day limits. */
  pausedWorkingDays: number;
  /** Milliseconds spent suspended, for hour limits (counted on the clock). */
  pausedMs: number;
}

export interface Deadlines {
  dueDate: string;
  statutoryDueDate: string;
  /** The exact instant for hour limits; null for working-day limits (due at the end of dueDate). */
  dueAt: number | null;
  statutoryDueAt: number | null;
}

/**
 * due = acceptance + promised + approved extensions + paused working days, counted from the working day
 * after acceptance (DOMAIN.md); recomputed from the facts every time, never nudged. Hour limits run on the
 * clock. The statutory date moves with pauses but not with extensions.
 */
export function computeDeadlines(calendar: WorkingCalendar, input: DeadlineInput): Deadlines {
  const acceptedDate = businessDateInZone(input.acceptedAt, input.timeZone);
  const byLimit = (limit: Limit, extra: number) => {
    if (limit.unit === 'hours') {
      const at = input.acceptedAt + (limit.value + extra) * 3_600_000 + input.pausedMs;
      return { date: businessDateInZone(at, input.timeZone), at };
    }
    return { date: calendar.addWorkingDays(acceptedDate, limit.value + extra + input.pausedWorkingDays), at: null };
  };
  const promised = byLimit(input.promised, input.promised.unit === 'hours' ? 0 : input.extensionDays);
  const statutory = byLimit(input.statutory, 0);
  return { dueDate: promised.date, statutoryDueDate: statutory.date, dueAt: promised.at, statutoryDueAt: statutory.at };
}
