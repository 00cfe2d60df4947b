import { appointmentFigures, type AppointmentCount } from './appointment-figures';

const c = (date: string, queueCode: string, status: AppointmentCount['status'], count: number): AppointmentCount => ({ date, hallCode: 'TC', queueCode, status, count });

describe('appointmentFigures', () => {
  it.each<[string, AppointmentCount[], { booked: number; cancelled: number; checkedIn: number; noShows: number; pending: number; noShowShare: number | null }]>([
    ['nothing', [], { booked: 0, cancelled: 0, checkedIn: 0, noShows: 0, pending: 0, noShowShare: null }],
    ['all came', [c('2026-12-07', 'A', 'checked_in', 4)], { booked: 4, cancelled: 0, checkedIn: 4, noShows: 0, pending: 0, noShowShare: 0 }],
    ['one in four did not come', [c('2026-12-07', 'A', 'checked_in', 3), c('2026-12-07', 'A', 'no_show', 1)], { booked: 4, cancelled: 0, checkedIn: 3, noShows: 1, pending: 0, noShowShare: 0.25 }],
    ['cancelled and pending count as booked, not in the share', [c('2026-12-07', 'A', 'cancelled', 2), c('2026-12-08', 'B', 'booked', 5), c('2026-12-07', 'A', 'no_show', 1), c('2026-12-07', 'A', 'checked_in', 2)],
      { booked: 10, cancelled: 2, checkedIn: 2, noShows: 1, pending: 5, noShowShare: 0.333 }],
  ])('totals: %s', (_, counts, totals) => {
    expect(appointmentFigures(counts).totals).toEqual(totals);
  });

  it('gives one row per day × hall × queue in order', () => {
    const { rows } = appointmentFigures([c('2026-12-08', 'A', 'booked', 1), c('2026-12-07', 'B', 'no_show', 2), c('2026-12-07', 'A', 'checked_in', 1), c('2026-12-07', 'B', 'checked_in', 2)]);
    expect(rows.map((r) => [r.date, r.queueCode, r.booked, r.noShows])).toEqual([
      ['2026-12-07', 'A', 1, 0],
      ['2026-12-07', 'B', 4, 2],
      ['2026-12-08', 'A', 1, 0],
    ]);
    expect(rows[1].noShowShare).toBe(0.5);
    expect(rows[2].noShowShare).toBeNull();
  });
});
