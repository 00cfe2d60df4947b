import { addDays, isValidIsoDate, startOfDayInZone } from '../../calendar/domain/iso-date';
import { AuditKind, AuditSubjectType, isAuditKind, isAuditSubjectType } from './audit-entry';

/** Error codes of the audit log (pure, so the page can name them). */
export const AuditErrorCode = {
  /** 400: `kind` is not admin or personal_data. */
  INVALID_AUDIT_KIND: 'INVALID_AUDIT_KIND',
  /** 400: `from`/`to` are not dates (YYYY-MM-DD) or ISO-8601 times with an offset, or `from` is after `to`. */
  INVALID_AUDIT_RANGE: 'INVALID_AUDIT_RANGE',
  /** 400: `limit`, `offset`, `actorId` or `subjectType` is malformed. */
  INVALID_AUDIT_QUERY: 'INVALID_AUDIT_QUERY',
} as const;

export const AUDIT_DEFAULT_LIMIT = 100;
export const AUDIT_MAX_LIMIT = 1000;

/** What the log is filtered by; every field optional. Times are epoch ms, `to` exclusive. */
export interface AuditFilter {
  kind?: AuditKind;
  from?: number;
  to?: number;
  actorId?: number;
  subjectType?: AuditSubjectType;
  subjectId?: string;
  limit: number;
  offset: number;
}

export interface AuditQueryProblem {
  code: (typeof AuditErrorCode)[keyof typeof AuditErrorCode];
  message: string;
}

export type RawAuditQuery = Partial<Record<'kind' | 'from' | 'to' | 'actorId' | 'subjectType' | 'subjectId' | 'limit' | 'offset', unknown>>;

const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date is the whole day in `timeZone` (`from` its first instant, `to` the first instant of the next day); a time is that instant. */
function instant(value: string, end: boolean, timeZone: string): number | null {
  const day = value.slice(0, 10);
  if (isValidIsoDate(value)) return startOfDayInZone(end ? addDays(value, 1) : value, timeZone);
  // Date.parse would roll 2026-02-30T10:00Z over to March 2nd: the date part must be a real date
  if (!TIME.test(value) || !isValidIsoDate(day)) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

function wholeNumber(value: unknown, min: number, max: number): number | null {
  if (typeof value !== 'string' || !/^\d{1,12}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

const present = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Reads `GET /api/v1/audit`'s query: `kind`, `from`, `to` (dates in `timeZone`, whole days, both inclusive,
 * or ISO-8601 times with an offset), `actorId`, `subjectType`, `subjectId`, `limit` (1–1000, default 100),
 * `offset`. A repeated parameter is malformed.
 */
export function parseAuditQuery(raw: RawAuditQuery, timeZone: string): { filter: AuditFilter } | { problem: AuditQueryProblem } {
  const bad = (code: AuditQueryProblem['code'], message: string) => ({ problem: { code, message } });
  const filter: AuditFilter = { limit: AUDIT_DEFAULT_LIMIT, offset: 0 };
  if (raw.kind !== undefined && raw.kind !== '') {
    if (!isAuditKind(raw.kind)) return bad(AuditErrorCode.INVALID_AUDIT_KIND, 'kind 只能是 admin 或 personal_data');
    filter.kind = raw.kind;
  }
  for (const side of ['from', 'to'] as const) {
    const value = raw[side];
    if (value === undefined || value === '') continue;
    const at = typeof value === 'string' ? instant(value, side === 'to', timeZone) : null;
    if (at === null) return bad(AuditErrorCode.INVALID_AUDIT_RANGE, `${side} 须为日期（YYYY-MM-DD）或带时区的 ISO-8601 时间`);
    filter[side] = at;
  }
  if (filter.from !== undefined && filter.to !== undefined && filter.from >= filter.to) {
    return bad(AuditErrorCode.INVALID_AUDIT_RANGE, 'from 须早于 to');
  }
  if (raw.actorId !== undefined && raw.actorId !== '') {
    const id = wholeNumber(raw.actorId, 1, Number.MAX_SAFE_INTEGER);
    if (id === null) return bad(AuditErrorCode.INVALID_AUDIT_QUERY, 'actorId 须为账号编号');
    filter.actorId = id;
  }
  if (raw.subjectType !== undefined && raw.subjectType !== '') {
    if (!isAuditSubjectType(raw.subjectType)) return bad(AuditErrorCode.INVALID_AUDIT_QUERY, 'subjectType 不是已知的对象类型');
    filter.subjectType = raw.subjectType;
  }
  if (raw.subjectId !== undefined && raw.subjectId !== '') {
    if (!present(raw.subjectId) || raw.subjectId.length > 64) return bad(AuditErrorCode.INVALID_AUDIT_QUERY, 'subjectId 格式不正确');
    filter.subjectId = raw.subjectId;
  }
  if (raw.limit !== undefined && raw.limit !== '') {
    const limit = wholeNumber(raw.limit, 1, AUDIT_MAX_LIMIT);
    if (limit === null) return bad(AuditErrorCode.INVALID_AUDIT_QUERY, `limit 须为 1–${AUDIT_MAX_LIMIT} 的整数`);
    filter.limit = limit;
  }
  if (raw.offset !== undefined && raw.offset !== '') {
    const offset = wholeNumber(raw.offset, 0, 1_000_000_000);
    if (offset === null) return bad(AuditErrorCode.INVALID_AUDIT_QUERY, 'offset 须为非负整数');
    filter.offset = offset;
  }
  return { filter };
}
