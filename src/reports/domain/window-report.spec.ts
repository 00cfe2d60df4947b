import { ClerkRef, windowReport, WindowRatingSums, WindowVisitSums } from './window-report';

const MIN = 60_000;
const wang: ClerkRef = { id: 7, username: 'clerk1', displayName: '王敏' };
const li: ClerkRef = { id: 8, username: 'clerk2', displayName: '李强' };
const names = { windows: new Map([[1, '1号综合窗口'], [2, '2号综合窗口']]), clerks: new Map([[wang.id, wang], [li.id, li]]) };

/** Sums of visits given as [outcome, wait minutes, service minutes | null]. */
function sums(windowNumber: number, clerkId: number, visits: Array<['served' | 'no_show', number, number | null]>): WindowVisitSums {
  const started = visits.filter(([o, , s]) => o === 'served' && s !== null);
  return {
    windowNumber, clerkId,
    served: visits.filter(([o]) => o === 'served').length,
    noShows: visits.filter(([o]) => o === 'no_show').length,
    waitMs: visits.reduce((a, [, w]) => a + w * MIN, 0), waited: visits.length,
    serviceMs: started.reduce((a, [, , s]) => a + s! * MIN, 0), serviced: started.length,
  };
}

describe('windowReport', () => {
  it('one row per window × clerk with served, no-shows, waits, service and ratings (hand-computed)', () => {
    const visits = [
      sums(1, 7, [['served', 10, 6], ['served', 20, 9], ['no_show', 30, null]]),
      sums(2, 7, [['served', 4, 3]]),
      sums(1, 8, [['served', 5, 5]]),
    ];
    const ratings: WindowRatingSums[] = [{ windowNumber: 1, clerkId: 7, count: 3, scoreSum: 11, bad: 1, satisfied: 2 }];
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
    const { rows } = windowReport([], [{ windowNumber: 2, clerkId: 8, count: 1, scoreSum: 1, bad: 1, satisfied: 0 }], names);
    expect(rows).toEqual([{
      windowNumber: 2, windowName: '2号综合窗口', clerk: li, served: 0, noShows: 0, noShowShare: null,
      averageWaitMinutes: null, averageServiceMinutes: null, ratings: { count: 1, average: 1, bad: 1 },
    }]);
  });

  it('unknown windows and clerks fall back to their numbers', () => {
    const { rows } = windowReport([sums(9, 99, [['served', 1, 1]])], [], names);
    expect(rows[0]).toMatchObject({ windowName: '9号窗口', clerk: { id: 99, username: '#99', displayName: '#99' } });
  });

  it('nothing gives no rows and empty totals', () => {
    expect(windowReport([], [], names)).toEqual({
      rows: [],
      totals: { served: 0, noShows: 0, noShowShare: null, averageWaitMinutes: null, averageServiceMinutes: null, ratings: { count: 0, average: null, bad: 0 } },
    });
  });
});
