import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { join } from 'path';
import { EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { lockForTransaction, STARTUP_LOCK } from '../database/startup-lock';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents, OnClusterEvent } from '../events/domain-events';
import { CalendarEvents } from './calendar.events';
import { HallsService } from '../halls/halls.service';
import { CalendarErrorCode, calendarCall, toDomainError } from './calendar.errors';
import { CalendarStamp, loadedYears, readCalendarYears, replaceYear, saveDay, touchYear } from './calendar.store';
import { CalendarDay, CalendarYear, MAX_DAY_NAME_LENGTH, parseCalendarYear } from './domain/calendar-day';
import { CalendarError } from './domain/calendar-error';
import type { CalendarDayView, CalendarStatus } from './domain/calendar-views';
import { exceptionAfterEdit } from './domain/day-edit';
import { businessDateInZone, yearOf } from './domain/iso-date';
import { missingNextYearWarning } from './domain/schedule-warning';
import { WorkingCalendar } from './domain/working-calendar';
import { readHolidayFiles } from './holiday-files';

/** The demo hall's zone; used when no hall exists yet (first start, before the seed). */
export const DEFAULT_HALL_ZONE = 'Asia/Shanghai';


interface Snapshot {
  generation: number;
  calendar: WorkingCalendar;
}

/**
 * The one place working days are computed. The calendar lives in memory (read synchronously on hot
 * paths) and is rebuilt inside every write's transaction, so it always matches the committed rows.
 */
