import { rate } from '../../supervision/domain/case-figures';

/** 窗口与人员考核: one row per window × clerk from the visits they closed and the ratings they got. Pure. */

export interface ClerkRef {
  id: number;
  username: string;
  displayName: string;
}

/** One visit that ended at a window: served (finished) or a no-show (过号), with its times in epoch ms. */
export interface VisitFact {
  windowNumber: number;
  windowName: string;
  clerk: ClerkRef;
  outcome: 'served' | 'no_show';
  issuedAt: number;
  calledAt: number;
  /** Served visits: when service started and ended. */
  startedAt: number | null;
  finishedAt: number | null;
}

export interface WindowRatingFact {
  windowNumber: number;
  clerkId: number;
  score: number;
}

export interface WindowReportRow {
  windowNumber: number;
  windowName: string;
  clerk: ClerkRef;
  served: number;
  noShows: number;
  /** noShows ÷ (served + noShows), 4 decimals; null with neither. */
  noShowShare: number | null;
  /** From issue to call, over every visit that was called (served and no-shows), 1 decimal. */
  averageWaitMinutes: number | null;
  /** From start to finish, over served visits, 1 decimal. */
  averageServiceMinutes: number | null;
  ratings: { count: number; average: number | null; bad: number };
}

export type WindowReportTotals = Omit<WindowReportRow, 'windowNumber' | 'windowName' | 'clerk'>;

const MINUTE = 60_000;

const mean = (values: readonly number[], decimals: number): number | null => {
  if (values.length === 0) return null;
  const f = 10 ** decimals;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * f) / f;
};

function figures(visits: readonly VisitFact[], ratings: readonly WindowRatingFact[]): WindowReportTotals {
  const served = visits.filter((v) => v.outcome === 'served');
  const noShows = visits.length - served.length;
  const service = served.filter((v) => v.startedAt !== null && v.finishedAt !== null).map((v) => (v.finishedAt! - v.startedAt!) / MINUTE);
  return {
    served: served.length,
    noShows,
    noShowShare: rate(noShows, visits.length),
    averageWaitMinutes: mean(visits.map((v) => Math.max(0, v.calledAt - v.issuedAt) / MINUTE), 1),
    averageServiceMinutes: mean(service.map((m) => Math.max(0, m)), 1),
    ratings: {
      count: ratings.length,
      average: mean(ratings.map((r) => r.score), 2),
      bad: ratings.filter((r) => r.score <= 2).length,
    },
  };
}

const keyOf = (windowNumber: number, clerkId: number) => `${windowNumber}:${clerkId}`;

/**
 * Rows ordered by window number, then clerk username; a window × clerk pair appears when it has a visit.
 * Ratings of a pair without visits in the period (rated later) still make a row, named from `clerks`.
 */
export function windowReport(
  visits: readonly VisitFact[],
  ratings: readonly WindowRatingFact[],
  names: { windows: ReadonlyMap<number, string>; clerks: ReadonlyMap<number, ClerkRef> },
): { rows: WindowReportRow[]; totals: WindowReportTotals } {
  const pairs = new Map<string, { windowNumber: number; windowName: string; clerk: ClerkRef; visits: VisitFact[]; ratings: WindowRatingFact[] }>();
  for (const v of visits) {
    const key = keyOf(v.windowNumber, v.clerk.id);
    const pair = pairs.get(key) ?? { windowNumber: v.windowNumber, windowName: v.windowName, clerk: v.clerk, visits: [], ratings: [] };
    pair.visits.push(v);
    pairs.set(key, pair);
  }
  for (const r of ratings) {
    const key = keyOf(r.windowNumber, r.clerkId);
    let pair = pairs.get(key);
    if (!pair) {
      const clerk = names.clerks.get(r.clerkId) ?? { id: r.clerkId, username: `#${r.clerkId}`, displayName: `#${r.clerkId}` };
      pair = { windowNumber: r.windowNumber, windowName: names.windows.get(r.windowNumber) ?? `${r.windowNumber}号窗口`, clerk, visits: [], ratings: [] };
      pairs.set(key, pair);
    }
    pair.ratings.push(r);
  }
  const rows = [...pairs.values()]
    .sort((a, b) => a.windowNumber - b.windowNumber || a.clerk.username.localeCompare(b.clerk.username))
    .map((p) => ({ windowNumber: p.windowNumber, windowName: p.windowName, clerk: p.clerk, ...figures(p.visits, p.ratings) }));
  return { rows, totals: figures(visits, ratings) };
}
