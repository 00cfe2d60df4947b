import { CalendarDay } from './calendar-day';
import { CalendarError } from './calendar-error';
import { addDays, dayOfWeek } from './iso-date';
import { MAX_LIMIT_HOURS, MAX_WORKING_DAYS, WorkingCalendar } from './working-calendar';

type Block = [name: string, first: string, last: string];

/** DOMAIN.md "Public holidays and make-up days". */
const OFF_BLOCKS: Block[] = [
  ['元旦', '2025-01-01', '2025-01-01'],
  ['春节', '2025-01-28', '2025-02-04'],
  ['清明节', '2025-04-04', '2025-04-06'],
  ['劳动节', '2025-05-01', '2025-05-05'],
  ['端午节', '2025-05-31', '2025-06-02'],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
];
const MAKE_UP_DAYS = [
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
];

function datesOf(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) dates.push(date);
  return dates;
}

const OFFICIAL_DAYS: CalendarDay[] = [
  ...OFF_BLOCKS.flatMap(([name, first, last]) => datesOf(first, last).map((date) => ({ date, isOffDay: true, name }))),
  ...MAKE_UP_DAYS.map((date) => ({ date, isOffDay: false, name: '调休' })),
];
const calendar = new WorkingCalendar(OFFICIAL_DAYS);
const weekOnly = new WorkingCalendar();

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CalendarError) return error.code;
    throw error;
  }
  return undefined;
}

function naiveCount(from: string, to: string): number {
  return datesOf(addDays(from, 1), to).filter((date) => calendar.isWorkingDay(date)).length;
}

describe('WorkingCalendar worked examples (DOMAIN.md)', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10'],
    ['2025-09-26', 15, '2025-10-23'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-09-18', 10, '2026-10-09'],
    ['2025-12-31', 3, '2026-01-06'],
    ['2026-04-30', 3, '2026-05-08'],
  ])('accepted %s + %d working days → %s', (from, days, due) => {
    expect(calendar.addWorkingDays(from, days)).toBe(due);
    expect(calendar.workingDaysBetween(from, due)).toBe(days);
  });
});

describe('holiday blocks', () => {
  describe.each(OFF_BLOCKS)('%s %s…%s', (_name, first, last) => {
    it('first and last day are off, every day between too', () => {
      expect(calendar.isWorkingDay(first)).toBe(false);
      expect(calendar.isWorkingDay(last)).toBe(false);
      expect(datesOf(first, last).filter((date) => calendar.isWorkingDay(date))).toEqual([]);
      expect(calendar.workingDaysInRange(first, last)).toBe(0);
    });

    it('the day before and after the block follow the week unless they are make-up days', () => {
      for (const neighbour of [addDays(first, -1), addDays(last, 1)]) {
        const weekday = dayOfWeek(neighbour) >= 1 && dayOfWeek(neighbour) <= 5;
        expect(calendar.isWorkingDay(neighbour)).toBe(weekday || MAKE_UP_DAYS.includes(neighbour));
      }
    });

    it('the next working day from inside the block is after it', () => {
      expect(calendar.nextWorkingDay(first) > last).toBe(true);
      expect(calendar.addWorkingDays(first, 1)).toBe(calendar.nextWorkingDay(last));
    });
  });

  it.each([
    ['2025-01-27', '2025-01-24', '2025-01-26'],
    ['2025-09-30', '2025-09-26', '2025-09-28'],
    ['2025-10-09', '2025-10-08', '2025-10-09'],
    ['2025-12-31', '2025-12-30', '2025-12-31'],
    ['2026-01-04', '2025-12-31', '2026-01-04'],
    ['2026-02-13', '2026-02-13', '2026-02-14'],
    ['2026-02-24', '2026-02-14', '2026-02-24'],
    ['2026-09-28', '2026-09-24', '2026-09-28'],
    ['2026-10-08', '2026-09-30', '2026-10-08'],
  ])('%s is a working day (next after %s → %s)', (date, before, next) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(calendar.nextWorkingDay(before)).toBe(next);
  });
});

