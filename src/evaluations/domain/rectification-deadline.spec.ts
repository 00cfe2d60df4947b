import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { rectificationDueDate, rectificationLight } from './rectification-deadline';
import type { RectificationStatus } from './rectification-state';

const years = [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(__dirname, '../../../config/holidays', `${y}.json`), 'utf8'))));
const calendar = WorkingCalendar.fromYears(years);
const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('rectificationDueDate', () => {
  it.each([
    ['2026-11-23T09:30:00', 5, '2026-11-30'], // Monday → next Monday
    ['2026-11-27T16:00:00', 5, '2026-12-04'], // Friday, across the weekend
    ['2026-11-28T10:00:00', 5, '2026-12-04'], // a Saturday review counts from Monday
    ['2026-09-30T10:00:00', 5, '2026-10-13'], // across the National Day holiday: 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
    ['2026-11-23T23:59:00', 1, '2026-11-24'], // late evening still belongs to that day in the hall's zone
    ['2026-11-23T10:00:00', 10, '2026-12-07'], // a configured longer limit
  ])('a bad review on %s + %d wd is due %s', (created, days, due) => {
    expect(rectificationDueDate(calendar, at(created), TZ, days)).toBe(due);
  });
});

describe('rectificationLight', () => {
  const open = (dueDate: string, status: RectificationStatus = 'open') => ({ status, dueDate });
  it.each([
    ['2026-11-23T10:00:00', '2026-11-30', 'green'], // five working days left
    ['2026-11-26T10:00:00', '2026-11-30', 'green'], // two left (Fri, Mon)
    ['2026-11-27T10:00:00', '2026-11-30', 'yellow'], // one left: the yellow band of a 5-day limit is 1
    ['2026-11-30T17:00:00', '2026-11-30', 'yellow'], // due today
    ['2026-12-01T09:00:00', '2026-11-30', 'red'], // past the due date
    ['2027-03-01T09:00:00', '2026-11-30', 'red'], // long past: red, never red_plus
  ])('at %s, due %s: %s', (now, due, light) => {
    expect(rectificationLight(calendar, at(now), TZ, open(due), 5)).toBe(light);
  });

  it.each(['verified', 'rectified', 'replied', 'appealed'] as RectificationStatus[])('%s tasks are still lit', (status) => {
    expect(rectificationLight(calendar, at('2026-12-01T09:00:00'), TZ, open('2026-11-30', status), 5)).toBe('red');
  });

  it('closed tasks have no light', () => {
    expect(rectificationLight(calendar, at('2026-12-01T09:00:00'), TZ, open('2026-11-30', 'closed'), 5)).toBeNull();
  });
});
