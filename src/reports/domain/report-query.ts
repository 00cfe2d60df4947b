import { addDays, isValidIsoDate, startOfDayInZone } from '../../calendar/domain/iso-date';
import { DomainError } from '../../common/domain-error';
import { parseFiguresRange } from '../../supervision/domain/periods';

/** What `GET /api/v1/reports/{kind}` answers, and how its query is read. Pure. */

export const REPORT_KINDS = ['windows', 'departments', 'items', 'requests', 'halls'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportErrorCode = {
  UNKNOWN_REPORT: 'UNKNOWN_REPORT',
  INVALID_FORMAT: 'INVALID_FORMAT',
  INVALID_MONTH: 'INVALID_MONTH',
  INVALID_WEIGHTS: 'INVALID_WEIGHTS',
} as const;

export const REPORT_TITLES: Record<ReportKind, string> = {
  windows: '窗口与人员',
  departments: '部门',
  items: '事项',
  requests: '诉求类别',
  halls: '中心与便民服务点',
};

export function parseReportKind(value: string): ReportKind {
  if ((REPORT_KINDS as readonly string[]).includes(value)) return value as ReportKind;
  throw DomainError.notFound(ReportErrorCode.UNKNOWN_REPORT, `没有名为 ${JSON.stringify(value)} 的报表`);
}

export function parseReportFormat(value: string | undefined): ReportFormat {
  const format = value ?? 'json';
  if ((REPORT_FORMATS as readonly string[]).includes(format)) return format as ReportFormat;
  throw DomainError.badRequest(ReportErrorCode.INVALID_FORMAT, `format 须为 json、csv 或 xlsx，收到 ${JSON.stringify(format)}`);
}

/** Inclusive hall-local dates; both default to today, `from` alone runs to today, `to` alone is one day. */
export function parseReportRange(raw: { from?: string; to?: string }, today: string): { from: string; to: string } {
  const to = raw.to ?? (raw.from !== undefined && isValidIsoDate(raw.from) && raw.from > today ? raw.from : today);
  const { from } = parseFiguresRange({ period: 'day', from: raw.from ?? to, to }, today);
  return { from, to };
}

/** `YYYY-MM` (default: the month before `today`'s, the one being assessed) → its first and last day. */
export function parseMonth(value: string | undefined, today: string): { month: string; from: string; to: string } {
  const month = value ?? previousMonth(today.slice(0, 7));
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw DomainError.badRequest(ReportErrorCode.INVALID_MONTH, `month 须为 YYYY-MM，收到 ${JSON.stringify(month)}`);
  const from = `${month}-01`;
  const to = addDays(`${nextMonth(month)}-01`, -1);
  return { month, from, to };
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** `2026-11` → `2026年11月`, `2026-03` → `2026年3月`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** The report page's quick periods, hall-local and inclusive; this month and this year run to today. */
export function quickPeriods(today: string): { id: string; label: string; from: string; to: string }[] {
  const thisMonth = parseMonth(today.slice(0, 7), today);
  const lastMonth = parseMonth(undefined, today);
  return [
    { id: 'this-month', label: '本月', from: thisMonth.from, to: today },
    { id: 'last-month', label: '上月', from: lastMonth.from, to: lastMonth.to },
    { id: 'last-30', label: '近30天', from: addDays(today, -29), to: today },
    { id: 'this-year', label: '今年', from: `${today.slice(0, 4)}-01-01`, to: today },
  ];
}

/** A report's hall and inclusive dates with the instants they span, [fromMs, toMs), in the hall's time zone. */
export interface ReportPeriod {
  hallCode: string;
  timeZone: string;
  today: string;
  now: number;
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

export function reportPeriod(hall: { code: string; timeZone: string; today: string; now: number }, range: { from: string; to: string }): ReportPeriod {
  return {
    hallCode: hall.code, timeZone: hall.timeZone, today: hall.today, now: hall.now, from: range.from, to: range.to,
    fromMs: startOfDayInZone(range.from, hall.timeZone), toMs: startOfDayInZone(addDays(range.to, 1), hall.timeZone),
  };
}
