import { DEFAULT_OPENING_HOURS } from '../../halls/domain/hall-rules';
import {
  bookableDates,
  bookingBlockedUntil,
  bookingCodeFrom,
  checkInWindow,
  isNoShow,
  localInstant,
  normalizeBookingCode,
  slotClocks,
  slotProblem,
  slotsForDate,
  type AppointmentStatus,
} from './appointment-rules';

const ZONE = 'Asia/Shanghai';
const MIN = 60_000;
const DAY = 86_400_000;
const at = (iso: string) => Date.parse(iso);

describe('slotClocks', () => {
  it.each<[string, { from: string; to: string }[], number, string[]]>([
    ['the default day: 7 in the morning, 7 in the afternoon', [...DEFAULT_OPENING_HOURS], 30, ['08:30', '09:00', '11:30', '14:00', '17:00']],
    ['a partial slot at the end is dropped', [{ from: '09:00', to: '10:15' }], 30, ['09:00', '09:30']],
    ['intervals given out of order', [{ from: '14:00', to: '15:00' }, { from: '09:00', to: '09:30' }], 30, ['09:00', '14:00', '14:30']],
    ['hour slots', [{ from: '09:00', to: '11:00' }], 60, ['09:00', '10:00']],
    ['no hours', [], 30, []],
  ])('%s', (_, hours, minutes, some) => {
    const slots = slotClocks(hours, minutes);
    for (const from of some) expect(slots.map((s) => s.from)).toContain(from);
    if (some.length === 0) expect(slots).toEqual([]);
  });

  it('counts the default day exactly and ends each slot 30 minutes later', () => {
    const slots = slotClocks(DEFAULT_OPENING_HOURS);
    expect(slots).toHaveLength(14);
    expect(slots[0]).toEqual({ from: '08:30', to: '09:00' });
    expect(slots[6]).toEqual({ from: '11:30', to: '12:00' });
    expect(slots[13]).toEqual({ from: '17:00', to: '17:30' });
  });
});

describe('localInstant', () => {
  it.each<[string, string, string, string, string]>([
    ['Shanghai morning', ZONE, '2026-12-07', '08:30', '2026-12-07T00:30:00Z'],
    ['Shanghai afternoon', ZONE, '2026-12-07', '17:00', '2026-12-07T09:00:00Z'],
    ['a DST day in Berlin (after the change)', 'Europe/Berlin', '2026-03-29', '09:00', '2026-03-29T07:00:00Z'],
    ['a winter day in Berlin', 'Europe/Berlin', '2026-12-07', '09:00', '2026-12-07T08:00:00Z'],
  ])('%s', (_, zone, date, clock, iso) => {
    expect(new Date(localInstant(date, clock, zone)).toISOString()).toBe(new Date(iso).toISOString());
  });
});

describe('slotsForDate', () => {
  const base = { today: '2026-12-04', workingDay: true, openingHours: DEFAULT_OPENING_HOURS, timeZone: ZONE };
  it.each<[string, Partial<typeof base> & { date: string }, number]>([
    ['today', { date: '2026-12-04' }, 14],
    ['7 days ahead', { date: '2026-12-11' }, 14],
    ['8 days ahead is beyond the horizon', { date: '2026-12-12' }, 0],
    ['yesterday', { date: '2026-12-03' }, 0],
    ['a day off by the calendar', { date: '2026-12-05', workingDay: false }, 0],
    ['a make-up working day (调休) counts as the calendar says', { date: '2026-12-06', workingDay: true }, 14],
    ['not a date', { date: '2026-13-01' }, 0],
  ])('%s', (_, input, count) => {
    expect(slotsForDate({ ...base, ...input })).toHaveLength(count);
  });

  it('places slots in the hall zone', () => {
    const [first] = slotsForDate({ ...base, date: '2026-12-07' });
    expect(first).toEqual({ start: at('2026-12-07T00:30:00Z'), end: at('2026-12-07T01:00:00Z') });
  });

  it('lists today to 7 days ahead as bookable dates', () => {
    expect(bookableDates('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']);
  });
});

