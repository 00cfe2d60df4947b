import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { computeDeadlines, DeadlineInput } from './deadline';
import { warningLevel, yellowBand } from './warning-level';

const years = [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(__dirname, '../../../config/holidays', `${y}.json`), 'utf8'))));
const calendar = WorkingCalendar.fromYears(years);
const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);
const wd = (value: number) => ({ value, unit: 'working_days' as const });
const base = (acceptedLocal: string, promised: number, statutory = promised): DeadlineInput => ({
  acceptedAt: at(acceptedLocal), timeZone: TZ, promised: wd(promised), statutory: wd(statutory), extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0,
});

describe('computeDeadlines', () => {
  it.each([
    // DOMAIN.md's worked examples, accepted during office hours
    ['2025-09-26T10:00:00', 5, '2025-10-10'],
    ['2025-09-26T10:00:00', 15, '2025-10-23'],
    ['2026-02-13T10:00:00', 5, '2026-02-27'],
    ['2026-09-18T10:00:00', 10, '2026-10-09'],
    ['2025-12-31T10:00:00', 3, '2026-01-06'],
    ['2026-04-30T10:00:00', 3, '2026-05-08'],
    // acceptance late in the evening still belongs to that business day in the hall's zone
    ['2026-11-23T23:30:00', 1, '2026-11-24'],
  ])('accepted %s + %d wd → due %s', (accepted, days, due) => {
    expect(computeDeadlines(calendar, base(accepted, days)).dueDate).toBe(due);
  });

  it('adds approved extensions and paused working days to the promised date; pauses only to the statutory one', () => {
    const input = { ...base('2026-11-23T10:00:00', 15, 25), extensionDays: 5, pausedWorkingDays: 2 };
    // promised 15 + 5 + 2 = 22 wd; statutory 25 + 2 = 27 wd
    expect(computeDeadlines(calendar, input)).toEqual({ dueDate: '2026-12-23', statutoryDueDate: '2026-12-30', dueAt: null, statutoryDueAt: null });
  });

  it('counts hour limits on the clock, holidays included, and adds suspended time', () => {
    const input: DeadlineInput = { ...base('2026-09-30T20:00:00', 0), promised: { value: 48, unit: 'hours' }, statutory: { value: 72, unit: 'hours' } };
    const plain = computeDeadlines(calendar, input);
    expect(plain).toEqual({ dueDate: '2026-10-02', statutoryDueDate: '2026-10-03', dueAt: at('2026-10-02T20:00:00'), statutoryDueAt: at('2026-10-03T20:00:00') });
    expect(computeDeadlines(calendar, { ...input, pausedMs: 3 * 3_600_000 }).dueAt).toBe(at('2026-10-02T23:00:00'));
  });
});

describe('warningLevel', () => {
  it.each([
    [1, 1], [5, 1], [10, 2], [15, 3], [23, 5],
  ])('the yellow band of %d is %d', (limit, band) => expect(yellowBand(limit)).toBe(band));

  // JZZ: 15 wd accepted Mon 2026-11-23 → due 2026-12-14; yellow band 3 working days
  const deadlines = computeDeadlines(calendar, base('2026-11-23T10:00:00', 15, 15));
  it.each([
    ['2026-11-24T09:00:00', 'green'],
    ['2026-12-08T17:00:00', 'green'], // 4 working days left
    ['2026-12-09T09:00:00', 'yellow'], // 3 left
    ['2026-12-14T17:59:59', 'yellow'], // due today
    ['2026-12-15T00:00:01', 'red_plus'], // past both (statutory = promised here)
  ])('at %s → %s', (now, level) => {
    expect(deadlines.dueDate).toBe('2026-12-14');
    expect(warningLevel(calendar, at(now), TZ, wd(15), deadlines)).toBe(level);
  });

  it('is red past the promised date and red_plus only past the statutory one', () => {
    const d = computeDeadlines(calendar, base('2026-11-23T10:00:00', 5, 10));
    expect([d.dueDate, d.statutoryDueDate]).toEqual(['2026-11-30', '2026-12-07']);
    expect(warningLevel(calendar, at('2026-12-01T09:00:00'), TZ, wd(5), d)).toBe('red');
    expect(warningLevel(calendar, at('2026-12-08T09:00:00'), TZ, wd(5), d)).toBe('red_plus');
  });

  it('counts yellow across a holiday in working days, not calendar days', () => {
    // 10 wd accepted 2026-09-18 → due 2026-10-09, yellow band 2 working days; 10-01…10-07 are off
    const d = computeDeadlines(calendar, base('2026-09-18T10:00:00', 10));
    expect(d.dueDate).toBe('2026-10-09');
    expect(warningLevel(calendar, at('2026-09-29T10:00:00'), TZ, wd(10), d)).toBe('green'); // 09-30, 10-08, 10-09 left
    expect(warningLevel(calendar, at('2026-09-30T10:00:00'), TZ, wd(10), d)).toBe('yellow'); // 10-08, 10-09 left, 9 calendar days
  });

  it('lights hour limits by the hour', () => {
    const input: DeadlineInput = { ...base('2026-11-23T10:00:00', 0), promised: { value: 48, unit: 'hours' }, statutory: { value: 72, unit: 'hours' } };
    const d = computeDeadlines(calendar, input);
    // due 11-25 10:00; yellow band max(1, ceil(9.6)) = 10 hours
    expect(warningLevel(calendar, at('2026-11-24T23:59:00'), TZ, input.promised, d)).toBe('green');
    expect(warningLevel(calendar, at('2026-11-25T00:00:00'), TZ, input.promised, d)).toBe('yellow');
    expect(warningLevel(calendar, at('2026-11-25T10:00:01'), TZ, input.promised, d)).toBe('red');
    expect(warningLevel(calendar, at('2026-11-26T10:00:01'), TZ, input.promised, d)).toBe('red_plus');
  });
});
