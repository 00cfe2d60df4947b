import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { CaseQueryService } from './case-query.service';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { HallsService } from '../halls/halls.service';
import type { CaseRef } from './case-qr';
import type { DocumentHall } from './view-models/case-documents.view-model';
import { hallOfCaseNumber, PublicCase } from './view-models/case-status.view-model';
import { InboxSource, workingDaysAround } from './view-models/inbox.view-model';

const DEPARTMENT_CODE = /^[A-Za-z0-9_-]{1,16}$/;
/** The inbox counts remaining working days within this window around today (server calendar). */
const DAYS_BEFORE = 240;
const DAYS_AFTER = 240;

/** Loads what the case pages need: halls and today by the server's clock, departments, the calendar, the public case. */
@Injectable()
export class CasePageDataService {
  constructor(
    private readonly halls: HallsService,
    private readonly catalog: CatalogService,
    private readonly calendar: CalendarService,
    private readonly cases: CaseQueryService,
    private readonly clock: Clock,
  ) {}

  /** Every hall with its name and today's date in its zone (documents are dated by the server, not the PC). */
  async documentHalls(): Promise<DocumentHall[]> {
    const now = this.clock.now();
    return (await this.halls.listHalls()).map((h) => ({ code: h.code, name: h.name, today: businessDateInZone(now, h.timeZone) }));
  }

  async departments(): Promise<Array<{ code: string; name: string }>> {
    return (await this.catalog.departments()).map((d) => ({ code: d.code, name: d.name }));
  }

  /** An unknown department in the path is the friendly 404 page. */
  async inbox(department: string | null): Promise<InboxSource> {
    const departments = await this.departments();
    if (department !== null && (!DEPARTMENT_CODE.test(department) || !departments.some((d) => d.code === department))) {
      throw DomainError.notFound(ErrorCode.NOT_FOUND, '该部门不存在');
    }
    const today = await this.calendar.today();
    return { department, departments, today, workingDays: workingDaysAround(today, DAYS_BEFORE, DAYS_AFTER, (d) => this.calendar.isWorkingDay(d)) };
  }

  /** The resident's view of a case, or null when the number or code is wrong (the API's 404). */
  async publicCase(ref: CaseRef): Promise<PublicCase | null> {
    try {
      return await this.cases.publicStatus(ref.caseNumber, ref.code);
    } catch (error) {
      if (error instanceof DomainError && error.status === 404) return null;
      throw error;
    }
  }

  async hallNameOf(caseNumber: string | null): Promise<string | null> {
    const halls = await this.halls.listHalls();
    const hall = caseNumber ? hallOfCaseNumber(caseNumber, halls) : null;
    return (hall ?? (halls.length === 1 ? halls[0] : null))?.name ?? null;
  }
}
