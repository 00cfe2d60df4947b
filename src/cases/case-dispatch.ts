import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { compareIsoDate } from '../calendar/domain/iso-date';
import { DomainError } from '../common/domain-error';
import { CaseClock } from './case-clock';
import type { CommandContext } from './case-command';
import { CaseErrorCode } from './domain/case-errors';
import { CaseMaterial } from './entities/case-material.entity';
import { CaseTask } from './entities/case-task.entity';
import type { Case } from './entities/case.entity';

/** Working days deferred materials get by default (容缺补交), never past the due date. */
const DEFAULT_SUPPLY_DAYS = 10;

/** Acceptance starts the clock and hands the case to its departments at once (受理即派单). */
@Injectable()
export class CaseDispatch {
  constructor(
    private readonly clock: CaseClock,
    private readonly calendar: CalendarService,
  ) {}

  /** Within a case command: received → dispatched, the clock started, a task per department. */
  async acceptAndDispatch(ctx: CommandContext, departments: string[], supplyDueDate?: string): Promise<void> {
    const { m, c, now } = ctx;
    ctx.transition('accept');
    c.acceptedAt = now;
    await ctx.refreshTimes();
    const deferred = await m.find(CaseMaterial, { where: { caseId: c.id, status: 'deferred' }, order: { sortOrder: 'ASC' } });
    c.supplyDueDate = deferred.length ? await this.supplyDate(c, supplyDueDate) : null;
    if (!deferred.length && supplyDueDate) throw DomainError.unprocessable(CaseErrorCode.NOTHING_TO_SUPPLY, '没有容缺材料，无需补交期限');
    await m.insert(CaseTask, departments.map((departmentCode) => ({ caseId: c.id, departmentCode, status: 'dispatched' as const, dispatchedAt: now })));
    ctx.trail({ action: 'accept', payload: { dueDate: c.dueDate, statutoryDueDate: c.statutoryDueDate, deferredNames: deferred.map((d) => d.name), supplyDueDate: c.supplyDueDate } });
    ctx.trail({ action: 'dispatch', fromStatus: c.status, payload: { departments } });
  }

  private async supplyDate(c: Case, requested?: string): Promise<string> {
    const due = c.dueDate!;
    const today = await this.clock.today(c.hallCode);
    const fallback = this.calendar.addWorkingDays(today, DEFAULT_SUPPLY_DAYS);
    if (!requested) return compareIsoDate(fallback, due) > 0 ? due : fallback;
    this.calendar.isWorkingDay(requested); // a date that does not exist (2026-02-30) is a 400 INVALID_DATE first
    if (compareIsoDate(requested, due) > 0 || compareIsoDate(requested, today) < 0) {
      throw DomainError.unprocessable(CaseErrorCode.SUPPLY_DEADLINE_TOO_LATE, `容缺材料补交期限须在 ${today} 至办结时限 ${due} 之间`);
    }
    return requested;
  }
}
