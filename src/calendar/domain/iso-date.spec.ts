import { CalendarError } from './calendar-error';
import {
  addDays,
  businessDateInZone,
  compareIsoDate,
  dayOfWeek,
  diffDays,
  fromDayNumber,
  isValidIsoDate,
  isWeekendDayNumber,
  startOfDayInZone,
  toDayNumber,
  yearOf,
  zonedIso,
} from './iso-date';

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarError) return error.code;
    throw error;
  }
  return undefined;
}

describe('isValidIsoDate', () => {
  it.each(['2025-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (date) => {
    expect(isValidIsoDate(date)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-1',
    '26-01-01',
    '2026/01/01',
    '2026-01-01T00:00:00Z',
    ' 2026-01-01',
    '2026-01-01\n',
    '0000-01-01',
    '',
    '２０２６-01-01',
  ])('rejects %j', (date) => {
    expect(isValidIsoDate(date)).toBe(false);
  });

  it.each([null, undefined, 20260101, new Date('2026-01-01'), {}])('rejects non-string %p', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-10-25', 7, '2026-11-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-01-01', -3660, '2015-12-25'],
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1, 'INVALID_DATE'],
    ['2026-1-1', 1, 'INVALID_DATE'],
    ['2026-01-01', 1.5, 'INVALID_DAYS'],
    ['2026-01-01', Number.NaN, 'INVALID_DAYS'],
    ['9999-12-31', 1, 'INVALID_DATE'],
    ['0001-01-01', -1, 'INVALID_DATE'],
  ])('addDays(%j, %p) throws %s', (date, days, code) => {
    expect(codeOf(() => addDays(date, days))).toBe(code);
  });
});

describe('day numbers and weekdays', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2025-01-01', 20089, 3],
    ['2026-01-04', 20457, 0],
    ['2026-02-14', 20498, 6],
    ['2026-11-22', 20779, 0],
    ['1969-12-31', -1, 3],
  ])('%s is day %d, weekday %d', (date, dayNumber, weekday) => {
    expect(toDayNumber(date)).toBe(dayNumber);
    expect(fromDayNumber(dayNumber)).toBe(date);
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it('agrees with Date.UTC for every day of 1999..2031', () => {
    for (let day = toDayNumber('1999-01-01'); day <= toDayNumber('2031-12-31'); day += 1) {
      const date = new Date(day * 86_400_000);
      expect(dayOfWeek(fromDayNumber(day))).toBe(date.getUTCDay());
      expect(toDayNumber(fromDayNumber(day))).toBe(day);
    }
  });

  it.each([
    ['1970-01-03', true],
    ['1970-01-04', true],
    ['1970-01-05', false],
    ['2026-02-13', false],
    ['2026-02-14', true],
    ['1969-12-28', true],
    ['1969-12-29', false],
  ])('isWeekendDayNumber(day of %s) = %p', (date, weekend) => {
    expect(isWeekendDayNumber(toDayNumber(date))).toBe(weekend);
  });

  it.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-03-01', '2026-02-28', -1],
    ['2025-01-01', '2027-01-01', 730],
  ])('diffDays(%s, %s) = %d', (from, to, expected) => {
    expect(diffDays(from, to)).toBe(expected);
  });

  it.each([
    ['2025-12-31', '2026-01-01', -1],
    ['2026-01-01', '2026-01-01', 0],
    ['2026-10-10', '2026-09-20', 1],
  ])('compareIsoDate(%s, %s) = %d', (a, b, expected) => {
    expect(compareIsoDate(a, b)).toBe(expected);
  });

  it.each([
    [() => dayOfWeek('2026-02-30')],
    [() => compareIsoDate('2026-01-01', '2026-1-2')],
    [() => yearOf('')],
    [() => toDayNumber('2026-02-29')],
  ])('invalid dates throw INVALID_DATE (%#)', (action) => {
    expect(codeOf(action)).toBe('INVALID_DATE');
  });
});

