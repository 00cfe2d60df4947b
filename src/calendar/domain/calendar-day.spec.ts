import { parseCalendarYear } from './calendar-day';
import { CalendarError } from './calendar-error';

function rejection(json: unknown): { code: string; message: string } | undefined {
  try {
    parseCalendarYear(json);
  } catch (error) {
    if (error instanceof CalendarError) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

const newYear = { name: '元旦', date: '2026-01-01', isOffDay: true };

describe('parseCalendarYear', () => {
  it('accepts the holiday-cn shape, ignores extra properties and sorts days by date', () => {
    const parsed = parseCalendarYear({
      $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
      year: 2026,
      papers: ['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'],
      days: [
        { name: '元旦', date: '2026-01-04', isOffDay: false, extra: 1 },
        newYear,
      ],
    });
    expect(parsed).toEqual({
      year: 2026,
      days: [newYear, { name: '元旦', date: '2026-01-04', isOffDay: false }],
    });
  });

  it('accepts a year without exceptions', () => {
    expect(parseCalendarYear({ year: 2030, days: [] })).toEqual({ year: 2030, days: [] });
  });

  it('trims names', () => {
    expect(parseCalendarYear({ year: 2026, days: [{ ...newYear, name: ' 元旦 ' }] }).days[0].name).toBe('元旦');
  });

  it.each([
    ['not an object', 'hello', /JSON object/],
    ['an array', [newYear], /JSON object/],
    ['null', null, /JSON object/],
    ['year missing', { days: [] }, /year/],
    ['year as string', { year: '2026', days: [] }, /year/],
    ['fractional year', { year: 2026.5, days: [] }, /year/],
    ['year out of range', { year: 20260, days: [] }, /year/],
    ['days missing', { year: 2026 }, /days must be an array/],
    ['days as object', { year: 2026, days: { '2026-01-01': true } }, /days must be an array/],
    ['day not an object', { year: 2026, days: ['2026-01-01'] }, /days\[0\] must be an object/],
    ['day from another year', { year: 2026, days: [{ ...newYear, date: '2025-01-01' }] }, /days\[0\]\.date 2025-01-01 is not in year 2026/],
    ['impossible date', { year: 2026, days: [{ ...newYear, date: '2026-02-30' }] }, /days\[0\]\.date/],
    ['unpadded date', { year: 2026, days: [{ ...newYear, date: '2026-1-1' }] }, /days\[0\]\.date/],
    ['date with time', { year: 2026, days: [{ ...newYear, date: '2026-01-01T00:00:00' }] }, /days\[0\]\.date/],
    ['date missing', { year: 2026, days: [{ name: '元旦', isOffDay: true }] }, /days\[0\]\.date/],
    ['isOffDay as string', { year: 2026, days: [{ ...newYear, isOffDay: 'true' }] }, /isOffDay/],
    ['isOffDay as number', { year: 2026, days: [{ ...newYear, isOffDay: 1 }] }, /isOffDay/],
    ['isOffDay missing', { year: 2026, days: [{ name: '元旦', date: '2026-01-01' }] }, /isOffDay/],
    ['empty name', { year: 2026, days: [{ ...newYear, name: '  ' }] }, /name/],
    ['name not a string', { year: 2026, days: [{ ...newYear, name: 1 }] }, /name/],
    ['overlong name', { year: 2026, days: [{ ...newYear, name: '节'.repeat(65) }] }, /name/],
    ['duplicate date', { year: 2026, days: [newYear, { ...newYear, isOffDay: false }] }, /2026-01-01 is listed more than once/],
  ])('rejects %s with INVALID_CALENDAR_FILE', (_case, json, message) => {
    const error = rejection(json);
    expect(error?.code).toBe('INVALID_CALENDAR_FILE');
    expect(error?.message).toMatch(message);
  });
});
