import { percentile, RequestFact, requestFigures, weekOf } from './request-figures';

const H = 3_600_000;

describe('percentile (nearest rank)', () => {
  it.each([
    [[], 50, null],
    [[5], 50, 5],
    [[5], 90, 5],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
  ])('%j p%d → %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});

describe('request figures', () => {
  const fact = (key: string, reportedH: number, dueH: number, repliedH: number | null): RequestFact => ({
    key, name: key === 'SZ' ? '市政设施' : '噪音扰民', reportedAt: reportedH * H, dueAt: dueH * H, repliedAt: repliedH === null ? null : repliedH * H,
  });

  it('median and p90 hours to reply, and the share answered within limit, per key', () => {
    const now = 100 * H;
    const figures = requestFigures([
      fact('SZ', 0, 24, 2), // 2 h, within
      fact('SZ', 0, 24, 20), // 20 h, within
      fact('SZ', 10, 34, 40), // 30 h, late
      fact('SZ', 90, 114, null), // still inside its time: counts neither way
      fact('ZY', 0, 12, null), // past due unanswered: late
      fact('ZY', 50, 62, 51.5), // 1.5 h, within
    ], now);
    expect(figures).toEqual([
      { key: 'SZ', name: '市政设施', count: 4, medianHoursToReply: 20, p90HoursToReply: 30, withinLimitShare: 0.667 },
      { key: 'ZY', name: '噪音扰民', count: 2, medianHoursToReply: 1.5, p90HoursToReply: 1.5, withinLimitShare: 0.5 },
    ]);
  });

  it('nothing replied and nothing overdue yet: no hours, no share', () => {
    expect(requestFigures([fact('SZ', 0, 24, null)], 1 * H)).toEqual([
      { key: 'SZ', name: '市政设施', count: 1, medianHoursToReply: null, p90HoursToReply: null, withinLimitShare: null },
    ]);
  });

  it('a reply exactly at dueAt is within limit', () => {
    expect(requestFigures([fact('SZ', 0, 24, 24)], 30 * H)[0].withinLimitShare).toBe(1);
  });
});

describe('weekOf', () => {
  it.each([
    ['2026-11-30', '2026-11-30'], // a Monday is its own week
    ['2026-12-03', '2026-11-30'],
    ['2026-12-06', '2026-11-30'], // Sunday closes the week
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'], // across the year
  ])('%s is in the week of %s', (date, monday) => {
    expect(weekOf(date)).toBe(monday);
  });
});
