import { addDays, dayOfWeek } from '../../calendar/domain/iso-date';
import { hoursBetween } from './request-light';

/** One request as the figures see it. */
export interface RequestFact {
  key: string;
  name: string;
  reportedAt: number;
  dueAt: number;
  /** When the last assigned department replied; null while unanswered. */
  repliedAt: number | null;
}

export interface RequestFigure {
  key: string;
  name: string;
  count: number;
  /** Over the replied ones; null when none was replied yet. */
  medianHoursToReply: number | null;
  p90HoursToReply: number | null;
  /**
   * Replied by dueAt, out of those whose outcome is known at `now` (replied, or past due without a reply);
   * null when none is known yet. A request still inside its time counts neither way.
   */
  withinLimitShare: number | null;
}

/** The nearest-rank percentile (p in 0..100) of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

const oneDecimal = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

/** Figures per key (category, department or week), in the order keys first appear. */
export function requestFigures(facts: readonly RequestFact[], now: number): RequestFigure[] {
  const groups = new Map<string, RequestFact[]>();
  for (const f of facts) groups.set(f.key, [...(groups.get(f.key) ?? []), f]);
  return [...groups.entries()].map(([key, group]) => {
    const hours = group.filter((f) => f.repliedAt !== null).map((f) => hoursBetween(f.reportedAt, f.repliedAt!)).sort((a, b) => a - b);
    const known = group.filter((f) => f.repliedAt !== null || now > f.dueAt);
    const within = known.filter((f) => f.repliedAt !== null && f.repliedAt <= f.dueAt);
    return {
      key,
      name: group[0].name,
      count: group.length,
      medianHoursToReply: oneDecimal(percentile(hours, 50)),
      p90HoursToReply: oneDecimal(percentile(hours, 90)),
      withinLimitShare: known.length ? Math.round((within.length / known.length) * 1000) / 1000 : null,
    };
  });
}

/** The Monday of the week a date falls in: the key of `by=week`. */
export function weekOf(date: string): string {
  return addDays(date, -((dayOfWeek(date) + 6) % 7));
}
