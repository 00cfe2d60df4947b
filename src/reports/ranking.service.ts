import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import type { AuthUser } from '../auth/domain/auth-user';
import { staffRefs } from '../auth/user.store';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { windowRatingSums } from '../evaluations/rating-rows';
import { windowVisitSums } from '../queue/ticket-report-reads';
import { RequestQueryService } from '../requests/request-query.service';
import { SupervisionScope } from '../supervision/supervision-scope';
import {
  ComponentDefinition, DEFAULT_DEPARTMENT_WEIGHTS, DEFAULT_STAFF_WEIGHTS, DEPARTMENT_COMPONENTS, DepartmentComponent, rankSubjects,
  STAFF_COMPONENTS, StaffComponent, Weights, weightsProblem,
} from './domain/ranking';
import { departmentSubjects, staffSubjects } from './domain/ranking-subjects';
import { reportAccess } from './domain/report-access';
import { parseMonth, ReportErrorCode, reportPeriod } from './domain/report-query';
import { ReportWeight } from './report-weight.entity';
import { ReportsService } from './reports.service';

export type WeightTarget = 'staff' | 'department';

export interface RankingWeights {
  staff: Weights<StaffComponent>;
  departments: Weights<DepartmentComponent>;
}

const TARGETS: Record<keyof RankingWeights, { target: WeightTarget; definitions: readonly ComponentDefinition[]; defaults: Record<string, number> }> = {
  staff: { target: 'staff', definitions: STAFF_COMPONENTS, defaults: DEFAULT_STAFF_WEIGHTS },
  departments: { target: 'department', definitions: DEPARTMENT_COMPONENTS, defaults: DEFAULT_DEPARTMENT_WEIGHTS },
};

/** 考核排名: the month's staff and departments ranked by the weighted score of their report figures; weights set by an admin. */
@Injectable()
export class RankingService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly scope: SupervisionScope,
    private readonly reports: ReportsService,
    private readonly requestFigures: RequestQueryService,
    private readonly clock: Clock,
  ) {}

  async ranking(query: { hall?: string; month?: string }, user: AuthUser) {
    const hall = await this.scope.hall(query.hall ?? user.hallCodes[0]);
    const { month, from, to } = parseMonth(query.month, hall.today);
    const period = reportPeriod(hall, { from, to });
    const [weights, sums, departmentFigures, requestFigures] = await Promise.all([
      this.weights(),
      this.tx.read(async (m) => {
        const [visits, ratings] = await Promise.all([windowVisitSums(m, hall.code, from, to), windowRatingSums(m, hall.code, period.fromMs, period.toMs)]);
        const clerks = await staffRefs(m, [...visits, ...ratings].map((r) => r.clerkId));
        return { visits, ratings, clerks };
      }),
      this.reports.departmentFigures(period, reportAccess(user, 'departments')),
      this.requestFigures.figures(user, { hall: hall.code, from, to, by: 'department' }),
    ]);
    const rows = departmentFigures.rows;
    const departmentNames = new Map(rows.map((r) => [r.departmentCode, r.departmentName]));
    const requestShares = new Map(requestFigures.map((f) => [f.key, f.withinLimitShare]));
    const staff = rankSubjects(staffSubjects(sums.visits, sums.ratings), STAFF_COMPONENTS, weights.staff).map(({ id, ...ranked }) => {
      const clerk = sums.clerks.get(Number(id));
      return { rank: ranked.rank, userId: Number(id), username: clerk?.username ?? `#${id}`, displayName: clerk?.displayName ?? `#${id}`, score: ranked.score, components: ranked.components };
    });
    const departmentSubjectList = departmentSubjects(rows, { rectifications: departmentFigures.rectifications, timeZone: hall.timeZone, today: hall.today }, requestShares);
    const departments = rankSubjects(departmentSubjectList, DEPARTMENT_COMPONENTS, weights.departments).map(({ id, ...ranked }) => ({
      rank: ranked.rank, departmentCode: id, departmentName: departmentNames.get(id) ?? id, score: ranked.score, components: ranked.components,
    }));
    return { month, hall: { code: hall.code, name: hall.name }, from, to, weights, staff, departments };
  }

  /** The weights in force: an admin's where set, else the defaults. */
  async weights(): Promise<RankingWeights> {
    const rows = await this.tx.read((m) => m.find(ReportWeight));
    return {
      staff: this.weightsOf(rows, 'staff') as Weights<StaffComponent>,
      departments: this.weightsOf(rows, 'departments') as Weights<DepartmentComponent>,
    };
  }

  /** Both lists as the admin page shows them: each component with its label, kind and weight. */
  async weightSettings() {
    const weights = await this.weights();
    const list = (key: keyof RankingWeights) => TARGETS[key].definitions.map((d) => ({ ...d, weight: (weights[key] as Record<string, number>)[d.key], defaultWeight: TARGETS[key].defaults[d.key] }));
    return { staff: list('staff'), departments: list('departments') };
  }

  /** PUT: the whole set of one or both targets; every weight checked before anything is written; audited. */
  async setWeights(input: Partial<Record<keyof RankingWeights, Record<string, unknown>>>, actor: AuditActor) {
    const given = (Object.keys(TARGETS) as (keyof RankingWeights)[]).filter((k) => input[k] !== undefined);
    if (given.length === 0) throw DomainError.badRequest(ReportErrorCode.INVALID_WEIGHTS, '请提供 staff 或 departments 的权重');
    for (const key of given) {
      const problem = weightsProblem(TARGETS[key].definitions, input[key]!);
      if (problem) throw DomainError.badRequest(ReportErrorCode.INVALID_WEIGHTS, problem, { target: key });
    }
    await this.tx.run(async (m) => {
      const rows = await m.find(ReportWeight);
      for (const key of given) await this.write(m, rows, key, input[key] as Record<string, number>, actor);
    });
    return this.weightSettings();
  }

  private weightsOf(rows: readonly ReportWeight[], key: keyof RankingWeights): Record<string, number> {
    const { target, definitions, defaults } = TARGETS[key];
    return Object.fromEntries(definitions.map((d) => [d.key, rows.find((r) => r.target === target && r.component === d.key)?.weight ?? defaults[d.key]]));
  }

  private async write(m: EntityManager, rows: readonly ReportWeight[], key: keyof RankingWeights, weights: Record<string, number>, actor: AuditActor) {
    const before = this.weightsOf(rows, key);
    const changed = TARGETS[key].definitions.filter((d) => before[d.key] !== weights[d.key]).map((d) => d.key);
    if (changed.length === 0) return;
    const { target } = TARGETS[key];
    const now = this.clock.now();
    for (const component of changed) {
      await m.upsert(ReportWeight, { target, component, weight: weights[component], updatedAt: now, updatedBy: actor.id }, ['target', 'component']);
    }
    await recordAdminChange(m, {
      at: now, actor, action: 'report.weights', subjectType: 'report_weights', subjectId: target,
      before: Object.fromEntries(changed.map((c) => [c, before[c]])), after: Object.fromEntries(changed.map((c) => [c, weights[c]])),
    });
  }
}
