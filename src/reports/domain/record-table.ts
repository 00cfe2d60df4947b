import { zonedIso } from '../../calendar/domain/iso-date';
import { maskName, maskPhone } from '../../cases/domain/masking';
import { hoursBetween } from '../../requests/domain/request-light';
import { REQUEST_SOURCE_LABELS, type RequestSource } from '../../requests/domain/request-views';
import type { ClerkRef } from './window-report';
import { RECORD_LIMIT } from './record-query';
import type { ReportColumn, ReportTable } from './report-table';
import type { ReportKind } from './report-query';

/**
 * Drill-down (明细): the tickets, cases and requests behind a report row, as the API lists them and as one table
 * layout (the ReportTable of report-table.ts) for the screen, the CSV and the XLSX. Residents appear masked: a
 * phone as 138****8000, a name as 张*, never an ID number. Times are hall-local ISO. Pure.
 */

const MINUTE = 60_000;
const round1 = (n: number) => Math.round(n * 10) / 10;
const iso = (ms: number | null, tz: string) => (ms === null ? null : zonedIso(ms, tz));

// ---- tickets (windows; halls) ----

/** A closed visit as the database lists it (epoch ms). */
export interface TicketFact {
  id: number;
  number: string;
  businessDate: string;
  hallCode: string;
  queueName: string | null;
  /** The item of the case taken in on this ticket, if any. */
  itemName: string | null;
  phone: string | null;
  status: string;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  windowNumber: number | null;
  clerkId: number | null;
}

export interface TicketRecord {
  ticketId: number;
  number: string;
  businessDate: string;
  hallCode: string;
  /** The case's item when a case was taken in on the ticket, else the queue's name. */
  itemName: string;
  phone: string | null;
  issuedAt: string;
  calledAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** Issue → call as the report counts it (negative gaps as 0); null if never called. */
  waitMinutes: number | null;
  /** Start → finish of a served visit; null for a no-show or a visit never started. */
  serviceMinutes: number | null;
  status: 'done' | 'no_show';
  statusName: '办结' | '过号';
  windowNumber: number | null;
  windowName: string | null;
  clerk: ClerkRef | null;
  /** The resident's rating of the visit, whenever it was given. */
  rating: { score: number; at: string } | null;
}

export function ticketRecord(
  f: TicketFact,
  ctx: { timeZone: string; windows: ReadonlyMap<number, string>; clerks: ReadonlyMap<number, ClerkRef>; ratings: ReadonlyMap<number, { score: number; at: number }> },
): TicketRecord {
  const done = f.status === 'done';
  const rating = ctx.ratings.get(f.id);
  return {
    ticketId: f.id,
    number: f.number,
    businessDate: f.businessDate,
    hallCode: f.hallCode,
    itemName: f.itemName ?? f.queueName ?? '',
    phone: f.phone ? maskPhone(f.phone) : null,
    issuedAt: zonedIso(f.issuedAt, ctx.timeZone),
    calledAt: iso(f.calledAt, ctx.timeZone),
    startedAt: iso(f.startedAt, ctx.timeZone),
    finishedAt: iso(f.finishedAt, ctx.timeZone),
    waitMinutes: f.calledAt === null ? null : round1(Math.max(0, f.calledAt - f.issuedAt) / MINUTE),
    serviceMinutes: done && f.startedAt !== null && f.finishedAt !== null ? round1(Math.max(0, f.finishedAt - f.startedAt) / MINUTE) : null,
    status: done ? 'done' : 'no_show',
    statusName: done ? '办结' : '过号',
    windowNumber: f.windowNumber,
    windowName: f.windowNumber === null ? null : ctx.windows.get(f.windowNumber) ?? `${f.windowNumber}号窗口`,
    clerk: f.clerkId === null ? null : ctx.clerks.get(f.clerkId) ?? { id: f.clerkId, username: `#${f.clerkId}`, displayName: `#${f.clerkId}` },
    rating: rating ? { score: rating.score, at: zonedIso(rating.at, ctx.timeZone) } : null,
  };
}

// ---- cases (departments, items) ----

