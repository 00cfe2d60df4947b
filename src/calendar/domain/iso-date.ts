import { CalendarError } from './calendar-error';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const THURSDAY = 4;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

const MIN_DAY_NUMBER = utcMidnight(MIN_YEAR, 1, 1) / MS_PER_DAY;
const MAX_DAY_NUMBER = utcMidnight(MAX_YEAR, 12, 31) / MS_PER_DAY;
const MIN_INSTANT = (MIN_DAY_NUMBER + 1) * MS_PER_DAY;
const MAX_INSTANT = MAX_DAY_NUMBER * MS_PER_DAY;

export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function assertIsoDate(value: unknown, label = 'date'): asserts value is string {
  if (!isValidIsoDate(value)) {
    throw new CalendarError('INVALID_DATE', `${label} must be a real calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

/** Days since 1970-01-01 (UTC epoch day). */
export function toDayNumber(date: string): number {
  assertIsoDate(date);
  const [year, month, day] = date.split('-').map(Number);
  return utcMidnight(year, month, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  if (!Number.isSafeInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new CalendarError('INVALID_DATE', `day ${dayNumber} is outside the years ${MIN_YEAR}..${MAX_YEAR}`);
  }
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(date: string): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) {
    throw new CalendarError('INVALID_DAYS', `days must be an integer, got ${String(days)}`);
  }
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeekOfDayNumber(dayNumber: number): number {
  return (((dayNumber + THURSDAY) % 7) + 7) % 7;
}

export function dayOfWeek(date: string): number {
  return dayOfWeekOfDayNumber(toDayNumber(date));
}

/** Saturday or Sunday: the days off of the plain week. */
export function isWeekendDayNumber(dayNumber: number): boolean {
  const weekday = dayOfWeekOfDayNumber(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function compareIsoDate(a: string, b: string): -1 | 0 | 1 {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

interface WallClock {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new CalendarError('INVALID_TIME_ZONE', `time zone must be an IANA name, got ${JSON.stringify(timeZone)}`);
  }
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    throw new CalendarError('INVALID_TIME_ZONE', `unknown time zone ${JSON.stringify(timeZone)}`);
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

function assertInstant(epochMs: number): void {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs) || epochMs < MIN_INSTANT || epochMs > MAX_INSTANT) {
    throw new CalendarError('INVALID_INSTANT', `instant must be epoch milliseconds within years ${MIN_YEAR}..${MAX_YEAR}, got ${String(epochMs)}`);
  }
}

/**
 * Wall-clock reading through Intl is slow (a formatToParts per call); zone offsets only change on
 * quarter-hour boundaries, so the offset is looked up once per zone and quarter hour and the rest is arithmetic.
 */
const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

function cachedOffset(epochMs: number, timeZone: string): number {
  const bucket = Math.floor(epochMs / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = wallClockAsUtc(formattedWallClock(bucket, timeZone)) - bucket;
    offsets.set(key, offset);
  }
  return offset;
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const local = Math.floor(epochMs / 1000) * 1000 + cachedOffset(epochMs, timeZone);
  const day = Math.floor(local / MS_PER_DAY);
  const secondsOfDay = (local - day * MS_PER_DAY) / 1000;
  return {
    date: fromDayNumber(day),
    hour: Math.floor(secondsOfDay / 3600),
    minute: Math.floor((secondsOfDay % 3600) / 60),
    second: secondsOfDay % 60,
  };
}

function formattedWallClock(epochMs: number, timeZone: string): WallClock {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) fields[part.type] = part.value;
  return {
    date: `${fields.year.padStart(4, '0')}-${fields.month}-${fields.day}`,
    hour: Number(fields.hour),
    minute: Number(fields.minute),
    second: Number(fields.second),
  };
}

function wallClockAsUtc(clock: WallClock): number {
  return toDayNumber(clock.date) * MS_PER_DAY + ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000;
}

function wholeSeconds(epochMs: number): number {
  return Math.floor(epochMs / 1000) * 1000;
}

function offsetMsAt(epochMs: number, timeZone: string): number {
  return cachedOffset(wholeSeconds(epochMs), timeZone);
}

/** The calendar date an instant falls on in an IANA time zone (e.g. the hall's business day). */
export function businessDateInZone(epochMs: number, timeZone: string): string {
  assertInstant(epochMs);
  return wallClock(epochMs, timeZone).date;
}

/** ISO-8601 local time with the zone's offset, whole seconds: 2026-11-22T09:30:00+08:00. */
export function zonedIso(epochMs: number, timeZone: string): string {
  assertInstant(epochMs);
  const instant = wholeSeconds(epochMs);
  const clock = wallClock(instant, timeZone);
  const offsetMinutes = Math.round((wallClockAsUtc(clock) - instant) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${clock.date}T${pad2(clock.hour)}:${pad2(clock.minute)}:${pad2(clock.second)}${sign}${pad2(Math.floor(absolute / 60))}:${pad2(absolute % 60)}`;
}

/** Epoch ms of the first instant of `date` in the zone (local midnight, or the end of a DST gap at midnight). */
const dayStarts = new Map<string, number>();

export function startOfDayInZone(date: string, timeZone: string): number {
  // deadline sweeps ask for the same few dates again and again
  const key = `${timeZone}|${date}`;
  const known = dayStarts.get(key);
  if (known !== undefined) return known;
  const start = computeStartOfDay(date, timeZone);
  if (dayStarts.size > 20_000) dayStarts.clear();
  dayStarts.set(key, start);
  return start;
}

function computeStartOfDay(date: string, timeZone: string): number {
  const nominal = toDayNumber(date) * MS_PER_DAY;
  formatterFor(timeZone);
  // the usual case: the offset a day earlier still holds at local midnight
  const guess = nominal - offsetMsAt(nominal - MS_PER_DAY, timeZone);
  if (guess >= MIN_INSTANT && guess <= MAX_INSTANT) {
    const clock = wallClock(guess, timeZone);
    if (clock.date === date && clock.hour === 0 && clock.minute === 0 && clock.second === 0) return guess;
  }
  const candidates = [...new Set(
    [nominal - MS_PER_DAY, nominal, nominal + MS_PER_DAY]
      .filter((probe) => probe >= MIN_INSTANT && probe <= MAX_INSTANT)
      .map((probe) => nominal - offsetMsAt(probe, timeZone)),
  )].sort((a, b) => a - b);
  const onDate = candidates.filter((candidate) => wallClock(candidate, timeZone).date === date);
  const midnight = onDate.find((candidate) => {
    const clock = wallClock(candidate, timeZone);
    return clock.hour === 0 && clock.minute === 0 && clock.second === 0;
  });
  const start = midnight ?? onDate[0];
  if (start === undefined) {
    throw new CalendarError('INVALID_DATE', `cannot find the start of ${date} in ${timeZone}`);
  }
  return start;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** "2026-11-23T09:30:05+08:00" → "09:30": the time of day of a zoned ISO timestamp, as the hall reads it. */
export function clockTime(iso: string | null | undefined): string {
  const m = /T(\d{2}:\d{2})/.exec(iso ?? '');
  return m ? m[1] : '';
}
