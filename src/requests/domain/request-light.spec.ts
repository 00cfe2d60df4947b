import { requestDeadlines, requestLight } from './request-light';

const at = (local: string) => Date.parse(`${local}+08:00`);

describe('request deadlines: hours on the clock', () => {
  it.each([
    // [reported, responseHours, handleHours, respondBy, dueAt]
    ['2026-11-23T09:30:00', 1, 2, '2026-11-23T10:30:00', '2026-11-23T11:30:00'],
    ['2026-11-23T23:10:00', 2, 24, '2026-11-24T01:10:00', '2026-11-24T23:10:00'], // across midnight
    ['2026-09-30T20:00:00', 4, 72, '2026-10-01T00:00:00', '2026-10-03T20:00:00'], // into the National Day holiday
    ['2026-11-28T10:00:00', 2, 48, '2026-11-28T12:00:00', '2026-11-30T10:00:00'], // a Saturday: the weekend counts
  ])('reported %s with %d h / %d h → respond by %s, due %s', (reported, responseHours, handleHours, respondBy, dueAt) => {
    expect(requestDeadlines(at(reported), { responseHours, handleHours })).toEqual({ respondBy: at(respondBy), dueAt: at(dueAt) });
  });
});

describe('request light', () => {
  // 市政设施: 2 h to respond, 24 h to handle, reported Mon 09:00 → respondBy 11:00, due Tue 09:00; yellow from Mon 13:48 (last 4.8 h)
  const reported = at('2026-11-23T09:00:00');
  const deadlines = requestDeadlines(reported, { responseHours: 2, handleHours: 24 });

  it.each([
    // [status, now, level, next check]
    ['reported', '2026-11-23T09:10:00', 'green', '2026-11-23T10:36:00'], // the response limit turns yellow first
    ['reported', '2026-11-23T10:40:00', 'yellow', '2026-11-23T11:00:00.001'],
    ['reported', '2026-11-23T11:30:00', 'red', '2026-11-24T04:12:00'], // not dispatched in time: red, handling still counted
    ['dispatched', '2026-11-23T11:30:00', 'green', '2026-11-24T04:12:00'], // dispatched: only the handling limit
    ['in_progress', '2026-11-24T04:12:00', 'yellow', '2026-11-24T09:00:00.001'],
    ['returned', '2026-11-24T08:59:59', 'yellow', '2026-11-24T09:00:00.001'],
    ['in_progress', '2026-11-24T09:00:01', 'red', null],
    ['replied', '2026-11-24T10:00:00', null, null], // the clock has stopped
    ['closed', '2026-11-25T10:00:00', null, null],
  ] as const)('%s at %s → %s, next check %s', (status, now, level, next) => {
    expect(requestLight(at(now), status, reported, deadlines)).toEqual({ level, nextCheckAt: next === null ? null : at(next) });
  });
});
