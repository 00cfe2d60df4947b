import { DomainError } from '../common/domain-error';
import { CalendarErrorCode } from './calendar.errors';
import { MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from './domain/calendar-day';
import { isValidIsoDate } from './domain/iso-date';
import { MAX_WORKING_DAYS } from './domain/working-calendar';

/**
 * Path and query values as they arrive (strings, undefined, or an array for a repeated key), parsed to
 * the calendar's types or refused with the stable code. Parsed here rather than by the global pipe,
 * whose number conversion would take '' for 0 and '1e3' for 1000.
 */
export function isoDateInput(value: unknown, label = 'date'): string {
  if (!isValidIsoDate(value)) {
    throw DomainError.badRequest(
      CalendarErrorCode.INVALID_DATE,
      `日期无效：${label} must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value ?? null)}`,
    );
  }
  return value;
}

/** A whole number of working days 0..MAX_WORKING_DAYS in plain decimal digits. */
export function workingDaysInput(value: unknown): number {
  const days = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : Number.NaN;
  if (!(days >= 0 && days <= MAX_WORKING_DAYS)) {
    throw DomainError.badRequest(
      CalendarErrorCode.INVALID_DAYS,
      `工作日天数无效：days must be an integer 0..${MAX_WORKING_DAYS}, got ${JSON.stringify(value ?? null)}`,
    );
  }
  return days;
}

/** A four-digit year MIN..MAX_CALENDAR_YEAR. */
export function yearInput(value: unknown): number {
  const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= MIN_CALENDAR_YEAR && year <= MAX_CALENDAR_YEAR)) {
    throw DomainError.badRequest(
      CalendarErrorCode.INVALID_YEAR,
      `年份无效：year must be four digits ${MIN_CALENDAR_YEAR}..${MAX_CALENDAR_YEAR}, got ${JSON.stringify(value ?? null)}`,
    );
  }
  return year;
}