describe('make-up days', () => {
  it.each(MAKE_UP_DAYS)('%s is a weekend working day', (date) => {
    expect([0, 6]).toContain(dayOfWeek(date));
    expect(calendar.isWorkingDay(date)).toBe(true);
    expect(weekOnly.isWorkingDay(date)).toBe(false);
    expect(calendar.nextWorkingDay(addDays(date, -1))).toBe(date);
  });
});

describe('year boundaries and whole years', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-04'],
    ['2025-12-31', 2, '2026-01-05'],
    ['2025-12-30', 1, '2025-12-31'],
    ['2025-12-31', 0, '2025-12-31'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-12-31', 1, '2025-01-02'],
  ])('%s + %d → %s', (from, days, expected) => {
    expect(calendar.addWorkingDays(from, days)).toBe(expected);
  });

  it.each([
    [2025, 248],
    [2026, 248],
  ])('%d has %d working days', (year, count) => {
    expect(calendar.workingDaysInRange(`${year}-01-01`, `${year}-12-31`)).toBe(count);
    expect(calendar.workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)).toBe(count);
    expect(datesOf(`${year}-01-01`, `${year}-12-31`).filter((date) => calendar.isWorkingDay(date))).toHaveLength(count);
  });

  it.each([
    [2024, 262],
    [2027, 261],
  ])('uncovered year %d counts Monday to Friday only (%d)', (year, count) => {
    expect(calendar.coversYear(year)).toBe(false);
    expect(calendar.workingDaysInRange(`${year}-01-01`, `${year}-12-31`)).toBe(count);
  });

  it('reports covered years', () => {
    expect(calendar.coversYear(2025)).toBe(true);
    expect(calendar.coversYear(2026)).toBe(true);
    expect(calendar.coveredYears()).toEqual([2025, 2026]);
    expect(weekOnly.coveredYears()).toEqual([]);
  });
});

describe('workingDaysBetween', () => {
  const FROM_DATES = ['2025-01-01', '2025-01-24', '2025-09-26', '2025-09-28', '2025-12-31', '2026-02-13', '2026-02-14', '2026-09-18', '2026-12-30'];
  const COUNTS = [0, 1, 2, 3, 5, 10, 15, 20, 23, 60, 248, 500, MAX_WORKING_DAYS];

  describe.each(FROM_DATES)('from %s', (from) => {
    it.each(COUNTS)('is the inverse of addWorkingDays(+%d)', (days) => {
      const due = calendar.addWorkingDays(from, days);
      expect(calendar.workingDaysBetween(from, due)).toBe(days);
      expect(calendar.workingDaysBetween(due, from)).toBe(days === 0 ? 0 : -days);
      if (days > 0) expect(calendar.isWorkingDay(due)).toBe(true);
    });
  });

  it.each([
    ['2025-09-26', '2025-10-10'],
    ['2025-09-27', '2025-10-12'],
    ['2025-01-25', '2025-02-09'],
    ['2026-02-14', '2026-02-28'],
    ['2025-06-15', '2026-06-15'],
    ['2026-10-01', '2026-10-01'],
  ])('matches a day-by-day count from %s to %s', (from, to) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(naiveCount(from, to));
  });

  it('is fast over decades', () => {
    const started = Date.now();
    for (let i = 0; i < 10_000; i += 1) calendar.workingDaysBetween('1990-01-01', '2090-12-31');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(weekOnly.workingDaysBetween('2000-01-02', '2000-01-08')).toBe(5);
    expect(weekOnly.workingDaysBetween('1969-12-28', '1970-01-11')).toBe(10);
  });

  it('counts an off Saturday and a working Monday as no change', () => {
    const odd = new WorkingCalendar([
      { date: '2026-03-07', isOffDay: true, name: 'Saturday off' },
      { date: '2026-03-09', isOffDay: false, name: 'Monday working' },
    ]);
    expect(odd.workingDaysInRange('2026-03-02', '2026-03-15')).toBe(10);
  });

  it('never returns -0', () => {
    expect(Object.is(calendar.workingDaysBetween('2026-01-03', '2026-01-01'), 0)).toBe(true);
    expect(calendar.workingDaysBetween('2026-01-05', '2026-01-01')).toBe(-2);
  });

  it('workingDaysInRange of an empty range is 0', () => {
    expect(calendar.workingDaysInRange('2026-01-06', '2026-01-05')).toBe(0);
    expect(calendar.workingDaysInRange('2026-01-05', '2026-01-05')).toBe(1);
  });
});

