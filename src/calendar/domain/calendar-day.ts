import { CalendarError } from './calendar-error';
import { isValidIsoDate } from './iso-date';

/** One exception to the Mon–Fri week: an off day (holiday) or a make-up working day (调休上班). */
export interface CalendarDay {
  date: string;
  isOffDay: boolean;
  name: string;
}

/** The holiday-cn file shape: `{year, days:[{name, date, isOffDay}]}`. */
export interface CalendarYear {
  year: number;
  days: CalendarDay[];
}

export const MIN_CALENDAR_YEAR = 1900;
export const MAX_CALENDAR_YEAR = 9999;
/** The longest name of a holiday or make-up day. */
export const MAX_DAY_NAME_LENGTH = 64;

function invalid(message: string): CalendarError {
  return new CalendarError('INVALID_CALENDAR_FILE', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseYear(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_CALENDAR_YEAR || value > MAX_CALENDAR_YEAR) {
    throw invalid(`year must be an integer ${MIN_CALENDAR_YEAR}..${MAX_CALENDAR_YEAR}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseDay(value: unknown, index: number, year: number): CalendarDay {
  const at = `days[${index}]`;
  if (!isRecord(value)) throw invalid(`${at} must be an object`);
  const { date, isOffDay, name } = value;
  if (!isValidIsoDate(date)) throw invalid(`${at}.date must be a real date as YYYY-MM-DD, got ${JSON.stringify(date)}`);
  if (Number(date.slice(0, 4)) !== year) throw invalid(`${at}.date ${date} is not in year ${year}`);
  if (typeof isOffDay !== 'boolean') throw invalid(`${at}.isOffDay must be true or false, got ${JSON.stringify(isOffDay)}`);
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_DAY_NAME_LENGTH) {
    throw invalid(`${at}.name must be a non-empty string of at most ${MAX_DAY_NAME_LENGTH} characters`);
  }
  return { date, isOffDay, name: name.trim() };
}

/** Validates a holiday-cn style year file; returns its days sorted by date. Extra properties are ignored. */
export function parseCalendarYear(json: unknown): CalendarYear {
  if (!isRecord(json)) throw invalid('calendar file must be a JSON object {year, days}');
  const year = parseYear(json.year);
  if (!Array.isArray(json.days)) throw invalid('days must be an array');
  const days = json.days.map((day, index) => parseDay(day, index, year));
  const seen = new Set<string>();
  for (const day of days) {
    if (seen.has(day.date)) throw invalid(`${day.date} is listed more than once`);
    seen.add(day.date);
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, days };
}
