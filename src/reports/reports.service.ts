import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { staffRefs } from '../auth/user.store';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, startOfDayInZone, zonedIso } from '../calendar/domain/iso-date';
import { decidedCaseFacts } from '../cases/case-report-reads';
import { filesAsAgent, residentVisits } from '../cases/domain/point-agent';
import { CatalogService } from '../catalog/catalog.service';
import { ratingRows, rectificationRows, windowRatingSums } from '../evaluations/rating-rows';
import { HallsService } from '../halls/halls.service';
import { windowVisitSums } from '../queue/ticket-report-reads';
import { SupervisionScope } from '../supervision/supervision-scope';
import { departmentReport } from './domain/department-report';
import { mayReadDepartments, reportAccess, ReportAccess } from './domain/report-access';
import { parseReportRange, REPORT_TITLES, ReportKind } from './domain/report-query';
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

interface Period {
  hallCode: string;
  timeZone: string;
  today: string;
  from: string;
  to: string;
  fromMs: number;
  toMs: number;
}

/** 考核 reports: the database sums or lists the facts, the pure report functions (domain/) compute the figures. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
    private readonly halls: HallsService,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
  ) {}

  async report(kind: ReportKind, query: ReportQueryDto, user: AuthUser): Promise<Report> {
    const access = reportAccess(user, kind);
    const hall = await this.scope.hall(query.hall ?? user.hallCodes[0]);
    const { from, to } = parseReportRange(query, hall.today);
    const period: Period = {
      hallCode: hall.code, timeZone: hall.timeZone, today: hall.today, from, to,
      fromMs: startOfDayInZone(from, hall.timeZone), toMs: startOfDayInZone(addDays(to, 1), hall.timeZone),
    };
    const body = kind === 'windows' ? await this.windows(period) : await this.departments(period, access);
    return { kind, title: REPORT_TITLES[kind], hall: { code: hall.code, name: hall.name }, from, to, generatedAt: zonedIso(hall.now, hall.timeZone), ...body };
  }

  private async windows(p: Period) {
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

  private async departments(p: Period, access: ReportAccess) {
    const m = this.db.manager;
    const [facts, ratings, rectifications, departments] = await Promise.all([
      decidedCaseFacts(m, p.hallCode, p.fromMs, p.toMs),
      ratingRows(m, p.hallCode, p.fromMs, p.toMs),
      rectificationRows(m, p.hallCode, p.fromMs, p.toMs),
      this.catalog.departments(),
    ]);
    const agents = await staffRefs(m, facts.map((c) => c.createdBy));
    const filedByAgent = (id: number) => { const u = agents.get(id); return !!u && filesAsAgent(u); };
    const visible = <T extends { departmentCodes: readonly string[] }>(rows: readonly T[]) => rows.filter((r) => mayReadDepartments(access, r.departmentCodes));
    const cases = visible(facts).map((c) => ({
      ...c, visitsRequired: 1, visits: residentVisits(c.visitEvents, filedByAgent(c.createdBy)),
    }));
    return departmentReport({
      departments: departments.filter((d) => mayReadDepartments(access, [d.code])).map((d) => ({ code: d.code, name: d.name })),
      cases, ratings: visible(ratings), rectifications: visible(rectifications),
      calendar: this.calendar.calendar(), timeZone: p.timeZone, today: p.today,
    });
  }
}
