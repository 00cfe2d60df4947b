import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { staffRefs } from '../auth/user.store';
import { zonedIso } from '../calendar/domain/iso-date';
import { caseSumsByHall, decidedCaseSums } from '../cases/case-report-reads';
import { CatalogService } from '../catalog/catalog.service';
import { departmentRatingRows, rectificationRows, windowRatingSums } from '../evaluations/rating-rows';
import { HallsService } from '../halls/halls.service';
import type { RequestFigure } from '../requests/domain/request-figures';
import { RequestQueryService } from '../requests/request-query.service';
import { hallVisitSums, windowVisitSums } from '../queue/ticket-report-reads';
import { requestCountsByHall } from '../requests/request-store';
import { SupervisionScope } from '../supervision/supervision-scope';
import { departmentReport, NO_CASES } from './domain/department-report';
import { hallReport } from './domain/hall-report';
import { itemReport } from './domain/item-report';
import { mayReadDepartments, reportAccess, ReportAccess } from './domain/report-access';
import { parseReportRange, REPORT_TITLES, ReportKind, reportPeriod, type ReportPeriod } from './domain/report-query';
import { windowReport } from './domain/window-report';
import { ReportQueryDto } from './dto/report-query.dto';

export interface Report {
  kind: ReportKind;
  title: string;
  hall: { code: string; name: string };
  from: string;
  to: string;
  generatedAt: string;
  rows: unknown[];
  totals: unknown;
}

/** 考核 reports: the database sums or lists the facts, the pure report functions (domain/) compute the figures. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
    private readonly halls: HallsService,
    private readonly catalog: CatalogService,
    private readonly requestFigures: RequestQueryService,
  ) {}

  async report(kind: ReportKind, query: ReportQueryDto, user: AuthUser): Promise<Report> {
    const access = reportAccess(user, kind);
    const hall = await this.scope.hall(query.hall ?? user.hallCodes[0]);
    const { from, to } = parseReportRange(query, hall.today);
    const period = reportPeriod(hall, { from, to });
    const body = await this.body(kind, period, access, user);
    return { kind, title: REPORT_TITLES[kind], hall: { code: hall.code, name: hall.name }, from, to, generatedAt: zonedIso(hall.now, hall.timeZone), ...body };
  }

  private body(kind: ReportKind, p: ReportPeriod, access: ReportAccess, user: AuthUser) {
    switch (kind) {
      case 'windows': return this.windows(p);
      case 'departments': return this.departments(p, access);
      case 'items': return this.items(p, access);
      case 'requests': return this.requests(p, user);
      case 'halls': return this.hallsReport(p);
    }
  }

  private async requests(p: ReportPeriod, user: AuthUser) {
    const { rows, total } = await this.requestFigures.figuresWithTotal(user, { hall: p.hallCode, from: p.from, to: p.to });
    const figure = (f: RequestFigure | null) => ({
      count: f?.count ?? 0, medianHoursToReply: f?.medianHoursToReply ?? null, p90HoursToReply: f?.p90HoursToReply ?? null, withinLimitShare: f?.withinLimitShare ?? null,
    });
    return { rows: rows.map((f) => ({ categoryCode: f.key, categoryName: f.name, ...figure(f) })), totals: figure(total) };
  }

  /** The centre and its community points (a point reports itself alone). */
  private async hallsReport(p: ReportPeriod) {
    const m = this.db.manager;
    const halls = (await this.halls.listHalls()).filter((h) => h.code === p.hallCode || h.parentHall === p.hallCode)
      .sort((a, b) => (a.code === p.hallCode ? -1 : b.code === p.hallCode ? 1 : a.code.localeCompare(b.code)));
    const codes = halls.map((h) => h.code);
    const [tickets, cases, requests] = await Promise.all([
      hallVisitSums(m, codes, p.from, p.to),
      caseSumsByHall(m, codes, p.fromMs, p.toMs),
      requestCountsByHall(m, codes, p.fromMs, p.toMs),
    ]);
    return hallReport({ halls: halls.map((h) => ({ code: h.code, name: h.name, kind: h.kind })), tickets, received: cases.received, decided: cases.decided, requests });
  }

  private async windows(p: ReportPeriod) {
    const m = this.db.manager;
    const [visits, ratings, windows] = await Promise.all([
      windowVisitSums(m, p.hallCode, p.from, p.to),
      windowRatingSums(m, p.hallCode, p.fromMs, p.toMs),
      this.halls.listWindows(p.hallCode),
    ]);
    const staff = await staffRefs(m, [...visits, ...ratings].map((r) => r.clerkId));
    const clerks = new Map([...staff.values()].map(({ id, username, displayName }) => [id, { id, username, displayName }]));
    return windowReport(visits, ratings, { windows: new Map(windows.map((w) => [w.number, w.name])), clerks });
  }

  private async items(p: ReportPeriod, access: ReportAccess) {
    const m = this.db.manager;
    const [cases, ratings, items, departmentNames] = await Promise.all([
      decidedCaseSums(m, p.hallCode, p.fromMs, p.toMs),
      departmentRatingRows(m, p.hallCode, p.fromMs, p.toMs),
      this.catalog.listItems({ includeInactive: true }),
      this.catalog.departmentNames(),
    ]);
    return itemReport({
      catalogue: new Map(items.map((d) => [d.item.code, { name: d.item.name, departmentCodes: d.departmentCodes }])),
      departmentNames, cases: cases.byItem, ratings,
      include: access.all ? undefined : (codes) => mayReadDepartments(access, codes),
    });
  }

  private async departments(p: ReportPeriod, access: ReportAccess) {
    const { rows, totals } = await this.departmentFigures(p, access);
    return { rows, totals };
  }

  /** The department report with the rectifications it counted (the 考核 ranking scores their on-time share). */
  async departmentFigures(p: ReportPeriod, access: ReportAccess) {
    const m = this.db.manager;
    const [cases, ratings, rectifications, departments] = await Promise.all([
      decidedCaseSums(m, p.hallCode, p.fromMs, p.toMs),
      departmentRatingRows(m, p.hallCode, p.fromMs, p.toMs),
      rectificationRows(m, p.hallCode, p.fromMs, p.toMs),
      this.catalog.departments(),
    ]);
    const visible = <T extends { departmentCodes: readonly string[] }>(rows: readonly T[]) => rows.filter((r) => mayReadDepartments(access, r.departmentCodes));
    const shown = departments.filter((d) => mayReadDepartments(access, [d.code]));
    // a head's totals are their department's row (one department) — never the centre's
    const totalCases = access.all ? cases.total : (shown.length === 1 ? cases.byDepartment.get(shown[0].code) : undefined) ?? NO_CASES;
    const shownRectifications = visible(rectifications);
    const report = departmentReport({
      departments: shown.map((d) => ({ code: d.code, name: d.name })),
      cases: cases.byDepartment, totalCases, ratings: visible(ratings), rectifications: shownRectifications,
      timeZone: p.timeZone, today: p.today,
    });
    return { ...report, rectifications: shownRectifications };
  }
}
