import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { User } from '../auth/user.entity';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, startOfDayInZone, zonedIso } from '../calendar/domain/iso-date';
import { ACTIVE_TASK_STATUSES, CLOCKED_STATUSES } from '../cases/domain/case-policy';
import { OPEN_CASE_STATUSES } from '../cases/domain/case-state';
import { CaseEvent } from '../cases/entities/case-event.entity';
import { CaseTask } from '../cases/entities/case-task.entity';
import { Case } from '../cases/entities/case.entity';
import { CatalogService } from '../catalog/catalog.service';
import { Ticket } from '../queue/ticket.entity';
import { DepartmentLightRow, departmentLightTable, LightCountRow, lightCounts } from './domain/lights';
import { BoardCaseRow, BoardContext, supervisedList, warningList } from './domain/overview';
import type { TrailRow } from './domain/supervision-notes';
import { ImmediateServiceRow, windowOverruns } from './domain/window-overrun';
import { SupervisedHall, SupervisionScope } from './supervision-scope';

/** The red and yellow list is capped (the counts are not); the gravest come first. */
export const WARNING_LIST_LIMIT = 500;
export const SUPERVISED_LIST_LIMIT = 200;
/** Supervised cases stay on the board this long after they closed, so the supervisor sees the outcome. */
export const CLOSED_SUPERVISED_DAYS = 7;

const DAY_MS = 86_400_000;
const FLAGGED = ['yellow', 'red', 'red_plus'];
const BOARD_COLUMNS = ['c.id', 'c.caseNumber', 'c.itemCode', 'c.itemName', 'c.status', 'c.warningLevel', 'c.supervised', 'c.dueDate', 'c.statutoryDueDate', 'c.dueAt'];

/**
 * The live supervision board: lights as the deadline sweep and the case commands last stored them,
 * counted by SQL; the flagged and supervised cases with their trail; today's slow immediate services.
 */
