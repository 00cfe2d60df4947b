import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { staffRefs } from '../auth/user.store';
import { decidedCaseFacts, itemNamesOfTickets } from '../cases/case-report-reads';
import { CatalogService } from '../catalog/catalog.service';
import { DomainError } from '../common/domain-error';
import { ticketRatings } from '../evaluations/rating-rows';
import { HallsService } from '../halls/halls.service';
import { ticketRecordFacts } from '../queue/ticket-report-reads';
import { requestRecordFacts } from '../requests/request-store';
import { SupervisionScope } from '../supervision/supervision-scope';
import { parseRecordFilter, RECORD_LIMIT, RecordErrorCode, type RawRecordFilter, type RecordFilter } from './domain/record-query';
import { caseRecord, RECORD_TITLES, requestRecord, ticketRecord, type RecordList } from './domain/record-table';
import { mayReadDepartments, REPORT_FORBIDDEN, reportAccess, type ReportAccess } from './domain/report-access';
import { parseReportRange, reportPeriod, type ReportKind, type ReportPeriod } from './domain/report-query';

/**
 * Drill-down (明细): the tickets, cases or requests behind a report row, read with the same period, hall and
 * conditions as the report's figures (so the list agrees with them) and the same rights (reportAccess).
 */
@Injectable()
export class ReportRecordsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
    private readonly halls: HallsService,
    private readonly catalog: CatalogService,
  ) {}

  async records(kind: ReportKind, query: { hall?: string; from?: string; to?: string } & RawRecordFilter, user: AuthUser): Promise<RecordList> {
    const access = reportAccess(user, kind);
    const filter = parseRecordFilter(kind, query);
    const hall = await this.scope.hall(query.hall ?? user.hallCodes[0]);
    const { from, to } = parseReportRange(query, hall.today);
    const p = reportPeriod(hall, { from, to });
    const { total, rows } = await this.body(kind, p, filter, access);
    return {
      kind, title: RECORD_TITLES[kind], hall: { code: hall.code, name: hall.name }, from, to,
      filter: { ...filter }, total, truncated: total > rows.length, limit: RECORD_LIMIT, rows,
    };
  }

  private body(kind: ReportKind, p: ReportPeriod, filter: RecordFilter, access: ReportAccess): Promise<{ total: number; rows: unknown[] }> {
    switch (kind) {
      case 'windows': return this.tickets(p, { hallCode: p.hallCode, windowNumber: filter.window, clerkId: filter.clerk, atWindowsOnly: true });
      case 'halls': return this.points(p, filter);
      case 'departments': return this.departmentCases(p, filter, access);
      case 'items': return this.itemCases(p, filter, access);
      case 'requests': return this.requests(p, filter);
    }
  }

  /** The hall report's rows are the centre and its points: a point's visits, or the centre's own by default. */
  private async points(p: ReportPeriod, filter: RecordFilter) {
    const code = filter.point ?? p.hallCode;
    const known = (await this.halls.listHalls()).some((h) => h.code === code && (h.code === p.hallCode || h.parentHall === p.hallCode));
    if (!known) throw DomainError.badRequest(RecordErrorCode.INVALID_FILTER, `${code} 不是 ${p.hallCode} 或其便民服务点`, { filter: 'point', value: code });
    return this.tickets(p, { hallCode: code, atWindowsOnly: false });
  }

  private async tickets(p: ReportPeriod, q: { hallCode: string; windowNumber?: number; clerkId?: number; atWindowsOnly: boolean }) {
    const m = this.db.manager;
    const { total, rows } = await ticketRecordFacts(m, { ...q, fromDate: p.from, toDate: p.to }, RECORD_LIMIT);
    const ids = rows.map((r) => r.id);
    const [itemNames, ratings, windows, staff] = await Promise.all([
      itemNamesOfTickets(m, ids),
      ticketRatings(m, ids),
      this.halls.listWindows(q.hallCode),
      staffRefs(m, rows.flatMap((r) => (r.clerkId === null ? [] : [r.clerkId]))),
    ]);
    const clerks = new Map([...staff.values()].map(({ id, username, displayName }) => [id, { id, username, displayName }]));
    const ctx = { timeZone: p.timeZone, windows: new Map(windows.map((w) => [w.number, w.name])), clerks, ratings };
    return { total, rows: rows.map((r) => ticketRecord({ ...r, itemName: itemNames.get(r.id) ?? null }, ctx)) };
  }

  /** A department's cases as its report row counts them (any task of the department); a head only their own. */
  private async departmentCases(p: ReportPeriod, filter: RecordFilter, access: ReportAccess) {
    if (filter.department && !mayReadDepartments(access, [filter.department])) throw forbidden();
    const departmentCodes = filter.department ? [filter.department] : access.all ? undefined : access.departmentCodes;
    return this.cases(p, { departmentCodes });
  }

  /** An item's cases; a head reads the items of their departments (as the item report shows them). */
  private async itemCases(p: ReportPeriod, filter: RecordFilter, access: ReportAccess) {
    if (access.all) return this.cases(p, { itemCodes: filter.item ? [filter.item] : undefined });
    const items = await this.catalog.listItems({ includeInactive: true });
    const readable = items.filter((d) => mayReadDepartments(access, d.departmentCodes)).map((d) => d.item.code);
    if (filter.item && !readable.includes(filter.item)) throw forbidden();
    return this.cases(p, { itemCodes: filter.item ? [filter.item] : readable });
  }

  private async cases(p: ReportPeriod, q: { departmentCodes?: readonly string[]; itemCodes?: readonly string[] }) {
    const [{ total, rows }, departmentNames] = await Promise.all([
      decidedCaseFacts(this.db.manager, { hallCode: p.hallCode, fromMs: p.fromMs, toMs: p.toMs, ...q }, RECORD_LIMIT),
      this.catalog.departmentNames(),
    ]);
    return { total, rows: rows.map((r) => caseRecord(r, { timeZone: p.timeZone, departmentNames })) };
  }

  private async requests(p: ReportPeriod, filter: RecordFilter) {
    const { total, rows } = await requestRecordFacts(this.db.manager, { hallCode: p.hallCode, fromMs: p.fromMs, toMs: p.toMs, categoryCode: filter.category }, RECORD_LIMIT);
    return { total, rows: rows.map((r) => requestRecord(r, { timeZone: p.timeZone, now: p.now })) };
  }
}

const forbidden = () => DomainError.forbidden(REPORT_FORBIDDEN, '部门负责人只能查看本部门的明细');
