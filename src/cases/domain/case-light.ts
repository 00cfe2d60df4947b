import { addDays, businessDateInZone, startOfDayInZone } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import type { Deadlines, Limit } from './deadline';
import { DEFAULT_THRESHOLDS, warningLevel, WarningLevel, WarningThresholds, yellowBand } from './warning-level';

const HOUR = 3_600_000;

/** A department step under way, against its published step limit (路线图·时间表). */
export interface RunningStep {
  startedAt: number;
  limit: Limit;
}

export interface LightInput {
  calendar: WorkingCalendar;
  now: number;
  timeZone: string;
  promised: Limit;
  deadlines: Deadlines;
  suspended: boolean;
  steps: RunningStep[];
  thresholds?: WarningThresholds;
}

export interface Light {
  level: WarningLevel;
  /** A step is over its step limit (yellow even when the case as a whole is early). */
  stepOverdue: boolean;
  /** The next instant the light could change, or null when it cannot any more (red_plus). The sweep reads only due rows. */
  nextCheckAt: number | null;
}

/** The light of a running case and when to look at it again. */
export function caseLight(input: LightInput): Light {
  const t = input.thresholds ?? DEFAULT_THRESHOLDS;
  const { calendar, now, timeZone: tz, deadlines } = input;
  const base = warningLevel(calendar, now, tz, input.promised, deadlines, t);
  const stepAt = input.steps.map((s) => stepOverAt(calendar, s, tz));
  const stepOverdue = stepAt.some((at) => at <= now);
  const level = base === 'green' && stepOverdue ? 'yellow' : base;

  const candidates: number[] = [...stepAt];
  if (input.suspended) {
    // paused: the due date moves with every working day, so look again tomorrow (or in an hour)
    candidates.push(deadlines.dueAt !== null ? now + HOUR : startOfDayInZone(addDays(businessDateInZone(now, tz), 1), tz));
  } else if (deadlines.dueAt !== null) {
    candidates.push(deadlines.dueAt - yellowBand(input.promised.value, t) * HOUR, deadlines.dueAt + 1);
    if (deadlines.statutoryDueAt !== null) candidates.push(deadlines.statutoryDueAt + 1);
  } else {
    const band = yellowBand(input.promised.value, t);
    candidates.push(
      startOfDayInZone(yellowStartDate(calendar, deadlines.dueDate, band), tz),
      startOfDayInZone(addDays(deadlines.dueDate, 1), tz),
      startOfDayInZone(addDays(deadlines.statutoryDueDate, 1), tz),
    );
  }
  const future = candidates.filter((at) => at > now);
  return { level, stepOverdue, nextCheckAt: level === 'red_plus' && !input.suspended ? null : future.length ? Math.min(...future) : null };
}

const yellowStarts = new WeakMap<WorkingCalendar, Map<string, string>>();

/** The first date on which at most `band` working days remain until `due` (memoised per calendar: sweeps repeat dates). */
export function yellowStartDate(calendar: WorkingCalendar, due: string, band: number): string {
  let memo = yellowStarts.get(calendar);
  if (!memo) yellowStarts.set(calendar, (memo = new Map()));
  const key = `${due}|${band}`;
  let start = memo.get(key);
  if (start === undefined) {
    start = walkBackToBand(calendar, due, band);
    if (memo.size > 20_000) memo.clear();
    memo.set(key, start);
  }
  return start;
}

function walkBackToBand(calendar: WorkingCalendar, due: string, band: number): string {
  let date = due;
  let remaining = 0;
  for (let i = 0; i < 400; i++) {
    const before = remaining + (calendar.isWorkingDay(date) ? 1 : 0);
    if (before > band) return date;
    remaining = before;
    date = addDays(date, -1);
  }
  return date;
}

/** When a step passes its limit: the day after its last allowed working day, or the exact hour. */
function stepOverAt(calendar: WorkingCalendar, step: RunningStep, tz: string): number {
  if (step.limit.unit === 'hours') return step.startedAt + step.limit.value * HOUR + 1;
  const last = calendar.addWorkingDays(businessDateInZone(step.startedAt, tz), step.limit.value);
  return startOfDayInZone(addDays(last, 1), tz);
}
