import { rate } from '../../supervision/domain/case-figures';

/**
 * 窗口与人员考核: one row per window × clerk. The database sums the visits (one GROUP BY over an index, so a year of
 * a busy hall stays fast); the figures, their rounding and the totals are computed here. Pure.
 */

export interface ClerkRef {
  id: number;
  username: string;
  displayName: string;
}

/** The visits one clerk closed at one window in the period, summed (ms). */
export interface WindowVisitSums {
  windowNumber: number;
  clerkId: number;
  served: number;
  noShows: number;
  /** Issue → call, over every called visit (served and no-shows), negative gaps counted as 0. */
  waitMs: number;
  waited: number;
  /** Start → finish over served visits that were started. */
  serviceMs: number;
  serviced: number;
}

/** Ratings of the visits one clerk served at one window, summed. */
export interface WindowRatingSums {
  windowNumber: number;
  clerkId: number;
  count: number;
  scoreSum: number;
  /** Scores ≤ 2 (差评). */
  bad: number;
  /** Scores ≥ 4 (满意, 非常满意): the 考核 ranking's satisfaction share. */
  satisfied: number;
}

export interface WindowReportRow {
  windowNumber: number;
  windowName: string;
  clerk: ClerkRef;
  served: number;
  noShows: number;
  /** noShows ÷ (served + noShows), 4 decimals; null with neither. */
  noShowShare: number | null;
  averageWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  ratings: { count: number; average: number | null; bad: number };
}

export type WindowReportTotals = Omit<WindowReportRow, 'windowNumber' | 'windowName' | 'clerk'>;

const MINUTE = 60_000;

const ratio = (sum: number, count: number, decimals: number): number | null => {
  if (count === 0) return null;
  const f = 10 ** decimals;
  return Math.round((sum / count) * f) / f;
};

type Sums = Omit<WindowVisitSums, 'windowNumber' | 'clerkId'> & { ratingCount: number; scoreSum: number; bad: number };
const EMPTY: Sums = { served: 0, noShows: 0, waitMs: 0, waited: 0, serviceMs: 0, serviced: 0, ratingCount: 0, scoreSum: 0, bad: 0 };

function add(a: Sums, b: Partial<Sums>): Sums {
  const out = { ...a };
  for (const k of Object.keys(EMPTY) as (keyof Sums)[]) out[k] += b[k] ?? 0;
  return out;
}

function figures(s: Sums): WindowReportTotals {
  return {
    served: s.served,
    noShows: s.noShows,
    noShowShare: rate(s.noShows, s.served + s.noShows),
    averageWaitMinutes: ratio(s.waitMs / MINUTE, s.waited, 1),
    averageServiceMinutes: ratio(s.serviceMs / MINUTE, s.serviced, 1),
    ratings: { count: s.ratingCount, average: ratio(s.scoreSum, s.ratingCount, 2), bad: s.bad },
  };
}

const keyOf = (windowNumber: number, clerkId: number) => `${windowNumber}:${clerkId}`;

/**
 * Rows ordered by window number, then clerk username; a pair appears when it has a visit or a rating (a visit
 * rated after the period still counts its rating in the period it was given). Unknown names fall back to numbers.
 */
export function windowReport(
  visits: readonly WindowVisitSums[],
  ratings: readonly WindowRatingSums[],
  names: { windows: ReadonlyMap<number, string>; clerks: ReadonlyMap<number, ClerkRef> },
): { rows: WindowReportRow[]; totals: WindowReportTotals } {
  const pairs = new Map<string, { windowNumber: number; clerkId: number; sums: Sums }>();
  const pair = (windowNumber: number, clerkId: number) => {
    const key = keyOf(windowNumber, clerkId);
    const found = pairs.get(key) ?? { windowNumber, clerkId, sums: EMPTY };
    pairs.set(key, found);
    return found;
  };
  let total = EMPTY;
  for (const v of visits) {
    const p = pair(v.windowNumber, v.clerkId);
    p.sums = add(p.sums, v);
    total = add(total, v);
  }
  for (const r of ratings) {
    const p = pair(r.windowNumber, r.clerkId);
    const sums = { ratingCount: r.count, scoreSum: r.scoreSum, bad: r.bad };
    p.sums = add(p.sums, sums);
    total = add(total, sums);
  }
  const clerkOf = (id: number): ClerkRef => names.clerks.get(id) ?? { id, username: `#${id}`, displayName: `#${id}` };
  const rows = [...pairs.values()]
    .map((p) => ({ windowNumber: p.windowNumber, windowName: names.windows.get(p.windowNumber) ?? `${p.windowNumber}号窗口`, clerk: clerkOf(p.clerkId), ...figures(p.sums) }))
    .sort((a, b) => a.windowNumber - b.windowNumber || a.clerk.username.localeCompare(b.clerk.username));
  return { rows, totals: figures(total) };
}
