import { CalendarDay, CalendarYear } from './calendar-day';
import { CalendarError } from './calendar-error';
import { fromDayNumber, isWeekendDayNumber, toDayNumber, yearOf } from './iso-date';

export const MAX_WORKING_DAYS = 3660;
export const MAX_LIMIT_HOURS = 8760;
const MS_PER_HOUR = 3_600_000;
const FIRST_MONDAY_DAY_NUMBER = 4;

/** Mon–Fri days d with FIRST_MONDAY <= d < dayNumber (negative below the anchor). */
function weekdaysBefore(dayNumber: number): number {
  const offset = dayNumber - FIRST_MONDAY_DAY_NUMBER;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Index of the first element greater than `value` in an ascending array. */
function upperBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Working days: Mon–Fri, except listed off days (holidays), plus listed make-up days (调休上班).
 * Days outside the listed years follow the plain Mon–Fri week.
 */
export class WorkingCalendar {
  private readonly byDayNumber = new Map<number, CalendarDay>();
  private readonly years = new Set<number>();
  private readonly adjustedDays: number[] = [];
  private readonly adjustmentTotals: number[] = [0];

  constructor(days: readonly CalendarDay[] = []) {
    for (const day of days) {
      const dayNumber = toDayNumber(day.date);
      if (typeof day.isOffDay !== 'boolean') {
        throw new CalendarError('INVALID_CALENDAR_FILE', `${day.date}: isOffDay must be true or false`);
      }
      if (this.byDayNumber.has(dayNumber)) {
        throw new CalendarError('DUPLICATE_DATE', `${day.date} is listed more than once`);
      }
      this.byDayNumber.set(dayNumber, { date: day.date, isOffDay: day.isOffDay, name: day.name });
      this.years.add(yearOf(day.date));
    }
    const sortedDayNumbers = [...this.byDayNumber.keys()].sort((a, b) => a - b);
    for (const dayNumber of sortedDayNumbers) {
      const delta = this.adjustmentOf(dayNumber);
      if (delta === 0) continue;
      this.adjustedDays.push(dayNumber);
      this.adjustmentTotals.push(this.adjustmentTotals[this.adjustmentTotals.length - 1] + delta);
    }
  }

  /** Every listed year counts as covered, even one imported without exceptions. */
  static fromYears(years: readonly CalendarYear[]): WorkingCalendar {
    const calendar = new WorkingCalendar(years.flatMap((year) => year.days));
    for (const { year } of years) calendar.years.add(year);
    return calendar;
  }

  coversYear(year: number): boolean {
    return this.years.has(year);
  }

  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  entryFor(date: string): CalendarDay | undefined {
    const entry = this.byDayNumber.get(toDayNumber(date));
    return entry && { ...entry };
  }

  daysOfYear(year: number): CalendarDay[] {
    return [...this.byDayNumber.entries()]
      .filter(([, day]) => yearOf(day.date) === year)
      .sort(([a], [b]) => a - b)
      .map(([, day]) => ({ ...day }));
  }

  isWorkingDay(date: string): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    let dayNumber = toDayNumber(date) + 1;
    while (!this.isWorkingDayNumber(dayNumber)) dayNumber += 1;
    return fromDayNumber(dayNumber);
  }

  /** Counting starts on the working day after `from`; 0 days returns `from` itself. */
  addWorkingDays(from: string, days: number): string {
    // due dates are recomputed for thousands of cases with the same few acceptance dates
    const key = `${from}|${days}`;
    const known = this.sums.get(key);
    if (known !== undefined) return known;
    const due = this.walkWorkingDays(from, days);
    if (this.sums.size > 50_000) this.sums.clear();
    this.sums.set(key, due);
    return due;
  }

  private readonly sums = new Map<string, string>();

  private walkWorkingDays(from: string, days: number): string {
    let dayNumber = toDayNumber(from);
    assertWorkingDayCount(days);
    for (let remaining = days; remaining > 0; ) {
      dayNumber += 1;
      if (this.isWorkingDayNumber(dayNumber)) remaining -= 1;
    }
    return fromDayNumber(dayNumber);
  }

  /** Working days d with from < d <= to; negated when `to` is before `from`. Inverse of addWorkingDays. */
  workingDaysBetween(from: string, to: string): number {
    const start = toDayNumber(from);
    const end = toDayNumber(to);
    return start <= end ? this.countAfterUpTo(start, end) : 0 - this.countAfterUpTo(end, start);
  }

  /** Working days in [first, last]; 0 when last is before first. */
  workingDaysInRange(firstInclusive: string, lastInclusive: string): number {
    const first = toDayNumber(firstInclusive);
    const last = toDayNumber(lastInclusive);
    return last < first ? 0 : this.countAfterUpTo(first - 1, last);
  }

  /** Hour limits (resident requests) run on the clock, not on working days. */
  addHours(fromEpochMs: number, hours: number): number {
    if (typeof fromEpochMs !== 'number' || !Number.isFinite(fromEpochMs)) {
      throw new CalendarError('INVALID_INSTANT', `instant must be epoch milliseconds, got ${String(fromEpochMs)}`);
    }
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 0 || hours > MAX_LIMIT_HOURS) {
      throw new CalendarError('INVALID_HOURS', `hours must be an integer 0..${MAX_LIMIT_HOURS}, got ${String(hours)}`);
    }
    return fromEpochMs + hours * MS_PER_HOUR;
  }

  private isWorkingDayNumber(dayNumber: number): boolean {
    const entry = this.byDayNumber.get(dayNumber);
    return entry ? !entry.isOffDay : !isWeekendDayNumber(dayNumber);
  }

  /** +1 for a make-up weekend day, -1 for a weekday off, 0 when the entry does not change anything. */
  private adjustmentOf(dayNumber: number): number {
    const weekend = isWeekendDayNumber(dayNumber);
    const working = this.isWorkingDayNumber(dayNumber);
    return weekend && working ? 1 : !weekend && !working ? -1 : 0;
  }

  private adjustmentUpTo(dayNumber: number): number {
    return this.adjustmentTotals[upperBound(this.adjustedDays, dayNumber)];
  }

  private countAfterUpTo(after: number, upTo: number): number {
    const weekdays = weekdaysBefore(upTo + 1) - weekdaysBefore(after + 1);
    return weekdays + this.adjustmentUpTo(upTo) - this.adjustmentUpTo(after);
  }
}

function assertWorkingDayCount(days: number): void {
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS) {
    throw new CalendarError('INVALID_DAYS', `days must be an integer 0..${MAX_WORKING_DAYS}, got ${String(days)}`);
  }
}
