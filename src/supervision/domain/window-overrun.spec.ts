import { ImmediateServiceRow, windowOverrun, windowOverruns, windowServiceMs } from './window-overrun';
import { at, TZ } from './supervision.fixture';

const row = (o: Partial<ImmediateServiceRow>): ImmediateServiceRow => ({
  caseId: 1, caseNumber: 'TC202611230001', itemCode: 'SYDJ', itemName: '生育登记', ticketNumber: 'A001', windowNumber: 2,
  calledAt: at('2026-11-23T09:00'), startedAt: at('2026-11-23T09:01'), finishedAt: null, decidedAt: at('2026-11-23T09:10'), windowMinutes: 15, ...o,
});

describe('window service time of 即办件', () => {
  it.each([
    ['started → decided', {}, 9],
    ['called → decided when never started', { startedAt: null }, 10],
    ['started → ticket finished when the case has no decision', { decidedAt: null, finishedAt: at('2026-11-23T09:31') }, 30],
    ['unknown without a start', { startedAt: null, calledAt: null }, null],
    ['unknown without an end', { decidedAt: null }, null],
  ])('%s', (_name, o, minutes) => {
    const ms = windowServiceMs(row(o));
    expect(ms === null ? null : ms / 60_000).toBe(minutes);
  });

  it.each([
    ['within the limit', { decidedAt: at('2026-11-23T09:10') }, null],
    ['exactly the limit is not over', { decidedAt: at('2026-11-23T09:16'), windowMinutes: 15 }, null],
    ['15 min 1 s is over: a started minute counts', { decidedAt: at('2026-11-23T09:16') + 1000 }, { minutes: 16, overByMinutes: 1 }],
    ['40 minutes for a 15-minute item', { decidedAt: at('2026-11-23T09:41') }, { minutes: 40, limitMinutes: 15, overByMinutes: 25 }],
    ['no limit set', { decidedAt: at('2026-11-23T10:41'), windowMinutes: null }, null],
  ])('%s', (_name, o, expected) => {
    const overrun = windowOverrun(row(o), TZ);
    if (expected === null) expect(overrun).toBeNull();
    else expect(overrun).toMatchObject(expected);
  });

  it('lists the overruns, longest over first, with local times', () => {
    const list = windowOverruns([
      row({ caseId: 1, decidedAt: at('2026-11-23T09:30') }),
      row({ caseId: 2, decidedAt: at('2026-11-23T09:05') }),
      row({ caseId: 3, itemCode: 'YBCB', windowMinutes: 10, decidedAt: at('2026-11-23T10:01'), ticketNumber: 'A007', windowNumber: 5 }),
    ], TZ);
    expect(list.map((o) => [o.caseId, o.minutes, o.overByMinutes])).toEqual([[3, 60, 50], [1, 29, 14]]);
    expect(list[0]).toMatchObject({ startedAt: '2026-11-23T09:01:00+08:00', endedAt: '2026-11-23T10:01:00+08:00', windowNumber: 5, ticketNumber: 'A007' });
  });
});