describe('slotProblem', () => {
  const slots = slotsForDate({ date: '2026-12-07', today: '2026-12-07', workingDay: true, openingHours: DEFAULT_OPENING_HOURS, timeZone: ZONE });
  const nine = at('2026-12-07T01:00:00Z'); // 09:00 local
  it.each<[string, number, number, string | null]>([
    ['a future slot', nine, nine - 1, null],
    ['a slot that has begun', nine, nine, 'begun'],
    ['a slot well past', nine, nine + 10 * MIN, 'begun'],
    ['not on the 30-minute grid', nine + 15 * MIN, nine - DAY, 'not-a-slot'],
    ['in the lunch break', at('2026-12-07T04:30:00Z'), nine - DAY, 'not-a-slot'],
  ])('%s', (_, start, now, problem) => {
    expect(slotProblem(slots, start, now)).toBe(problem);
  });
});

describe('checkInWindow', () => {
  const start = at('2026-12-07T01:00:00Z');
  it.each<[string, number, string]>([
    ['31 minutes early', start - 31 * MIN, 'early'],
    ['30 minutes early (opens)', start - 30 * MIN, 'open'],
    ['at the start', start, 'open'],
    ['15 minutes in (last moment)', start + 15 * MIN, 'open'],
    ['15 minutes and a second in', start + 15 * MIN + 1000, 'late'],
    ['an hour late', start + 60 * MIN, 'late'],
  ])('%s', (_, now, window) => {
    expect(checkInWindow(start, now)).toBe(window);
  });
});

describe('isNoShow', () => {
  const start = at('2026-12-07T01:00:00Z');
  it.each<[string, AppointmentStatus, number, boolean]>([
    ['booked, 15 minutes in', 'booked', start + 15 * MIN, false],
    ['booked, 16 minutes in', 'booked', start + 16 * MIN, true],
    ['checked in', 'checked_in', start + 60 * MIN, false],
    ['cancelled', 'cancelled', start + 60 * MIN, false],
    ['already a no-show', 'no_show', start + 60 * MIN, false],
  ])('%s', (_, status, now, noShow) => {
    expect(isNoShow(status, start, now)).toBe(noShow);
  });
});

describe('bookingBlockedUntil (爽约限制)', () => {
  const t0 = at('2026-11-01T01:00:00Z');
  it.each<[string, number[], number, number | null]>([
    ['no no-shows', [], t0, null],
    ['two no-shows', [t0, t0 + DAY], t0 + 2 * DAY, null],
    ['three within 30 days: blocked 7 days from the third', [t0, t0 + DAY, t0 + 2 * DAY], t0 + 3 * DAY, t0 + 9 * DAY],
    ['order does not matter', [t0 + 2 * DAY, t0, t0 + DAY], t0 + 3 * DAY, t0 + 9 * DAY],
    ['the block ends after 7 days', [t0, t0 + DAY, t0 + 2 * DAY], t0 + 9 * DAY, null],
    ['three spread over more than 30 days', [t0, t0 + 20 * DAY, t0 + 31 * DAY], t0 + 32 * DAY, null],
    ['exactly 30 days apart still counts', [t0, t0 + 15 * DAY, t0 + 30 * DAY], t0 + 31 * DAY, t0 + 37 * DAY],
    ['a fourth extends the block', [t0, t0 + DAY, t0 + 2 * DAY, t0 + 5 * DAY], t0 + 6 * DAY, t0 + 12 * DAY],
  ])('%s', (_, starts, now, until) => {
    expect(bookingBlockedUntil(starts, now)).toBe(until);
  });
});

describe('booking codes', () => {
  it('makes 8 unambiguous characters from random bytes', () => {
    const code = bookingCodeFrom([0, 1, 2, 3, 30, 31, 255, 100]);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(code.slice(0, 4)).toBe('2345');
    expect(() => bookingCodeFrom([1, 2, 3])).toThrow();
  });

  it.each<[string, unknown, string | null]>([
    ['as printed', 'AB23CD45', 'AB23CD45'],
    ['typed in lower case with a space', 'ab23 cd45', 'AB23CD45'],
    ['with a dash', 'AB23-CD45', 'AB23CD45'],
    ['too short', 'AB23CD4', null],
    ['a look-alike character', 'AB23CD4O', null],
    ['not a string', 12345678, null],
  ])('normalizes %s', (_, input, code) => {
    expect(normalizeBookingCode(input)).toBe(code);
  });
});