/** A decided case as the database lists it. */
export interface CaseFact {
  id: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  receivedAt: number;
  decidedAt: number;
  workingDaysTaken: number | null;
  decidedOnTime: boolean | null;
  visits: number;
  /** Any department denied it (or it stands decided_denied). */
  denied: boolean;
  departmentCodes: readonly string[];
}

export interface CaseRecord {
  caseId: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  departments: string;
  /** Masked: 张*. */
  applicantName: string;
  receivedAt: string;
  decidedAt: string;
  /** 承诺件 only; null for 即办件. */
  workingDaysTaken: number | null;
  onTime: boolean | null;
  visits: number;
  outcome: 'approved' | 'denied';
  outcomeName: '准予' | '不予批准';
}

export function caseRecord(f: CaseFact, ctx: { timeZone: string; departmentNames: ReadonlyMap<string, string> }): CaseRecord {
  return {
    caseId: f.id,
    caseNumber: f.caseNumber,
    itemCode: f.itemCode,
    itemName: f.itemName,
    departments: f.departmentCodes.map((d) => ctx.departmentNames.get(d) ?? d).join('、'),
    applicantName: maskName(f.applicantName),
    receivedAt: zonedIso(f.receivedAt, ctx.timeZone),
    decidedAt: zonedIso(f.decidedAt, ctx.timeZone),
    workingDaysTaken: f.workingDaysTaken,
    onTime: f.decidedOnTime,
    visits: f.visits,
    outcome: f.denied ? 'denied' : 'approved',
    outcomeName: f.denied ? '不予批准' : '准予',
  };
}

// ---- requests ----

export interface RequestRecordFact {
  id: number;
  requestNumber: string;
  categoryCode: string;
  categoryName: string;
  source: string;
  reportedAt: number;
  dueAt: number;
  repliedAt: number | null;
}

export interface RequestRecord {
  requestId: number;
  requestNumber: string;
  categoryCode: string;
  categoryName: string;
  source: string;
  sourceName: string;
  reportedAt: string;
  dueAt: string;
  repliedAt: string | null;
  /** One decimal; null while unanswered. */
  hoursToReply: number | null;
  /** As the report counts it: replied by dueAt; false once past due unanswered; null while still inside its time. */
  withinLimit: boolean | null;
}

export function requestRecord(f: RequestRecordFact, ctx: { timeZone: string; now: number }): RequestRecord {
  return {
    requestId: f.id,
    requestNumber: f.requestNumber,
    categoryCode: f.categoryCode,
    categoryName: f.categoryName,
    source: f.source,
    sourceName: REQUEST_SOURCE_LABELS[f.source as RequestSource] ?? f.source,
    reportedAt: zonedIso(f.reportedAt, ctx.timeZone),
    dueAt: zonedIso(f.dueAt, ctx.timeZone),
    repliedAt: iso(f.repliedAt, ctx.timeZone),
    hoursToReply: f.repliedAt === null ? null : round1(hoursBetween(f.reportedAt, f.repliedAt)),
    withinLimit: f.repliedAt !== null ? f.repliedAt <= f.dueAt : ctx.now > f.dueAt ? false : null,
  };
}

// ---- the list and its table ----

export interface RecordList<R = unknown> {
  kind: ReportKind;
  title: string;
  hall: { code: string; name: string };
  from: string;
  to: string;
  /** The filters applied (the report row's key). */
  filter: Record<string, string | number>;
  /** Every record matching; `rows` holds the newest RECORD_LIMIT of them. */
  total: number;
  truncated: boolean;
  limit: number;
  rows: R[];
}

/** "2026-11-30T09:10:00+08:00" → "2026-11-30 09:10", as a spreadsheet user reads it. */
export const localTime = (value: string | null): string | null => (value === null ? null : value.slice(0, 16).replace('T', ' '));
const yesNo = (v: boolean | null): string | null => (v === null ? null : v ? '是' : '否');

