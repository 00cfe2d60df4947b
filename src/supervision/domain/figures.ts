import { businessDateInZone } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import {
  DecidedCaseRow, DurationFigure, durationFigure, OneVisitFigure, oneVisitFigure, OnTimeFigure, onTimeFigure,
} from './case-figures';
import { Bucket, bucketKey, FiguresRange, periodBuckets } from './periods';
import { RatingRow, RectificationFigure, rectificationFigure, RectificationRow, satisfactionFigure, SatisfactionFigure } from './rating-figures';

export interface FiguresInput {
  range: FiguresRange;
  timeZone: string;
  calendar: WorkingCalendar;
  /** Hall-local today: rectifications past their due date count even while open. */
  today: string;
  /** Cases decided within the range (decidedAt's business date). */
  cases: readonly DecidedCaseRow[];
  /** Ratings given within the range. */
  ratings: readonly RatingRow[];
  /** Rectification tasks opened within the range. */
  rectifications: readonly RectificationRow[];
}

export interface FigureSet {
  onTime: OnTimeFigure;
  duration: DurationFigure;
  satisfaction: SatisfactionFigure;
  rectification: RectificationFigure;
  oneVisit: OneVisitFigure;
}

export interface FiguresSeries {
  period: FiguresRange['period'];
  from: string;
  to: string;
  buckets: Array<Bucket & FigureSet>;
  /** The same figures over the whole range. */
  totals: FigureSet;
}

function group<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function figureSet(input: FiguresInput, cases: readonly DecidedCaseRow[], ratings: readonly RatingRow[], tasks: readonly RectificationRow[]): FigureSet {
  return {
    onTime: onTimeFigure(cases, input.timeZone),
    duration: durationFigure(cases, input.calendar, input.timeZone),
    satisfaction: satisfactionFigure(ratings),
    rectification: rectificationFigure(tasks, input.timeZone, input.today),
    oneVisit: oneVisitFigure(cases),
  };
}

/**
 * The supervision figures per period bucket (hall time zone; weeks start on Monday) and over the range.
 * Rows outside the range are ignored, so a loader may over-fetch at the edges.
 */
export function computeFigures(input: FiguresInput): FiguresSeries {
  const { range, timeZone } = input;
  const buckets = periodBuckets(range);
  const inRange = (at: number) => {
    const date = businessDateInZone(at, timeZone);
    return date >= range.from && date <= range.to;
  };
  const keyOf = (at: number) => bucketKey(businessDateInZone(at, timeZone), range.period);
  const cases = input.cases.filter((c) => inRange(c.decidedAt));
  const ratings = input.ratings.filter((r) => inRange(r.createdAt));
  const tasks = input.rectifications.filter((r) => inRange(r.createdAt));
  const casesBy = group(cases, (c) => keyOf(c.decidedAt));
  const ratingsBy = group(ratings, (r) => keyOf(r.createdAt));
  const tasksBy = group(tasks, (r) => keyOf(r.createdAt));
  return {
    period: range.period,
    from: range.from,
    to: range.to,
    buckets: buckets.map((b) => ({ ...b, ...figureSet(input, casesBy.get(b.key) ?? [], ratingsBy.get(b.key) ?? [], tasksBy.get(b.key) ?? []) })),
    totals: figureSet(input, cases, ratings, tasks),
  };
}
