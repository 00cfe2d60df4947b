import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { decidedOnTime, isPromised, workingDaysTaken } from '../../supervision/domain/case-figures';
import { residentVisits, VisitEvent } from './point-agent';

/**
 * The facts the 考核 reports sum, stored on the case as they happen so that a year of cases is one GROUP BY
 * (decided cases never change them again). Computed by the same rules the supervision figures use. Pure.
 */
export interface DecisionFacts {
  /** Working days from acceptance to decision (承诺件); null for 即办件 and cases without a due date. */
  workingDaysTaken: number | null;
  /** Decided by the due date (承诺件); null where there is no due date. */
  decidedOnTime: boolean | null;
}

export interface DecidedCase {
  kind: string;
  acceptedAt: number | null;
  decidedAt: number;
  dueDate: string | null;
  dueAt: number | null;
}

export function decisionFacts(c: DecidedCase, calendar: WorkingCalendar, timeZone: string): DecisionFacts {
  if (!isPromised(c) || c.acceptedAt === null) return { workingDaysTaken: null, decidedOnTime: null };
  return { workingDaysTaken: workingDaysTaken(calendar, c, timeZone), decidedOnTime: decidedOnTime(c, timeZone) };
}

/**
 * The resident's visits one command adds (its trail entries share one instant, so a pickup in the same act as
 * the intake is the same visit): residentVisits over the command's steps.
 */
export function visitsAdded(steps: readonly Omit<VisitEvent, 'at'>[], at: number, filedByAgent: boolean): number {
  return residentVisits(steps.map((s) => ({ ...s, at })), filedByAgent);
}
