import { businessDateInZone } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { caseLight, RunningStep } from './case-light';
import { isClocked } from './case-policy';
import { computeDeadlines, Deadlines, LimitUnit } from './deadline';
import type { WarningLevel, WarningThresholds } from './warning-level';

/** The facts of a case its times are computed from (columns of `cases`). */
export interface CaseClockFacts {
  status: string;
  acceptedAt: number | null;
  promisedValue: number;
  promisedUnit: LimitUnit;
  statutoryValue: number;
  statutoryUnit: LimitUnit;
  extensionDays: number;
  /** Closed pauses only: an open one is counted up to now from `openPauseStartedAt`. */
  pausedWorkingDays: number;
  pausedMs: number;
}

export interface CaseTimesInput {
  calendar: WorkingCalendar;
  now: number;
  timeZone: string;
  /** When the running special procedure of a suspended case started, or null. */
  openPauseStartedAt: number | null;
  /** Department steps under way, against their step limits. */
  steps: RunningStep[];
  thresholds?: WarningThresholds;
}

export interface CaseTimes extends Deadlines {
  /** null once the case is out of the clocked statuses (decided, returned, withdrawn…). */
  warningLevel: WarningLevel | null;
  nextCheckAt: number | null;
  /** Past the promised (or statutory) limit: the case comes under supervision (督办). */
  overdue: boolean;
}

/** Working days a pause took: the working days after its first day, up to and including its last. */
export function pausedWorkingDays(calendar: WorkingCalendar, timeZone: string, startedAt: number, endedAt: number): number {
  return Math.max(0, calendar.workingDaysBetween(businessDateInZone(startedAt, timeZone), businessDateInZone(endedAt, timeZone)));
}

/**
 * Due dates, the light and the next check time of a case, recomputed from its facts (never nudged);
 * null before acceptance, when no clock runs. Commands, reads and the sweep all use this.
 */
export function caseTimes(c: CaseClockFacts, input: CaseTimesInput): CaseTimes | null {
  if (c.acceptedAt === null) return null;
  const { calendar, now, timeZone } = input;
  const open = input.openPauseStartedAt;
  const deadlines = computeDeadlines(calendar, {
    acceptedAt: c.acceptedAt, timeZone,
    promised: { value: c.promisedValue, unit: c.promisedUnit },
    statutory: { value: c.statutoryValue, unit: c.statutoryUnit },
    extensionDays: c.extensionDays,
    pausedWorkingDays: c.pausedWorkingDays + (open !== null ? pausedWorkingDays(calendar, timeZone, open, now) : 0),
    pausedMs: c.pausedMs + (open !== null ? now - open : 0),
  });
  if (!isClocked(c.status)) return { ...deadlines, warningLevel: null, nextCheckAt: null, overdue: false };
  const light = caseLight({
    calendar, now, timeZone, promised: { value: c.promisedValue, unit: c.promisedUnit },
    deadlines, suspended: c.status === 'suspended', steps: input.steps, thresholds: input.thresholds,
  });
  return { ...deadlines, warningLevel: light.level, nextCheckAt: light.nextCheckAt, overdue: light.level === 'red' || light.level === 'red_plus' };
}