type NoTotals = never;
const TICKET_COLUMNS: ReportColumn<TicketRecord, NoTotals>[] = [
  { header: '票号', format: 'text', value: (r) => r.number },
  { header: '业务日期', format: 'text', value: (r) => r.businessDate },
  { header: '事项/业务', format: 'text', value: (r) => r.itemName },
  { header: '手机(脱敏)', format: 'text', value: (r) => r.phone },
  { header: '取号时间', format: 'text', value: (r) => localTime(r.issuedAt) },
  { header: '叫号时间', format: 'text', value: (r) => localTime(r.calledAt) },
  { header: '开始办理', format: 'text', value: (r) => localTime(r.startedAt) },
  { header: '结束时间', format: 'text', value: (r) => localTime(r.finishedAt) },
  { header: '等候(分钟)', format: 'decimal1', value: (r) => r.waitMinutes },
  { header: '办理(分钟)', format: 'decimal1', value: (r) => r.serviceMinutes },
  { header: '状态', format: 'text', value: (r) => r.statusName },
  { header: '窗口', format: 'text', value: (r) => r.windowName },
  { header: '工作人员', format: 'text', value: (r) => r.clerk?.displayName ?? null },
  { header: '评分', format: 'int', value: (r) => r.rating?.score ?? null },
];

const CASE_COLUMNS: ReportColumn<CaseRecord, NoTotals>[] = [
  { header: '办件编号', format: 'text', value: (r) => r.caseNumber },
  { header: '事项', format: 'text', value: (r) => r.itemName },
  { header: '承办部门', format: 'text', value: (r) => r.departments },
  { header: '申请人(脱敏)', format: 'text', value: (r) => r.applicantName },
  { header: '受理时间', format: 'text', value: (r) => localTime(r.receivedAt) },
  { header: '办结时间', format: 'text', value: (r) => localTime(r.decidedAt) },
  { header: '用时(工作日)', format: 'int', value: (r) => r.workingDaysTaken },
  { header: '按时办结', format: 'text', value: (r) => yesNo(r.onTime) },
  { header: '跑动次数', format: 'int', value: (r) => r.visits },
  { header: '结果', format: 'text', value: (r) => r.outcomeName },
];

const REQUEST_COLUMNS: ReportColumn<RequestRecord, NoTotals>[] = [
  { header: '诉求编号', format: 'text', value: (r) => r.requestNumber },
  { header: '诉求类别', format: 'text', value: (r) => r.categoryName },
  { header: '来源', format: 'text', value: (r) => r.sourceName },
  { header: '受理时间', format: 'text', value: (r) => localTime(r.reportedAt) },
  { header: '答复时间', format: 'text', value: (r) => localTime(r.repliedAt) },
  { header: '回复用时(小时)', format: 'decimal1', value: (r) => r.hoursToReply },
  { header: '按时回复', format: 'text', value: (r) => (r.withinLimit === null ? '未到期' : yesNo(r.withinLimit)) },
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one layout per kind, each typed above
const LAYOUTS: Record<ReportKind, { title: string; columns: ReportColumn<any, NoTotals>[] }> = {
  windows: { title: '窗口与人员明细', columns: TICKET_COLUMNS },
  departments: { title: '部门办件明细', columns: CASE_COLUMNS },
  items: { title: '事项办件明细', columns: CASE_COLUMNS },
  requests: { title: '诉求明细', columns: REQUEST_COLUMNS },
  halls: { title: '中心与服务点取号明细', columns: TICKET_COLUMNS },
};

export const RECORD_TITLES: Record<ReportKind, string> = Object.fromEntries(Object.entries(LAYOUTS).map(([k, v]) => [k, v.title])) as Record<ReportKind, string>;

/** The count line closing the table (and the export): 共 N 条, saying when only the newest are listed. */
export function recordCountText(list: Pick<RecordList, 'total' | 'truncated' | 'limit'>): string {
  return list.truncated ? `共 ${list.total} 条，仅列出最新 ${list.limit} 条` : `共 ${list.total} 条`;
}

export function recordTable(kind: ReportKind, list: Pick<RecordList, 'rows' | 'total' | 'truncated' | 'limit'>): ReportTable {
  const { title, columns } = LAYOUTS[kind];
  return {
    title,
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => c.format),
    rows: list.rows.map((row) => columns.map((c) => c.value(row))),
    totals: columns.map((_, i) => (i === 0 ? recordCountText(list) : null)),
  };
}

export { RECORD_LIMIT };