@Injectable()
export class CalendarService implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger('Calendar');
  private generations = 0;
  private snapshot: Snapshot = { generation: 0, calendar: new WorkingCalendar() };

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly halls: HallsService,
    private readonly events: DomainEvents,
  ) {}

  /** Before any other module's bootstrap: the shipped years missing from the database, then the calendar. */
  async onModuleInit(): Promise<void> {
    const files = readHolidayFiles(join(this.config.CONFIG_DIR, 'holidays'));
    const load = () =>
      this.tx.run(async (m) => {
        await lockForTransaction(m, STARTUP_LOCK.calendar); // instances starting together load a year once
        const present = await loadedYears(m);
        const stamp = { actorId: null, at: this.clock.now() };
        const missing = files.filter((file) => !present.has(file.calendar.year));
        for (const file of missing) await replaceYear(m, file.calendar, 'file', stamp);
        return { loaded: missing, snapshot: await this.rebuild(m) };
      }, { isolation: 'READ COMMITTED' });
    // Another instance starting at the same moment may insert the same year first; then it is there.
    const { loaded, snapshot } = await load().catch((error: unknown) => {
      if (/UNIQUE|duplicate key/i.test(String((error as Error)?.message))) return load();
      throw error;
    });
    this.install(snapshot);
    for (const file of loaded) this.logger.log(`Loaded the ${file.calendar.year} holiday schedule from ${file.path}`);
  }

  async onApplicationBootstrap(): Promise<void> {
    const warning = await this.currentWarning();
    if (warning) this.logger.warn(warning);
  }

  /** The current calendar, for hot paths (deadlines, warning sweeps). Replaced, never mutated, on writes. */
  calendar(): WorkingCalendar {
    return this.snapshot.calendar;
  }

  years(): number[] {
    return this.calendar().coveredYears();
  }

  /** A loaded year in the holiday-cn shape (only exception days); this is also the export. */
  year(year: number): CalendarYear {
    if (!this.calendar().coversYear(year)) {
      throw DomainError.notFound(CalendarErrorCode.CALENDAR_YEAR_NOT_FOUND, `${year} 年节假日安排尚未导入`);
    }
    return { year, days: this.calendar().daysOfYear(year) };
  }

  exportYear(year: number): CalendarYear {
    return this.year(year);
  }

  day(date: string): CalendarDayView {
    return calendarCall(() => {
      const calendar = this.calendar();
      return { date, isOffDay: !calendar.isWorkingDay(date), name: calendar.entryFor(date)?.name ?? null };
    });
  }

  isWorkingDay(date: string): boolean {
    return calendarCall(() => this.calendar().isWorkingDay(date));
  }

  /** Counting starts on the working day after `from`; 0 days is `from` itself. */
  addWorkingDays(from: string, days: number): string {
    return calendarCall(() => this.calendar().addWorkingDays(from, days));
  }

  /** Working days d with from < d <= to (negative when `to` is earlier): the inverse of addWorkingDays. */
  workingDaysBetween(from: string, to: string): number {
    return calendarCall(() => this.calendar().workingDaysBetween(from, to));
  }

  /** Hour limits (resident requests, patrol events) run on the clock, holidays included. */
  addHours(fromEpochMs: number, hours: number): number {
    return calendarCall(() => this.calendar().addHours(fromEpochMs, hours));
  }

  /** Sets one day; a working Monday–Friday drops its exception. The year's schedule must be loaded. */
  async setDay(date: string, change: { isOffDay: boolean; name: string }, actor: AuditActor | null): Promise<CalendarDayView> {
    const name = typeof change.name === 'string' ? change.name.trim() : '';
    if (name === '' || name.length > MAX_DAY_NAME_LENGTH) {
      throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, `name must be a non-empty string of at most ${MAX_DAY_NAME_LENGTH} characters`);
    }
    const exception = calendarCall(() => exceptionAfterEdit(date, change.isOffDay, name));
    await this.write(async (m, stamp) => {
      await this.requireLoadedYear(m, yearOf(date), stamp);
      const before = await exceptionIn(m, date);
      await saveDay(m, date, exception, stamp);
      await this.audit(m, actor, 'calendar.set-day', date, { exception: before }, { exception });
    }, actor?.id ?? null);
    return this.day(date);
  }

  /** Drops a day's exception so it follows the plain week again. Idempotent. */
  async clearDay(date: string, actor: AuditActor | null): Promise<CalendarDayView> {
    const year = calendarCall(() => yearOf(date));
    if (this.calendar().entryFor(date)) {
      await this.write(async (m, stamp) => {
        if (!(await touchYear(m, year, stamp))) return;
        const before = await exceptionIn(m, date);
        await saveDay(m, date, null, stamp);
        await this.audit(m, actor, 'calendar.clear-day', date, { exception: before }, { exception: null });
      }, actor?.id ?? null);
    }
    return this.day(date);
  }

  /** Replaces a whole year with a holiday-cn file, atomically; `pathYear` must match the file's year. */
  async importYear(json: unknown, actor: AuditActor | null, pathYear?: number): Promise<CalendarYear> {
    let calendar: CalendarYear;
    try {
      calendar = parseCalendarYear(json);
    } catch (error) {
      throw error instanceof CalendarError ? toDomainError(error) : error;
    }
    if (pathYear !== undefined && calendar.year !== pathYear) {
      throw DomainError.badRequest(
        CalendarErrorCode.INVALID_CALENDAR_FILE,
        `节假日文件格式错误：the file is for ${calendar.year}, not ${pathYear}`,
      );
    }
    await this.write(async (m, stamp) => {
      const before = (await readCalendarYears(m)).find((y) => y.year === calendar.year)?.days ?? [];
      await replaceYear(m, calendar, 'import', stamp);
      await this.audit(m, actor, 'calendar.import-year', String(calendar.year), { days: before }, { days: calendar.days });
    }, actor?.id ?? null);
    return this.year(calendar.year);
  }

  /** The missing-schedule warning for a hall-local date, or null. */
  warning(todayInHallZone: string): string | null {
    return calendarCall(() => missingNextYearWarning(todayInHallZone, this.years()));
  }

  /** The warning for today in every hall's zone (the demo zone before any hall exists). */
  async currentWarning(): Promise<string | null> {
    const warnings = new Set<string>();
    for (const today of await this.todayInHallZones()) {
      const warning = this.warning(today);
      if (warning) warnings.add(warning);
    }
    return warnings.size ? [...warnings].join('\n') : null;
  }

  async status(): Promise<CalendarStatus> {
    return { years: this.years(), warning: await this.currentWarning() };
  }

  /** Today's date in the first hall's zone: the page opens on this year. */
  async today(): Promise<string> {
    return (await this.todayInHallZones())[0];
  }

  private async todayInHallZones(): Promise<string[]> {
    const zones = [...new Set((await this.halls.listHalls()).map((hall) => hall.timeZone))];
    const now = this.clock.now();
    return (zones.length ? zones : [DEFAULT_HALL_ZONE]).map((zone) => calendarCall(() => businessDateInZone(now, zone)));
  }

  private async requireLoadedYear(m: EntityManager, year: number, stamp: CalendarStamp): Promise<void> {
    if (!(await touchYear(m, year, stamp))) {
      throw DomainError.conflict(
        CalendarErrorCode.CALENDAR_YEAR_NOT_LOADED,
        `${year} 年节假日安排尚未导入：请先导入该年的 holiday-cn 文件`,
      );
    }
  }

  /** The admin's change in the audit log (none for the server's own writes, which have no actor). */
  private async audit(m: EntityManager, actor: AuditActor | null, action: string, subjectId: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
    if (actor) await recordAdminChange(m, { at: this.clock.now(), actor, action, subjectType: 'calendar', subjectId, before, after });
  }

  private async write(work: (m: EntityManager, stamp: CalendarStamp) => Promise<void>, actorId: number | null = null): Promise<void> {
    const snapshot = await this.tx.run(async (m) => {
      await work(m, { actorId, at: this.clock.now() });
      return this.rebuild(m);
    });
    this.install(snapshot);
    this.events.publish(CalendarEvents.CHANGED, { years: snapshot.calendar.coveredYears() });
  }

  /** Another instance's admin changed the calendar: read it again (this instance's own change is installed already). */
  @OnClusterEvent(CalendarEvents.CHANGED)
  async onCalendarChanged(): Promise<void> {
    this.install(await this.tx.read((m) => this.rebuild(m)));
  }

  /** Built inside the writing transaction, so a snapshot never shows rows that did not commit. */
  private async rebuild(m: EntityManager): Promise<Snapshot> {
    const calendar = WorkingCalendar.fromYears(await readCalendarYears(m));
    return { generation: ++this.generations, calendar };
  }

  /** Writes finish in order, but their continuations may not: an older snapshot never replaces a newer one. */
  private install(snapshot: Snapshot): void {
    if (snapshot.generation > this.snapshot.generation) this.snapshot = snapshot;
  }
}

/** The day's exception as the writing transaction sees it (null: it follows the plain week). */
async function exceptionIn(m: EntityManager, date: string): Promise<CalendarDay | null> {
  const year = (await readCalendarYears(m)).find((y) => y.year === yearOf(date));
  return year?.days.find((d) => d.date === date) ?? null;
}
