import { ClerkRef, VisitFact, windowReport, WindowRatingFact } from './window-report';

const MIN = 60_000;
const wang: ClerkRef = { id: 7, username: 'clerk1', displayName: '王敏' };
const li: ClerkRef = { id: 8, username: 'clerk2', displayName: '李强' };
const T0 = Date.UTC(2026, 10, 2, 1, 0);

function visit(windowNumber: number, clerk: ClerkRef, outcome: VisitFact['outcome'], waitMin: number, serviceMin: number | null): VisitFact {
  const calledAt = T0 + waitMin * MIN;
  return {
    windowNumber, windowName: `${windowNumber}号综合窗口`, clerk, outcome, issuedAt: T0, calledAt,
    startedAt: serviceMin === null ? null : calledAt + MIN,
    finishedAt: serviceMin === null ? null : calledAt + MIN + serviceMin * MIN,
  };
}
const names = { windows: new Map([[1, '1号综合窗口'], [2, '2号综合窗口']]), clerks: new Map([[wang.id, wang], [li.id, li]]) };

describe('windowReport', () => {
  it('one row per window × clerk with served, no-shows, waits, service and ratings (hand-computed)', () => {
    const visits = [
      visit(1, wang, 'served', 10, 6),
      visit(1, wang, 'served', 20, 9),
      visit(1, wang, 'no_show', 30, null),
      visit(2, wang, 'served', 4, 3),
      visit(1, li, 'served', 5, 5),
    ];
    const ratings: WindowRatingFact[] = [
      { windowNumber: 1, clerkId: 7, score: 5 },
      { windowNumber: 1, clerkId: 7, score: 2 },
      { windowNumber: 1, clerkId: 7, score: 4 },
    ];
    const { rows, totals } = windowReport(visits, ratings, names);
    expect(rows.map((r) => [r.windowNumber, r.clerk.username])).toEqual([[1, 'clerk1'], [1, 'clerk2'], [2, 'clerk1']]);
    expect(rows[0]).toEqual({
      windowNumber: 1, windowName: '1号综合窗口', clerk: wang,
      served: 2, noShows: 1, noShowShare: 0.3333,
      averageWaitMinutes: 20, averageServiceMinutes: 7.5,
      ratings: { count: 3, average: 3.67, bad: 1 },
    });
    expect(rows[2]).toMatchObject({ served: 1, noShows: 0, noShowShare: 0, averageWaitMinutes: 4, averageServiceMinutes: 3, ratings: { count: 0, average: null, bad: 0 } });
    expect(totals).toEqual({
      served: 4, noShows: 1, noShowShare: 0.2,
      averageWaitMinutes: 13.8, averageServiceMinutes: 5.8,
      ratings: { count: 3, average: 3.67, bad: 1 },
    });
  });

  it('a rating without visits in the period still makes a row, named from the lists', () => {
    const { rows } = windowReport([], [{ windowNumber: 2, clerkId: 8, score: 1 }], names);
    expect(rows).toEqual([{
      windowNumber: 2, windowName: '2号综合窗口', clerk: li, served: 0, noShows: 0, noShowShare: null,
      averageWaitMinutes: null, averageServiceMinutes: null, ratings: { count: 1, average: 1, bad: 1 },
    }]);
  });

  it('nothing gives no rows and empty totals', () => {
    expect(windowReport([], [], names)).toEqual({
      rows: [],
      totals: { served: 0, noShows: 0, noShowShare: null, averageWaitMinutes: null, averageServiceMinutes: null, ratings: { count: 0, average: null, bad: 0 } },
    });
  });
});
