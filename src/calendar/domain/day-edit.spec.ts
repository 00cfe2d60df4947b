import { CalendarError } from './calendar-error';
import { exceptionAfterEdit, isWeekendDate } from './day-edit';

describe('isWeekendDate', () => {
  it.each([
    ['2026-01-03', true],
    ['2026-01-04', true],
    ['2026-01-05', false],
    ['2026-01-09', false],
  ])('%s → %p', (date, weekend) => {
    expect(isWeekendDate(date)).toBe(weekend);
  });

  it('rejects an invalid date with INVALID_DATE', () => {
    expect(() => isWeekendDate('2026-02-30')).toThrow(CalendarError);
  });
});

describe('exceptionAfterEdit', () => {
  it('drops a working weekday: it is the plain week', () => {
    expect(exceptionAfterEdit('2026-10-05', false, '国庆节')).toBeNull();
  });

  it.each([
    ['a weekday off (holiday)', '2026-10-05', true, '国庆节'],
    ['a weekend day at work (make-up day)', '2026-10-10', false, '国庆节'],
    ['a weekend day off inside a holiday block', '2026-10-03', true, '国庆节'],
  ])('keeps %s', (_case, date, isOffDay, name) => {
    expect(exceptionAfterEdit(date, isOffDay, ` ${name} `)).toEqual({ date, isOffDay, name });
  });
});