describe('entries', () => {
  it('exposes an entry and the days of a year as copies', () => {
    expect(calendar.entryFor('2026-02-14')).toEqual({ date: '2026-02-14', isOffDay: false, name: '调休' });
    expect(calendar.entryFor('2026-03-02')).toBeUndefined();
    expect(calendar.daysOfYear(2026)).toHaveLength(39);
    expect(calendar.daysOfYear(2025)).toHaveLength(33);
    calendar.daysOfYear(2026)[0].isOffDay = false;
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false);
  });

  it('builds from holiday-cn years', () => {
    const fromYears = WorkingCalendar.fromYears([{ year: 2026, days: [{ date: '2026-01-04', isOffDay: false, name: '元旦' }] }]);
    expect(fromYears.isWorkingDay('2026-01-04')).toBe(true);
    expect(fromYears.coveredYears()).toEqual([2026]);
    expect(WorkingCalendar.fromYears([{ year: 2030, days: [] }]).coversYear(2030)).toBe(true);
  });
});

describe('addHours', () => {
  const from = Date.parse('2026-10-01T09:00:00+08:00');

  it.each([
    [0, '2026-10-01T01:00:00.000Z'],
    [2, '2026-10-01T03:00:00.000Z'],
    [20, '2026-10-01T21:00:00.000Z'],
    [48, '2026-10-03T01:00:00.000Z'],
    [MAX_LIMIT_HOURS, '2027-10-01T01:00:00.000Z'],
  ])('counts %d hours on the clock, holidays included', (hours, expected) => {
    expect(new Date(calendar.addHours(from, hours)).toISOString()).toBe(expected);
  });
});

describe('bad input throws the stable code', () => {
  it.each([
    ['2026-02-30', 1, 'INVALID_DATE'],
    ['2026-1-1', 1, 'INVALID_DATE'],
    ['', 1, 'INVALID_DATE'],
    ['2026-01-01', -1, 'INVALID_DAYS'],
    ['2026-01-01', 1.5, 'INVALID_DAYS'],
    ['2026-01-01', 100_000, 'INVALID_DAYS'],
    ['2026-01-01', MAX_WORKING_DAYS + 1, 'INVALID_DAYS'],
    ['2026-01-01', Number.NaN, 'INVALID_DAYS'],
    ['2026-01-01', '5' as unknown as number, 'INVALID_DAYS'],
  ])('addWorkingDays(%j, %p) → %s', (from, days, code) => {
    expect(codeOf(() => calendar.addWorkingDays(from, days))).toBe(code);
  });

  it.each([
    [() => calendar.isWorkingDay('2026-02-30')],
    [() => calendar.nextWorkingDay('2026-1-1')],
    [() => calendar.workingDaysBetween('', '2026-01-01')],
    [() => calendar.workingDaysInRange('2026-01-01', '2026-13-01')],
    [() => calendar.entryFor('tomorrow')],
    [() => new WorkingCalendar([{ date: '2026-02-30', isOffDay: true, name: 'x' }])],
  ])('invalid dates → INVALID_DATE (%#)', (action) => {
    expect(codeOf(action)).toBe('INVALID_DATE');
  });

  it.each([
    [from(), -1, 'INVALID_HOURS'],
    [from(), 1.5, 'INVALID_HOURS'],
    [from(), MAX_LIMIT_HOURS + 1, 'INVALID_HOURS'],
    [Number.NaN, 1, 'INVALID_INSTANT'],
  ])('addHours(%p, %p) → %s', (epochMs, hours, code) => {
    expect(codeOf(() => calendar.addHours(epochMs, hours))).toBe(code);
  });

  it('rejects duplicate and non-boolean entries', () => {
    const day = { date: '2026-01-01', isOffDay: true, name: '元旦' };
    expect(codeOf(() => new WorkingCalendar([day, day]))).toBe('DUPLICATE_DATE');
    expect(codeOf(() => new WorkingCalendar([{ ...day, isOffDay: 'yes' as unknown as boolean }]))).toBe('INVALID_CALENDAR_FILE');
  });

  function from(): number {
    return Date.parse('2026-01-01T00:00:00Z');
  }
});
