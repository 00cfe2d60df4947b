import { businessDateInZone } from '../../calendar/domain/iso-date';
import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';
import { HallErrorCode } from '../../halls/domain/hall-errors';
import { MONTHLY_KINDS } from '../domain/monthly-report';
import { monthLabel, parseMonth, REPORT_TITLES, ReportErrorCode } from '../domain/report-query';
import type { ReportsPageHall } from './reports-page.view-model';

export const MONTHLY_SHORTCUTS = [
  { keyHint: 'P', label: '打印' },
  { keyHint: '←', label: '上个月' },
  { keyHint: '→', label: '下个月' },
];

const text = (value: unknown, name: 'hall' | 'month'): string | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  throw DomainError.badRequest(name === 'month' ? ReportErrorCode.INVALID_MONTH : ErrorCode.VALIDATION_FAILED, `${name} 只能给一个值`);
};

/**
 * 政务服务月报 (/reports/monthly?hall=&month=): the hall (asked, else the first centre) and the month (asked, else
 * the one before the hall's today). The HTML carries no figures; the page signs in and fetches the reports.
 */
export function monthlyReportViewModel(halls: readonly ReportsPageHall[], query: { hall?: unknown; month?: unknown }, serverNow: number) {
  const asked = text(query.hall, 'hall');
  const hall = asked ? halls.find((h) => h.code === asked) : halls.find((h) => h.kind !== 'point') ?? halls[0];
  if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, asked ? `服务大厅 ${asked} 不存在` : '尚未设置服务大厅');
  const today = businessDateInZone(serverNow, hall.timeZone);
  const { month, from, to } = parseMonth(text(query.month, 'month'), today);
  const heading = `${hall.name} ${monthLabel(month)} 政务服务月报`;
  return {
    title: heading,
    heading,
    hall: { code: hall.code, name: hall.name },
    halls: halls.filter((h) => h.kind !== 'point' || h.code === hall.code).map((h) => ({ code: h.code, name: h.name, selected: h.code === hall.code })),
    month,
    from,
    to,
    shortcuts: MONTHLY_SHORTCUTS,
    client: {
      serverNow,
      timeZone: hall.timeZone,
      hall: { code: hall.code, name: hall.name },
      month,
      currentMonth: today.slice(0, 7),
      titles: Object.fromEntries(MONTHLY_KINDS.map((k) => [k, REPORT_TITLES[k]])),
    },
  };
}
