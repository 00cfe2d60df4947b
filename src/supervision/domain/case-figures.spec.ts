import { DecidedCaseRow, durationFigure, isOneVisit, oneVisitFigure, onTimeFigure, rate, workingDaysTaken } from './case-figures';
import { at, calendar, TZ } from './supervision.fixture';

let nextId = 1;
function decided(overrides: Partial<DecidedCaseRow>): DecidedCaseRow {
  return {
    id: nextId++, itemCode: 'LNYDZ', itemName: '老年人优待证', kind: 'promised',
    acceptedAt: at('2026-09-18T10:00'), decidedAt: at('2026-09-25T10:00'), dueDate: '2026-10-09', dueAt: null,
    visitsRequired: 1, trailStatuses: [], ...overrides,
  };
}

describe('workingDaysTaken: acceptance → decision, counted from the next working day', () => {
  it.each([
    ['same day', '2026-09-30T09:00', '2026-09-30T17:00', 0],
    ['over National Day (10-01…10-07 off)', '2026-09-30T09:00', '2026-10-08T09:00', 1],
    ['over the make-up Sunday 09-20', '2026-09-18T09:00', '2026-09-21T09:00', 2],
    ['over the make-up Saturday 10-10', '2026-10-09T09:00', '2026-10-12T09:00', 2],
    ['over Spring Festival (02-14 make-up, 02-15…02-23 off)', '2026-02-13T09:00', '2026-02-24T09:00', 2],
    ['across the new year (01-01…01-03 off, 01-04 make-up)', '2025-12-31T09:00', '2026-01-05T09:00', 2],
    ['a plain week', '2026-11-23T09:00', '2026-11-30T09:00', 5],
    ['decided just after local midnight counts the new day', '2026-11-23T09:00', '2026-11-25T00:10', 2],
  ])('%s: %s → %s = %i', (_name, accepted, decidedAt, days) => {
    expect(workingDaysTaken(calendar, { acceptedAt: at(accepted), decidedAt: at(decidedAt) }, TZ)).toBe(days);
  });

  it('is 0 without an acceptance', () => {
    expect(workingDaysTaken(calendar, { acceptedAt: null, decidedAt: at('2026-10-08T09:00') }, TZ)).toBe(0);
  });
});

describe('onTimeFigure: decided on or before the due date, hall-local', () => {
  // accepted Fri 2026-09-18 + 10 wd → due Fri 2026-10-09 (DOMAIN.md worked example)
  it.each([
    ['a week early', '2026-10-02T10:00', true], // a holiday, but a decision is a decision
    ['on the due day, late evening', '2026-10-09T23:59', true],
    ['just after midnight Shanghai (still 10-09 in UTC)', '2026-10-10T00:30', false],
    ['on the make-up Saturday after', '2026-10-10T09:00', false],
  ])('%s (%s) → on time %s', (_name, decidedAt, onTime) => {
    const figure = onTimeFigure([decided({ decidedAt: at(decidedAt) })], TZ);
    expect(figure).toEqual({ decided: 1, onTime: onTime ? 1 : 0, late: onTime ? 0 : 1, rate: onTime ? 1 : 0 });
  });

  it('compares instants for hour limits (诉求 48 h)', () => {
    const due = at('2026-11-25T09:00');
    const sq = (decidedAt: number) => decided({ kind: 'request', itemCode: 'SQ', dueDate: '2026-11-25', dueAt: due, decidedAt });
    expect(onTimeFigure([sq(due), sq(due + 60_000)], TZ)).toEqual({ decided: 2, onTime: 1, late: 1, rate: 0.5 });
  });

  it('leaves out 即办件 and cases without a due date; null rate when nothing was decided', () => {
    const rows = [decided({ kind: 'immediate', dueDate: null }), decided({ dueDate: null })];
    expect(onTimeFigure(rows, TZ)).toEqual({ decided: 0, onTime: 0, late: 0, rate: null });
  });

  it('rounds the rate to 4 decimals', () => {
    const rows = [decided({}), decided({}), decided({ decidedAt: at('2026-10-12T09:00') })];
    expect(onTimeFigure(rows, TZ).rate).toBe(0.6667);
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('durationFigure: mean working days per item', () => {
  it('averages per item code and overall, 2 decimals, leaving out 即办件', () => {
    const rows = [
      decided({ itemCode: 'LNYDZ', acceptedAt: at('2026-09-30T09:00'), decidedAt: at('2026-10-08T09:00') }), // 1
      decided({ itemCode: 'LNYDZ', acceptedAt: at('2026-09-18T09:00'), decidedAt: at('2026-09-21T09:00') }), // 2
      decided({ itemCode: 'JZZ', itemName: '居住证申领', acceptedAt: at('2026-11-23T09:00'), decidedAt: at('2026-11-30T09:00') }), // 5
      decided({ itemCode: 'SYDJ', itemName: '生育登记', kind: 'immediate', dueDate: null, acceptedAt: at('2026-11-23T09:00'), decidedAt: at('2026-11-23T09:00') }),
    ];
    expect(durationFigure(rows, calendar, TZ)).toEqual({
      cases: 3, totalWorkingDays: 8, averageWorkingDays: 2.67,
      byItem: [
        { itemCode: 'JZZ', itemName: '居住证申领', cases: 1, totalWorkingDays: 5, averageWorkingDays: 5 },
        { itemCode: 'LNYDZ', itemName: '老年人优待证', cases: 2, totalWorkingDays: 3, averageWorkingDays: 1.5 },
      ],
    });
  });

  it('is empty with no cases', () => {
    expect(durationFigure([], calendar, TZ)).toEqual({ cases: 0, totalWorkingDays: 0, averageWorkingDays: null, byItem: [] });
  });
});

describe('最多跑一次', () => {
  it.each([
    [1, [], true],
    [0, [], true],
    [2, [], false],
    [1, ['dispatched', 'in_progress', 'decided_approved'], true],
    [1, ['awaiting_supplement'], false],
    [1, ['returned'], false],
    [0, ['returned', 'awaiting_supplement'], false],
  ])('visitsRequired %i, trail %j → one visit %s', (visitsRequired, trailStatuses, expected) => {
    expect(isOneVisit({ visitsRequired, trailStatuses })).toBe(expected);
  });

  it('counts every decided case, 即办件 included', () => {
    const rows = [
      decided({ kind: 'immediate', dueDate: null }),
      decided({}),
      decided({ trailStatuses: ['awaiting_supplement'] }),
      decided({ visitsRequired: 2 }),
    ];
    expect(oneVisitFigure(rows)).toEqual({ decided: 4, oneVisit: 2, rate: 0.5 });
    expect(oneVisitFigure([])).toEqual({ decided: 0, oneVisit: 0, rate: null });
  });
});