@Injectable()
export class SupervisionOverviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
  ) {}

  async overview(hallCode?: string) {
    const hall = await this.scope.hall(hallCode);
    const [counts, departmentCounts, flagged, supervised, immediate, departments] = await Promise.all([
      this.countByLight(hall.code),
      this.countByDepartment(hall.code),
      this.flaggedCases(hall.code),
      this.supervisedCases(hall),
      this.immediateServices(hall),
      this.catalog.departments(),
    ]);
    const board = await this.withTasksAndTrail([...flagged.rows, ...supervised]);
    const ctx: BoardContext = {
      calendar: this.calendar.calendar(), now: hall.now, timeZone: hall.timeZone,
      departmentNames: new Map(departments.map((d) => [d.code, d.name])),
    };
    const supervisedIds = new Set(supervised.map((c) => c.id));
    return {
      hall: { code: hall.code, name: hall.name, timeZone: hall.timeZone },
      generatedAt: zonedIso(hall.now, hall.timeZone),
      today: hall.today,
      lights: lightCounts(counts),
      departments: departmentLightTable(departments.map((d) => ({ code: d.code, name: d.name })), departmentCounts),
      warnings: warningList(board.filter((c) => flagged.ids.has(c.id)), ctx),
      warningsTruncated: flagged.truncated,
      supervised: supervisedList(board.filter((c) => supervisedIds.has(c.id)), ctx),
      overrunDate: hall.today,
      overruns: windowOverruns(immediate, hall.timeZone),
    };
  }

  private async countByLight(hallCode: string): Promise<LightCountRow[]> {
    const rows = await this.db.getRepository(Case).createQueryBuilder('c')
      .select('c.warningLevel', 'level').addSelect('COUNT(*)', 'count')
      .where('c.hallCode = :hallCode AND c.status IN (:...open)', { hallCode, open: CLOCKED_STATUSES })
      .groupBy('c.warningLevel')
      .getRawMany<{ level: string | null; count: number | string }>();
    return rows.map((r) => ({ level: r.level, count: Number(r.count) }));
  }

  private async countByDepartment(hallCode: string): Promise<DepartmentLightRow[]> {
    const rows = await this.db.getRepository(CaseTask).createQueryBuilder('t')
      .innerJoin(Case, 'c', 'c.id = t.caseId')
      .select('t.departmentCode', 'departmentCode').addSelect('c.warningLevel', 'level').addSelect('COUNT(DISTINCT c.id)', 'count')
      .where('c.hallCode = :hallCode AND c.status IN (:...open) AND t.status IN (:...active)', { hallCode, open: CLOCKED_STATUSES, active: ACTIVE_TASK_STATUSES })
      .groupBy('t.departmentCode').addGroupBy('c.warningLevel')
      .getRawMany<{ departmentCode: string; level: string | null; count: number | string }>();
    return rows.map((r) => ({ departmentCode: r.departmentCode, level: r.level, count: Number(r.count) }));
  }

  private async flaggedCases(hallCode: string) {
    const rows = await this.db.getRepository(Case).createQueryBuilder('c')
      .select(BOARD_COLUMNS)
      .where('c.hallCode = :hallCode AND c.status IN (:...open) AND c.warningLevel IN (:...flagged)', { hallCode, open: CLOCKED_STATUSES, flagged: FLAGGED })
      .orderBy("CASE c.warningLevel WHEN 'red_plus' THEN 0 WHEN 'red' THEN 1 ELSE 2 END", 'ASC')
      .addOrderBy('c.dueDate', 'ASC').addOrderBy('c.id', 'ASC')
      .limit(WARNING_LIST_LIMIT + 1)
      .getMany();
    const kept = rows.slice(0, WARNING_LIST_LIMIT);
    return { rows: kept, ids: new Set(kept.map((c) => c.id)), truncated: rows.length > WARNING_LIST_LIMIT };
  }

  /** Supervised cases still open, and those closed in the last CLOSED_SUPERVISED_DAYS days. */
  private supervisedCases(hall: SupervisedHall): Promise<Case[]> {
    return this.db.getRepository(Case).createQueryBuilder('c')
      .select([...BOARD_COLUMNS, 'c.updatedAt'])
      .where('c.hallCode = :hallCode AND c.supervised = :yes', { hallCode: hall.code, yes: true })
      .andWhere('(c.status IN (:...open) OR c.updatedAt >= :since)', { open: OPEN_CASE_STATUSES, since: hall.now - CLOSED_SUPERVISED_DAYS * DAY_MS })
      .orderBy('c.updatedAt', 'DESC').addOrderBy('c.id', 'DESC')
      .limit(SUPERVISED_LIST_LIMIT)
      .getMany();
  }

  private async withTasksAndTrail(cases: Case[]): Promise<BoardCaseRow[]> {
    const unique = [...new Map(cases.map((c) => [c.id, c])).values()];
    if (!unique.length) return [];
    const ids = unique.map((c) => c.id);
    const [tasks, trail] = await Promise.all([
      this.db.getRepository(CaseTask).find({ where: { caseId: In(ids) }, order: { id: 'ASC' } }),
      this.db.getRepository(CaseEvent).find({ where: { caseId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    const assigneeIds = [...new Set(tasks.map((t) => t.assigneeId).filter((id): id is number => id !== null))];
    const users = assigneeIds.length ? await this.db.getRepository(User).find({ select: { id: true, displayName: true }, where: { id: In(assigneeIds) } }) : [];
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return unique.map((c) => ({
      id: c.id, caseNumber: c.caseNumber, itemCode: c.itemCode, itemName: c.itemName, status: c.status,
      warningLevel: c.warningLevel, supervised: Boolean(c.supervised), dueDate: c.dueDate, statutoryDueDate: c.statutoryDueDate, dueAt: c.dueAt,
      tasks: tasks.filter((t) => t.caseId === c.id).map((t) => ({ departmentCode: t.departmentCode, status: t.status, assigneeName: t.assigneeId === null ? null : (names.get(t.assigneeId) ?? null) })),
      trail: trail.filter((e) => e.caseId === c.id).map((e): TrailRow => ({
        id: e.id, caseId: e.caseId, action: e.action, toStatus: e.toStatus, actorName: e.actorName, departmentCode: e.departmentCode, at: e.at, reason: e.reason, payload: e.payload,
      })),
    }));
  }

  /** Immediate cases decided today at a window (with their ticket), and each item's window limit. */
  private async immediateServices(hall: SupervisedHall): Promise<ImmediateServiceRow[]> {
    const fromMs = startOfDayInZone(hall.today, hall.timeZone);
    const toMs = startOfDayInZone(addDays(hall.today, 1), hall.timeZone);
    const [rows, items] = await Promise.all([
      this.db.getRepository(Case).createQueryBuilder('c')
        .innerJoin(Ticket, 't', 't.id = c.ticketId')
        .select(['c.id AS "caseId"', 'c.caseNumber AS "caseNumber"', 'c.itemCode AS "itemCode"', 'c.itemName AS "itemName"', 'c.decidedAt AS "decidedAt"'])
        .addSelect(['t.number AS "ticketNumber"', 't.windowNumber AS "windowNumber"', 't.calledAt AS "calledAt"', 't.startedAt AS "startedAt"', 't.finishedAt AS "finishedAt"'])
        .where("c.hallCode = :hallCode AND c.kind = 'immediate' AND c.decidedAt >= :fromMs AND c.decidedAt < :toMs", { hallCode: hall.code, fromMs, toMs })
        .getRawMany<Record<string, string | number | null>>(),
      this.catalog.listItems({ includeInactive: true }),
    ]);
    const limits = new Map(items.map((d) => [d.item.code, d.item.windowMinutes]));
    const ms = (v: string | number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      caseId: Number(r.caseId), caseNumber: String(r.caseNumber), itemCode: String(r.itemCode), itemName: String(r.itemName),
      decidedAt: ms(r.decidedAt), ticketNumber: String(r.ticketNumber), windowNumber: ms(r.windowNumber),
      calledAt: ms(r.calledAt), startedAt: ms(r.startedAt), finishedAt: ms(r.finishedAt), windowMinutes: limits.get(String(r.itemCode)) ?? null,
    }));
  }
}
