import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { compareIsoDate } from '../calendar/domain/iso-date';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { CaseClock } from './case-clock';
import { appendCaseEvents } from './case-trail';
import { CaseErrorCode } from './domain/case-errors';
import { nextCaseStatus } from './domain/case-state';
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

  async acceptAndDispatch(m: EntityManager, c: Case, departments: string[], user: AuthUser, now: number, supplyDueDate?: string): Promise<void> {
    const from = c.status;
    c.status = nextCaseStatus(c.status, 'accept');
    c.acceptedAt = now;
    await this.clock.refresh(c);
    const deferred = await m.find(CaseMaterial, { where: { caseId: c.id, status: 'deferred' }, order: { sortOrder: 'ASC' } });
    c.supplyDueDate = deferred.length ? await this.supplyDate(c, supplyDueDate) : null;
    if (!deferred.length && supplyDueDate) throw DomainError.unprocessable(CaseErrorCode.NOTHING_TO_SUPPLY, '没有容缺材料，无需补交期限');
    await m.insert(CaseTask, departments.map((departmentCode) => ({ caseId: c.id, departmentCode, status: 'dispatched' as const, dispatchedAt: now })));
    await appendCaseEvents(
      m, c.id, user, now,
      { action: 'accept', fromStatus: from, toStatus: c.status, payload: { dueDate: c.dueDate, statutoryDueDate: c.statutoryDueDate, deferredNames: deferred.map((d) => d.name), supplyDueDate: c.supplyDueDate } },
      { action: 'dispatch', fromStatus: c.status, toStatus: c.status, payload: { departments } },
    );
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
