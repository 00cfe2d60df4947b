import { warningRequests } from './request-warnings';

const r = (id: number, level: 'green' | 'yellow' | 'red' | null, status: 'reported' | 'in_progress', respondBy: string, dueAt: string) =>
  ({ id, level, status, respondBy, dueAt }) as never;

describe('warningRequests', () => {
  it('keeps yellow and red, red first, each by the limit running now', () => {
    const list = [
      r(1, 'green', 'in_progress', '2026-12-03T09:00', '2026-12-03T10:00'),
      r(2, 'yellow', 'in_progress', '2026-12-03T09:00', '2026-12-03T12:00'),
      r(3, 'red', 'in_progress', '2026-12-03T09:00', '2026-12-03T11:00'),
      r(4, 'red', 'reported', '2026-12-03T08:00', '2026-12-03T20:00'),
      r(5, null, 'in_progress', '2026-12-03T09:00', '2026-12-03T10:00'),
      r(6, 'yellow', 'reported', '2026-12-03T11:30', '2026-12-03T13:00'),
    ];
    expect(warningRequests(list).map((x: { id: number }) => x.id)).toEqual([4, 3, 6, 2]);
  });
});
