import { Injectable } from '@nestjs/common';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { CalendarService } from '../calendar/calendar.service';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import { computeDeadlines, Deadlines } from './domain/deadline';
import { warningLevel, WarningLevel } from './domain/warning-level';
import type { CaseSuspension } from './entities/case-suspension.entity';
import type { Case } from './entities/case.entity';

/** Statuses in which the promised clock runs (or is paused but still owed). */
const CLOCKED = new Set(['dispatched', 'in_progress', 'suspended']);

/** Due dates and the light of a case, recomputed from its facts with the working-day calendar. */
@Injectable()
export class CaseClock {
  constructor(
    private readonly calendar: CalendarService,
    private readonly halls: HallsService,
    private readonly clock: Clock,
  ) {}

  now(): number {
    return this.clock.now();
  }

  async timeZone(hallCode: string): Promise<string> {
    return (await this.halls.layout(hallCode)).hall.timeZone;
  }

  async today(hallCode: string): Promise<string> {
    return businessDateInZone(this.clock.now(), await this.timeZone(hallCode));
  }

  /** Working days a pause took: the working days after its first day, up to and including its last. */
  async pausedWorkingDays(hallCode: string, startedAt: number, endedAt: number): Promise<number> {
    const tz = await this.timeZone(hallCode);
    return Math.max(0, this.calendar.workingDaysBetween(businessDateInZone(startedAt, tz), businessDateInZone(endedAt, tz)));
  }

  /** Writes dueDate, statutoryDueDate, dueAt and the light onto `c` (an open pause counts up to now). */
  async refresh(c: Case, openPause: CaseSuspension | null = null): Promise<Case> {
    if (c.acceptedAt === null) return c;
    const now = this.clock.now();
    const tz = await this.timeZone(c.hallCode);
    const pausedWorkingDays = c.pausedWorkingDays + (openPause ? await this.pausedWorkingDays(c.hallCode, openPause.startedAt, now) : 0);
    const pausedMs = c.pausedMs + (openPause ? now - openPause.startedAt : 0);
    const deadlines: Deadlines = computeDeadlines(this.calendar.calendar(), {
      acceptedAt: c.acceptedAt, timeZone: tz,
      promised: { value: c.promisedValue, unit: c.promisedUnit },
      statutory: { value: c.statutoryValue, unit: c.statutoryUnit },
      extensionDays: c.extensionDays, pausedWorkingDays, pausedMs,
    });
    Object.assign(c, deadlines);
    c.warningLevel = CLOCKED.has(c.status) ? this.level(c, deadlines, tz, now) : null;
    if (c.warningLevel === 'red' || c.warningLevel === 'red_plus') c.supervised = true;
    return c;
  }

  private level(c: Case, deadlines: Deadlines, tz: string, now: number): WarningLevel {
    return warningLevel(this.calendar.calendar(), now, tz, { value: c.promisedValue, unit: c.promisedUnit }, deadlines);
  }
}
