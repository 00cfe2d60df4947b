import { rectificationFigure, RectificationRow, satisfactionFigure } from './rating-figures';
import { at, TZ } from './supervision.fixture';

describe('satisfactionFigure: scores 4–5 over all ratings', () => {
  it.each([
    [[5, 4, 3, 2, 1], { ratings: 5, satisfied: 2, bad: 2, rate: 0.4 }],
    [[5, 5, 4], { ratings: 3, satisfied: 3, bad: 0, rate: 1 }],
    [[3, 2], { ratings: 2, satisfied: 0, bad: 1, rate: 0 }],
    [[], { ratings: 0, satisfied: 0, bad: 0, rate: null }],
  ])('%j → %j', (scores, expected) => {
    const ratings = scores.map((score) => ({ score, source: 'resident', createdAt: at('2026-11-23T10:00') }));
    expect(satisfactionFigure(ratings)).toMatchObject({ ...expected, defaults: 0 });
  });

  it('counts default ratings (默认评价, 3) as ratings and says how many there were', () => {
    const ratings = [{ score: 5, source: 'pad', createdAt: 0 }, { score: 3, source: 'default', createdAt: 0 }];
    expect(satisfactionFigure(ratings)).toEqual({ ratings: 2, satisfied: 1, bad: 0, defaults: 1, rate: 0.5 });
  });
});

describe('rectificationFigure: closed by the due date, over closed or past due', () => {
  // opened Wed 2026-09-30, 5 wd → due Mon 2026-10-12 (National Day in between, 10-10 a make-up Saturday)
  const task = (closed: string | null): RectificationRow => ({ createdAt: at('2026-09-30T10:00'), dueDate: '2026-10-12', closedAt: closed === null ? null : at(closed) });

  it.each([
    ['closed before the due date', '2026-10-09T15:00', '2026-10-20', { due: 1, onTime: 1, pending: 0, rate: 1 }],
    ['closed late on the due date', '2026-10-12T23:30', '2026-10-20', { due: 1, onTime: 1, pending: 0, rate: 1 }],
    ['closed just after midnight Shanghai', '2026-10-13T00:15', '2026-10-20', { due: 1, onTime: 0, pending: 0, rate: 0 }],
    ['open and past due', null, '2026-10-13', { due: 1, onTime: 0, pending: 0, rate: 0 }],
    ['open on its due date: not counted yet', null, '2026-10-12', { due: 0, onTime: 0, pending: 1, rate: null }],
    ['open and not due', null, '2026-10-08', { due: 0, onTime: 0, pending: 1, rate: null }],
  ])('%s', (_name, closed, today, expected) => {
    expect(rectificationFigure([task(closed)], TZ, today)).toEqual({ opened: 1, ...expected });
  });

  it('mixes them', () => {
    const tasks = [task('2026-10-09T15:00'), task('2026-10-14T09:00'), task(null), { createdAt: at('2026-10-15T09:00'), dueDate: '2026-10-22', closedAt: null }];
    expect(rectificationFigure(tasks, TZ, '2026-10-16')).toEqual({ opened: 4, due: 3, onTime: 1, pending: 1, rate: 0.3333 });
  });
});
