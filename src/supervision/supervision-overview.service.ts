import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { displayNames } from '../auth/user.store';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, startOfDayInZone, zonedIso } from '../calendar/domain/iso-date';
import { ACTIVE_TASK_STATUSES, CLOCKED_STATUSES } from '../cases/domain/case-policy';
import { OPEN_CASE_STATUSES } from '../cases/domain/case-state';
import {
  BoardCase, countByDepartmentAndLight, countByLight, eventsOfCases, flaggedCases, immediateCasesDecided, supervisedCases, tasksOfCases,
} from '../cases/case-reads';
import { CatalogService } from '../catalog/catalog.service';
import { ticketsByIds } from '../queue/ticket.store';
import { DepartmentLightRow, departmentLightTable, LightCountRow, lightCounts } from './domain/lights';
import { BoardCaseRow, BoardContext, supervisedList, warningList } from './domain/overview';
import type { TrailRow } from './domain/supervision-notes';
import { ImmediateServiceRow, windowOverruns } from './domain/window-overrun';
import type { HallLights, SupervisionOverview } from './domain/supervision-responses';
import { Hall } from '../halls/hall.entity';
import { SupervisedHall, SupervisionScope } from './supervision-scope';

/** The red and yellow list is capped (the counts are not); the gravest come first. */
export const WARNING_LIST_LIMIT = 500;
export const SUPERVISED_LIST_LIMIT = 200;
/** Supervised cases stay on the board this long after they closed, so the supervisor sees the outcome. */
export const CLOSED_SUPERVISED_DAYS = 7;

const DAY_MS = 86_400_000;
const FLAGGED = ['yellow', 'red', 'red_plus'];

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

  async overview(hallCode?: string): Promise<SupervisionOverview> {
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
      halls: await this.byHall(hall.code),
    };
  }

  /** The hall and its points (多点可办): each one's open cases by light. */
  private async byHall(hallCode: string): Promise<HallLights[]> {
    const halls = await this.db.manager.find(Hall, { order: { code: 'ASC' } });
    const own = halls.filter((h) => h.code === hallCode || h.parentHall === hallCode).sort((a, b) => Number(b.code === hallCode) - Number(a.code === hallCode));
    const out: HallLights[] = [];
    for (const h of own) { // one query after another (a transaction's client takes one at a time)
      out.push({ code: h.code, name: h.name, kind: h.kind, ...lightCounts(await this.countByLight(h.code)) });
    }
    return out;
  }

  private countByLight(hallCode: string): Promise<LightCountRow[]> {
    return countByLight(this.db.manager, hallCode, CLOCKED_STATUSES);
  }

  private countByDepartment(hallCode: string): Promise<DepartmentLightRow[]> {
    return countByDepartmentAndLight(this.db.manager, hallCode, CLOCKED_STATUSES, ACTIVE_TASK_STATUSES);
  }

  private async flaggedCases(hallCode: string) {
    const rows = await flaggedCases(this.db.manager, hallCode, { statuses: CLOCKED_STATUSES, levels: FLAGGED, limit: WARNING_LIST_LIMIT + 1 });
    const kept = rows.slice(0, WARNING_LIST_LIMIT);
    return { rows: kept, ids: new Set(kept.map((c) => c.id)), truncated: rows.length > WARNING_LIST_LIMIT };
  }

  /** Supervised cases still open, and those closed in the last CLOSED_SUPERVISED_DAYS days. */
  private supervisedCases(hall: SupervisedHall): Promise<BoardCase[]> {
    return supervisedCases(this.db.manager, hall.code, { statuses: OPEN_CASE_STATUSES, since: hall.now - CLOSED_SUPERVISED_DAYS * DAY_MS, limit: SUPERVISED_LIST_LIMIT });
  }

  private async withTasksAndTrail(cases: BoardCase[]): Promise<BoardCaseRow[]> {
    const unique = [...new Map(cases.map((c) => [c.id, c])).values()];
    if (!unique.length) return [];
    const ids = unique.map((c) => c.id);
    const [tasks, trail] = await Promise.all([tasksOfCases(this.db.manager, ids), eventsOfCases(this.db.manager, ids)]);
    const names = await displayNames(this.db.manager, tasks.map((t) => t.assigneeId).filter((id): id is number => id !== null));
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
    const [cases, items] = await Promise.all([
      immediateCasesDecided(this.db.manager, hall.code, fromMs, toMs),
      this.catalog.listItems({ includeInactive: true }),
    ]);
    const tickets = new Map((await ticketsByIds(this.db.manager, cases.map((c) => c.ticketId!))).map((t) => [t.id, t]));
    const limits = new Map(items.map((d) => [d.item.code, d.item.windowMinutes]));
    return cases.flatMap((c) => {
      const t = tickets.get(c.ticketId!);
      if (!t) return [];
      return [{
        caseId: c.id, caseNumber: c.caseNumber, itemCode: c.itemCode, itemName: c.itemName,
        decidedAt: c.decidedAt, ticketNumber: t.number, windowNumber: t.windowNumber,
        calledAt: t.calledAt, startedAt: t.startedAt, finishedAt: t.finishedAt, windowMinutes: limits.get(c.itemCode) ?? null,
      }];
    });
  }
}
