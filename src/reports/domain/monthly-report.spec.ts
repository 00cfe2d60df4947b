import { compareFigure, monthlyFigures, monthlySections, type Better, type FigureChange } from './monthly-report';
import type { CellFormat } from './report-table';

describe('compareFigure', () => {
  it.each<[number | null, number | null, CellFormat, Better, FigureChange | null]>([
    [12, 9, 'int', 'neutral', { arrow: '↑', delta: '+3', tone: 'neutral' }],
    [9, 12, 'int', 'neutral', { arrow: '↓', delta: '-3', tone: 'neutral' }],
    [5, 5, 'int', 'lower', { arrow: '→', delta: '持平', tone: 'neutral' }],
    [3, 5, 'int', 'lower', { arrow: '↓', delta: '-2', tone: 'better' }],
    [7, 5, 'int', 'lower', { arrow: '↑', delta: '+2', tone: 'worse' }],
    [0.925, 0.9, 'share', 'higher', { arrow: '↑', delta: '+2.5个百分点', tone: 'better' }],
    [0.8, 0.9, 'share', 'higher', { arrow: '↓', delta: '-10.0个百分点', tone: 'worse' }],
    [0.90001, 0.9, 'share', 'higher', { arrow: '→', delta: '持平', tone: 'neutral' }], // both show 90.0%
    [1, 0.5, 'share', 'higher', { arrow: '↑', delta: '+50.0个百分点', tone: 'better' }],
    [6.04, 6.0, 'decimal1', 'lower', { arrow: '→', delta: '持平', tone: 'neutral' }], // both show 6.0
    [4.5, 6.0, 'decimal1', 'lower', { arrow: '↓', delta: '-1.5', tone: 'better' }],
    [7.2, 6.1, 'decimal1', 'lower', { arrow: '↑', delta: '+1.1', tone: 'worse' }],
    [4.75, 4.5, 'decimal2', 'higher', { arrow: '↑', delta: '+0.25', tone: 'better' }],
    [0, 0, 'int', 'neutral', { arrow: '→', delta: '持平', tone: 'neutral' }],
    [null, 0.9, 'share', 'higher', null],
    [0.9, null, 'share', 'higher', null],
    [3, 2, 'text', 'neutral', null],
  ])('%j against %j (%s, %s higher)', (current, previous, format, better, expected) =>
    expect(compareFigure(current, previous, format, better)).toEqual(expected));
});

describe('monthlySections', () => {
  const everything = { kinds: ['halls', 'windows', 'departments', 'items', 'requests'], ranking: true };
  it.each<[string[], { kinds: string[]; ranking: boolean }]>([
    [['supervisor'], everything],
    [['admin'], everything],
    [['head', 'supervisor'], everything],
    [['head'], { kinds: ['departments', 'items'], ranking: false }],
    [['clerk'], { kinds: [], ranking: false }],
    [[], { kinds: [], ranking: false }],
  ])('%j', (roles, expected) => expect(monthlySections(roles)).toEqual(expected));
});

describe('monthlyFigures', () => {
  const halls = { ticketsServed: 120, noShows: 6, averageWaitMinutes: 8.25, casesReceived: 40, casesDecided: 35, onTimeShare: 0.9, visitsPerCase: 1.2, requests: 7 };
  const windows = { served: 118, noShows: 6, noShowShare: 0.05, averageWaitMinutes: 8.3, averageServiceMinutes: 5, ratings: { count: 30, average: 4.5, bad: 1 } };
  const departments = { casesDecided: 35, onTimeShare: 0.9, averageWorkingDays: 3, satisfactionShare: 0.95, badReviews: 1, badReviewsRectifiedOnTime: 1, visitsPerCase: 1.2 };
  const requests = { count: 7, medianHoursToReply: 3, p90HoursToReply: 20, withinLimitShare: null };
  const items = { casesDecided: 35 };

  it('reads each figure from the totals of its report, formatted as the tables show it', () => {
    const figures = monthlyFigures({ halls, windows, departments, items, requests }, null);
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ['办结人次', 120],
      ['过号人次', 6],
      ['平均等候(分钟)', '8.3'],
      ['受理件数', 40],
      ['办结件数', 35],
      ['按时办结率', '90.0%'],
      ['满意率', '95.0%'],
      ['窗口平均评分', '4.50'],
      ['诉求件数', 7],
      ['诉求按时回复率', '—'],
    ]);
    expect(figures.every((f) => f.change === null)).toBe(true);
  });

  it('compares with the month before where both months have the figure', () => {
    const before = { halls: { ...halls, ticketsServed: 100, averageWaitMinutes: 10, onTimeShare: 0.8 }, windows, departments: { ...departments, satisfactionShare: null }, requests };
    const figures = Object.fromEntries(monthlyFigures({ halls, windows, departments, requests }, before).map((f) => [f.key, f.change]));
    expect(figures.ticketsServed).toEqual({ arrow: '↑', delta: '+20', tone: 'neutral' });
    expect(figures.averageWaitMinutes).toEqual({ arrow: '↓', delta: '-1.7', tone: 'better' });
    expect(figures.onTimeShare).toEqual({ arrow: '↑', delta: '+10.0个百分点', tone: 'better' });
    expect(figures.noShows).toEqual({ arrow: '→', delta: '持平', tone: 'neutral' });
    expect(figures.satisfactionShare).toBeNull();
    expect(figures.requestsWithinLimitShare).toBeNull();
  });

  it("gives a department head the figures of the department report only", () => {
    const figures = monthlyFigures({ departments, items }, { departments: { ...departments, casesDecided: 30 }, items });
    expect(figures.map((f) => [f.label, f.value, f.change?.delta ?? null])).toEqual([
      ['办结件数', 35, '+5'],
      ['按时办结率', '90.0%', '持平'],
      ['满意率', '95.0%', '持平'],
    ]);
  });
});
