import { Injectable } from '@nestjs/common';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { CalendarService } from '../calendar/calendar.service';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import { CatalogService } from '../catalog/catalog.service';
import { AppConfig } from '../config/app-config';
import type { RunningStep } from './domain/case-light';
import { caseTimes, pausedWorkingDays } from './domain/case-times';
import { decisionFacts } from './domain/report-facts';
import type { WarningThresholds } from './domain/warning-level';
import type { CaseSuspension } from './entities/case-suspension.entity';
import type { CaseTask } from './entities/case-task.entity';
import type { Case } from './entities/case.entity';

export interface ClockFacts {
  /** The running special procedure of a suspended case. */
  openPause?: CaseSuspension | null;
  /** The case's tasks, for step limits. */
  tasks?: CaseTask[];
}

/** Due dates and the light of a case, recomputed from its facts with the working-day calendar. */
@Injectable()
export class CaseClock {
  private readonly thresholds: WarningThresholds;

  constructor(
    private readonly calendar: CalendarService,
    private readonly halls: HallsService,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    config: AppConfig,
  ) {
    this.thresholds = { yellowShare: config.WARNING_YELLOW_SHARE, yellowMinimum: config.WARNING_YELLOW_MINIMUM };
  }

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
    return pausedWorkingDays(this.calendar.calendar(), await this.timeZone(hallCode), startedAt, endedAt);
  }

  /** At the decision, writes the working days taken and whether it was on time onto `c` (once). */
  async recordDecision(c: Case): Promise<void> {
    if (c.decidedAt === null || c.workingDaysTaken !== null || c.decidedOnTime !== null) return;
    Object.assign(c, decisionFacts({ ...c, decidedAt: c.decidedAt }, this.calendar.calendar(), await this.timeZone(c.hallCode)));
  }

  /** Writes the due dates, the light and the next check time onto `c` (an open pause counts up to now). */
  async refresh(c: Case, facts: ClockFacts = {}): Promise<Case> {
    if (c.acceptedAt === null) return c;
    return this.apply(c, await this.timeZone(c.hallCode), facts.openPause ?? null, await this.runningSteps(c, facts.tasks ?? []));
  }

  /** refresh() with the zone and steps already looked up: synchronous, for the sweep's batches. */
  apply(c: Case, tz: string, openPause: Pick<CaseSuspension, 'startedAt'> | null, steps: RunningStep[]): Case {
    const times = caseTimes(c, {
      calendar: this.calendar.calendar(), now: this.clock.now(), timeZone: tz,
      openPauseStartedAt: openPause?.startedAt ?? null, steps, thresholds: this.thresholds,
    });
    if (!times) return c;
    const { overdue, ...columns } = times;
    Object.assign(c, columns);
    if (overdue) c.supervised = true; // 督办: overdue cases come under supervision
    return c;
  }

  /** In-progress department tasks against their step in the item's published route. */
  async runningSteps(c: Case, tasks: CaseTask[]): Promise<RunningStep[]> {
    const running = tasks.filter((t) => t.status === 'in_progress' && t.claimedAt !== null);
    if (!running.length) return [];
    const { steps } = await this.catalog.getItem(c.itemCode, { includeInactive: true });
    return running.flatMap((t) => {
      const step = steps.find((s) => s.departmentCode === t.departmentCode && !s.external);
      return step ? [{ startedAt: t.claimedAt!, limit: { value: step.limitValue, unit: step.limitUnit } }] : [];
    });
  }
}