describe('time-zone helpers', () => {
  it.each([
    ['2026-11-21T16:30:00Z', 'Asia/Shanghai', '2026-11-22', '2026-11-22T00:30:00+08:00'],
    ['2026-11-21T15:59:59Z', 'Asia/Shanghai', '2026-11-21', '2026-11-21T23:59:59+08:00'],
    ['2026-11-22T01:30:00Z', 'Asia/Shanghai', '2026-11-22', '2026-11-22T09:30:00+08:00'],
    ['2026-11-22T01:30:00.999Z', 'Asia/Shanghai', '2026-11-22', '2026-11-22T09:30:00+08:00'],
    ['2025-12-31T16:00:00Z', 'Asia/Shanghai', '2026-01-01', '2026-01-01T00:00:00+08:00'],
    ['2026-11-22T01:30:00Z', 'UTC', '2026-11-22', '2026-11-22T01:30:00+00:00'],
    ['2026-07-01T03:00:00Z', 'America/New_York', '2026-06-30', '2026-06-30T23:00:00-04:00'],
    ['2026-01-15T12:00:00Z', 'Asia/Kolkata', '2026-01-15', '2026-01-15T17:30:00+05:30'],
    ['2026-01-15T12:00:00Z', 'Asia/Kathmandu', '2026-01-15', '2026-01-15T17:45:00+05:45'],
  ])('%s in %s is business date %s, %s', (instant, zone, businessDate, iso) => {
    const epochMs = Date.parse(instant);
    expect(businessDateInZone(epochMs, zone)).toBe(businessDate);
    expect(zonedIso(epochMs, zone)).toBe(iso);
    expect(Date.parse(zonedIso(epochMs, zone))).toBe(Math.floor(epochMs / 1000) * 1000);
  });

  it('does not depend on the process time zone', () => {
    const epochMs = Date.parse('2026-11-21T16:30:00Z');
    expect(zonedIso(epochMs, 'Asia/Shanghai')).toBe('2026-11-22T00:30:00+08:00');
    expect(businessDateInZone(epochMs, 'America/Los_Angeles')).toBe('2026-11-21');
  });

  it.each([
    ['2026-11-22', 'Asia/Shanghai', '2026-11-21T16:00:00Z'],
    ['2026-01-01', 'Asia/Shanghai', '2025-12-31T16:00:00Z'],
    ['2026-11-22', 'UTC', '2026-11-22T00:00:00Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00Z'],
    ['2026-03-09', 'America/New_York', '2026-03-09T04:00:00Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00Z'],
    ['2026-03-29', 'Asia/Beirut', '2026-03-28T22:00:00Z'],
  ])('startOfDayInZone(%s, %s) = %s', (date, zone, instant) => {
    const start = startOfDayInZone(date, zone);
    expect(start).toBe(Date.parse(instant));
    expect(businessDateInZone(start, zone)).toBe(date);
    expect(businessDateInZone(start - 1, zone)).toBe(addDays(date, -1));
  });

  it.each([
    [() => businessDateInZone(Date.now(), 'Mars/Olympus_Mons'), 'INVALID_TIME_ZONE'],
    [() => zonedIso(Date.now(), ''), 'INVALID_TIME_ZONE'],
    [() => startOfDayInZone('2026-01-01', 'Not/AZone'), 'INVALID_TIME_ZONE'],
    [() => businessDateInZone(Number.NaN, 'Asia/Shanghai'), 'INVALID_INSTANT'],
    [() => zonedIso(Number.POSITIVE_INFINITY, 'Asia/Shanghai'), 'INVALID_INSTANT'],
    [() => startOfDayInZone('2026-02-30', 'Asia/Shanghai'), 'INVALID_DATE'],
  ])('bad input throws the stable code (%#)', (action, code) => {
    expect(codeOf(action)).toBe(code);
  });
});
