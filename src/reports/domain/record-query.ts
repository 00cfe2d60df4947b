import { DomainError } from '../../common/domain-error';
import type { ReportKind } from './report-query';

/**
 * Drill-down (明细): `GET /api/v1/reports/{kind}/records` lists the tickets, cases or requests behind a report row.
 * The row's key is the filter; this reads it. Pure.
 */

/** The newest this many records are listed; `total` still counts them all. */
export const RECORD_LIMIT = 2000;

export const RecordErrorCode = {
  INVALID_FILTER: 'INVALID_FILTER',
} as const;

export interface RecordFilter {
  /** windows: the window number and/or the clerk's user id. */
  window?: number;
  clerk?: number;
  /** departments: a department code. */
  department?: string;
  /** items: a service item code. */
  item?: string;
  /** requests: a request category code. */
  category?: string;
  /** halls: the centre or one of its points (default: the hall asked for). */
  point?: string;
}

export type RecordFilterName = keyof RecordFilter;
export type RawRecordFilter = Partial<Record<RecordFilterName, string>>;

/** Which filters each kind takes: the key columns of its report rows. */
export const RECORD_FILTERS: Record<ReportKind, readonly RecordFilterName[]> = {
  windows: ['window', 'clerk'],
  departments: ['department'],
  items: ['item'],
  requests: ['category'],
  halls: ['point'],
};

const CODE = /^[A-Za-z0-9_-]{1,16}$/;
const POSITIVE_INT = /^[1-9]\d{0,8}$/;

function bad(name: string, message: string, value: string): DomainError {
  return DomainError.badRequest(RecordErrorCode.INVALID_FILTER, message, { filter: name, value });
}

/** The filters of `raw` that are set; a filter of another kind or a malformed value → 400 INVALID_FILTER. */
export function parseRecordFilter(kind: ReportKind, raw: RawRecordFilter): RecordFilter {
  const allowed = RECORD_FILTERS[kind];
  const filter: RecordFilter = {};
  for (const name of Object.keys(RECORD_FILTERS_ALL) as RecordFilterName[]) {
    const value = raw[name];
    if (value === undefined || value === '') continue;
    if (!allowed.includes(name)) throw bad(name, `${kind} 明细不接受 ${name} 筛选（可用：${allowed.join('、')}）`, value);
    if (name === 'window' || name === 'clerk') {
      if (!POSITIVE_INT.test(value)) throw bad(name, `${name} 须为正整数，收到 ${JSON.stringify(value)}`, value);
      filter[name] = Number(value);
    } else {
      if (!CODE.test(value)) throw bad(name, `${name} 须为代码（字母、数字、-、_，至多 16 位），收到 ${JSON.stringify(value)}`, value);
      filter[name] = value.toUpperCase();
    }
  }
  return filter;
}

const RECORD_FILTERS_ALL: Record<RecordFilterName, true> = { window: true, clerk: true, department: true, item: true, category: true, point: true };

/** The query string of a report row's records: its key as filters (the page's drill-down). */
export function recordFilterOf(kind: ReportKind, row: Record<string, unknown>): RawRecordFilter {
  switch (kind) {
    case 'windows': {
      const clerk = row.clerk as { id?: unknown } | undefined;
      return { window: String(row.windowNumber), clerk: String(clerk?.id) };
    }
    case 'departments': return { department: String(row.departmentCode) };
    case 'items': return { item: String(row.itemCode) };
    case 'requests': return { category: String(row.categoryCode) };
    case 'halls': return { point: String(row.hallCode) };
  }
}
