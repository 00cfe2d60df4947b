import type { DecidedCaseRow } from './case-figures';
import { computeFigures, FiguresInput } from './figures';
import { at, calendar, TZ } from './supervision.fixture';

let nextId = 1;
const decided = (acceptedAt: string, decidedAt: string, dueDate: string, extra: Partial<DecidedCaseRow> = {}): DecidedCaseRow => ({
  id: nextId++, itemCode: 'LNYDZ', itemName: '老年人优待证', kind: 'promised', acceptedAt: at(acceptedAt), decidedAt: at(decidedAt),
  dueDate, dueAt: null, visitsRequired: 1, trailStatuses: [], ...extra,
});

function input(overrides: Partial<FiguresInput>): FiguresInput {
  return { range: { period: 'week', from: '2026-09-28', to: '2026-10-18' }, timeZone: TZ, calendar, today: '2026-10-20', cases: [], ratings: [], rectifications: [], ...overrides };
}

describe('computeFigures', () => {
  it('puts rows in hall-local weeks (Monday first) around National Day, and totals the range', () => {
    const cases = [
      decided('2026-09-25T10:00', '2026-09-30T10:00', '2026-10-09'), // week 09-28, on time, 3 wd (09-28, 09-29, 09-30)
      decided('2026-09-30T09:00', '2026-10-04T23:30', '2026-10-08', { trailStatuses: ['awaiting_supplement'] }), // week 09-28, on time, 0 wd (holiday)
      decided('2026-09-30T09:00', '2026-10-05T00:30', '2026-10-08'), // 10-05 local (still 10-04 in UTC): week 10-05, 0 wd
      decided('2026-09-18T09:00', '2026-10-10T09:00', '2026-10-09', { itemCode: 'JZZ', itemName: '居住证申领' }), // week 10-05, late, 11 wd
      decided('2026-10-12T09:00', '2026-10-12T09:30', '2026-10-12', { kind: 'immediate', dueDate: '2026-10-12', itemCode: 'SYDJ', itemName: '生育登记' }), // not a 承诺件
      decided('2026-09-01T09:00', '2026-09-27T09:00', '2026-09-30'), // before the range: ignored
      decided('2026-10-01T09:00', '2026-10-19T09:00', '2026-10-20'), // after the range: ignored
    ];
    const ratings = [
      { score: 5, source: 'resident', createdAt: at('2026-09-29T10:00') },
      { score: 2, source: 'resident', createdAt: at('2026-09-29T11:00') },
      { score: 4, source: 'pad', createdAt: at('2026-10-12T11:00') },
      { score: 3, source: 'default', createdAt: at('2026-10-18T23:59') },
      { score: 5, source: 'pad', createdAt: at('2026-10-19T00:01') }, // after the range
    ];
    const rectifications = [
      { createdAt: at('2026-09-29T11:00'), dueDate: '2026-10-12', closedAt: at('2026-10-12T16:00') }, // on time
      { createdAt: at('2026-10-13T09:00'), dueDate: '2026-10-20', closedAt: null }, // due today: pending
    ];
    const out = computeFigures(input({ cases, ratings, rectifications }));
    expect(out.buckets.map((b) => b.key)).toEqual(['2026-09-28', '2026-10-05', '2026-10-12']);
    expect(out.buckets.map((b) => b.onTime)).toEqual([
      { decided: 2, onTime: 2, late: 0, rate: 1 },
      { decided: 2, onTime: 1, late: 1, rate: 0.5 },
      { decided: 0, onTime: 0, late: 0, rate: null },
    ]);
    expect(out.buckets.map((b) => [b.duration.cases, b.duration.averageWorkingDays])).toEqual([[2, 1.5], [2, 5.5], [0, null]]);
    expect(out.buckets.map((b) => [b.oneVisit.decided, b.oneVisit.oneVisit])).toEqual([[2, 1], [2, 2], [1, 1]]);
    expect(out.buckets.map((b) => [b.satisfaction.ratings, b.satisfaction.satisfied, b.satisfaction.rate])).toEqual([[2, 1, 0.5], [0, 0, null], [2, 1, 0.5]]);
    expect(out.buckets.map((b) => [b.rectification.opened, b.rectification.due, b.rectification.onTime])).toEqual([[1, 1, 1], [0, 0, 0], [1, 0, 0]]);
    expect(out.totals).toMatchObject({
      onTime: { decided: 4, onTime: 3, late: 1, rate: 0.75 },
      duration: { cases: 4, totalWorkingDays: 14, averageWorkingDays: 3.5 },
      satisfaction: { ratings: 4, satisfied: 2, bad: 1, defaults: 1, rate: 0.5 },
      rectification: { opened: 2, due: 1, onTime: 1, pending: 1, rate: 1 },
      oneVisit: { decided: 5, oneVisit: 4, rate: 0.8 },
    });
    expect(out.totals.duration.byItem.map((i) => [i.itemCode, i.cases, i.averageWorkingDays])).toEqual([['JZZ', 1, 11], ['LNYDZ', 3, 1]]);
  });

  it('gives every bucket of the range, empty ones included', () => {
    const out = computeFigures(input({ range: { period: 'day', from: '2026-10-01', to: '2026-10-03' } }));
    expect(out.buckets.map((b) => [b.key, b.onTime.rate, b.satisfaction.rate, b.duration.byItem])).toEqual([
      ['2026-10-01', null, null, []], ['2026-10-02', null, null, []], ['2026-10-03', null, null, []],
    ]);
    expect(out).toMatchObject({ period: 'day', from: '2026-10-01', to: '2026-10-03' });
  });

  it('buckets by month', () => {
    const cases = [decided('2026-01-30T09:00', '2026-02-02T09:00', '2026-02-06'), decided('2026-02-13T09:00', '2026-02-24T09:00', '2026-02-27')];
    const out = computeFigures(input({ range: { period: 'month', from: '2026-01-01', to: '2026-02-28' }, cases }));
    expect(out.buckets.map((b) => [b.key, b.duration.cases, b.duration.averageWorkingDays])).toEqual([['2026-01', 0, null], ['2026-02', 2, 1.5]]);
  });
});
