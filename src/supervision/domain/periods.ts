import { addDays, dayOfWeek, diffDays, isValidIsoDate } from '../../calendar/domain/iso-date';
import { DomainError } from '../../common/domain-error';
import { SupervisionErrorCode } from '../supervision.errors';

/** The figures' time buckets: hall-local days, weeks starting on Monday, calendar months. */
export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

/** A year, leap day included: longer ranges are refused. */
export const MAX_RANGE_DAYS = 366;

export interface FiguresRange {
  period: Period;
  /** Inclusive, hall-local YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface RawRange {
  period?: string;
  from?: string;
  to?: string;
}

export interface Bucket {
  /** The bucket's own first day (day; the week's Monday; the month as YYYY-MM). */
  key: string;
  /** The part of the bucket inside the asked range, inclusive. */
  from: string;
  to: string;
  /** Short axis label, and the full name for tables and tooltips. */
  label: string;
  title: string;
}

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

/** Monday of the week `date` falls in. */
export function weekStart(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function monthEnd(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

function monthsBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** Default ranges when `from` is left out: 14 days, 12 weeks or 6 months up to `to`. */
function defaultFrom(period: Period, to: string): string {
  switch (period) {
    case 'day':
      return addDays(to, -13);
    case 'week':
      return addDays(weekStart(to), -7 * 11);
    case 'month':
      return monthsBefore(to, 5);
    default: {
      const unreachable: never = period;
      throw new Error(`unknown period ${String(unreachable)}`);
    }
  }
}

function parseDate(value: string | undefined, name: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidIsoDate(value)) throw DomainError.badRequest(SupervisionErrorCode.INVALID_DATE, `${name} 须为真实日期 YYYY-MM-DD，收到 ${JSON.stringify(value)}`);
  return value;
}

/**
 * The asked period and range, checked: INVALID_PERIOD, INVALID_DATE, INVALID_RANGE (to before from),
 * RANGE_TOO_LONG (over 366 days). `period` defaults to day, `to` to today (hall-local).
 */
export function parseFiguresRange(raw: RawRange, today: string): FiguresRange {
  const period = raw.period ?? 'day';
  if (!isPeriod(period)) throw DomainError.badRequest(SupervisionErrorCode.INVALID_PERIOD, `period 须为 day、week 或 month，收到 ${JSON.stringify(period)}`);
  const to = parseDate(raw.to, 'to') ?? today;
  const from = parseDate(raw.from, 'from') ?? defaultFrom(period, to);
  if (diffDays(from, to) < 0) throw DomainError.badRequest(SupervisionErrorCode.INVALID_RANGE, `结束日期 ${to} 早于开始日期 ${from}`);
  const days = diffDays(from, to) + 1;
  if (days > MAX_RANGE_DAYS) {
    throw DomainError.badRequest(SupervisionErrorCode.RANGE_TOO_LONG, `统计区间最长 ${MAX_RANGE_DAYS} 天，所选为 ${days} 天`, { days, max: MAX_RANGE_DAYS });
  }
  return { period, from, to };
}

/** The bucket key a hall-local date belongs to. */
export function bucketKey(date: string, period: Period): string {
  switch (period) {
    case 'day':
      return date;
    case 'week':
      return weekStart(date);
    case 'month':
      return date.slice(0, 7);
    default: {
      const unreachable: never = period;
      throw new Error(`unknown period ${String(unreachable)}`);
    }
  }
}

const md = (date: string) => `${date.slice(5, 7)}-${date.slice(8, 10)}`;

/** Every bucket of the range in order, each clipped to the range (a range may start mid-week or mid-month). */
export function periodBuckets(range: FiguresRange): Bucket[] {
  const buckets: Bucket[] = [];
  let cursor = range.from;
  while (diffDays(cursor, range.to) >= 0) {
    const key = bucketKey(cursor, range.period);
    let end: string;
    let label: string;
    let title: string;
    if (range.period === 'day') {
      end = cursor;
      label = md(cursor);
      title = `${cursor}（${WEEKDAYS[dayOfWeek(cursor)]}）`;
    } else if (range.period === 'week') {
      end = addDays(key, 6);
      label = `${md(key)}周`;
      title = `${key} 至 ${end} 当周`;
    } else {
      end = monthEnd(cursor);
      label = `${Number(key.slice(5, 7))}月`;
      title = `${key.slice(0, 4)}年${Number(key.slice(5, 7))}月`;
    }
    const clippedEnd = diffDays(end, range.to) < 0 ? range.to : end;
    buckets.push({ key, from: cursor, to: clippedEnd, label, title });
    cursor = addDays(clippedEnd, 1);
  }
  return buckets;
}
