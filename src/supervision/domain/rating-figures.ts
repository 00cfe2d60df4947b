import { businessDateInZone, compareIsoDate } from '../../calendar/domain/iso-date';
import { rate } from './case-figures';

/** One rating (好差评) as the figures read it. */
export interface RatingRow {
  score: number;
  /** resident | pad | default (默认评价). */
  source: string;
  createdAt: number;
}

/** One rectification task (差评整改) as the figures read it. */
export interface RectificationRow {
  createdAt: number;
  /** Hall-local YYYY-MM-DD. */
  dueDate: string;
  closedAt: number | null;
}

export interface SatisfactionFigure {
  ratings: number;
  /** Scores 4 满意 and 5 非常满意. */
  satisfied: number;
  /** Scores 1–2 (差评). */
  bad: number;
  /** Of which given by the system (默认评价, score 3). */
  defaults: number;
  /** satisfied / ratings, 0..1 with 4 decimals; null without ratings. */
  rate: number | null;
}

export interface RectificationFigure {
  /** Tasks opened in the bucket (one per bad review). */
  opened: number;
  /** Of those, the ones that count: closed, or past their due date while still open (应办结). */
  due: number;
  /** Closed on or before the due date (hall-local business date of the closing). */
  onTime: number;
  /** Still open and not yet due: not counted. */
  pending: number;
  /** onTime / due; null when nothing is due yet. */
  rate: number | null;
}

/** 满意率: ratings scored 4–5 over all ratings (default ratings included, as the resident did not object). */
export function satisfactionFigure(ratings: readonly RatingRow[]): SatisfactionFigure {
  const satisfied = ratings.filter((r) => r.score >= 4).length;
  return {
    ratings: ratings.length,
    satisfied,
    bad: ratings.filter((r) => r.score <= 2).length,
    defaults: ratings.filter((r) => r.source === 'default').length,
    rate: rate(satisfied, ratings.length),
  };
}

/**
 * 差评按期整改率: of the tasks opened in the bucket, those closed (rectified and revisited, or overturned on
 * appeal) by their due date, over those closed or already past their due date (`today` > dueDate).
 */
export function rectificationFigure(tasks: readonly RectificationRow[], timeZone: string, today: string): RectificationFigure {
  let due = 0;
  let onTime = 0;
  for (const task of tasks) {
    const closed = task.closedAt !== null;
    if (!closed && compareIsoDate(today, task.dueDate) <= 0) continue;
    due += 1;
    if (closed && compareIsoDate(businessDateInZone(task.closedAt!, timeZone), task.dueDate) <= 0) onTime += 1;
  }
  return { opened: tasks.length, due, onTime, pending: tasks.length - due, rate: rate(onTime, due) };
}
