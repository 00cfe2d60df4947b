import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { CaseClockFacts, caseTimes, pausedWorkingDays } from './case-times';

const years = [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(__dirname, '../../../config/holidays', `${y}.json`), 'utf8'))));
const calendar = WorkingCalendar.fromYears(years);
const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);

// A JZZ-like case accepted on Monday 2026-11-23: 15 working days promised, 20 statutory.
const accepted = (over: Partial<CaseClockFacts> = {}): CaseClockFacts => ({
  status: 'in_progress', acceptedAt: at('2026-11-23T09:30:00'), promisedValue: 15, promisedUnit: 'working_days', statutoryValue: 20, statutoryUnit: 'working_days',
  extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0, ...over,
});
const times = (c: CaseClockFacts, now: string, openPause: string | null = null) =>
  caseTimes(c, { calendar, now: at(now), timeZone: TZ, openPauseStartedAt: openPause === null ? null : at(openPause), steps: [] });

describe('caseTimes', () => {
  it('is null before acceptance', () => expect(times(accepted({ status: 'received', acceptedAt: null }), '2026-11-23T10:00:00')).toBeNull());

  it.each<[string, Partial<CaseClockFacts>, string, string | null, { dueDate: string; statutoryDueDate: string; warningLevel: string | null; overdue: boolean }]>([
    ['just accepted', {}, '2026-11-23T10:00:00', null, { dueDate: '2026-12-14', statutoryDueDate: '2026-12-21', warningLevel: 'green', overdue: false }],
    ['two days of extension move the promised date only', { extensionDays: 2 }, '2026-11-23T10:00:00', null, { dueDate: '2026-12-16', statutoryDueDate: '2026-12-21', warningLevel: 'green', overdue: false }],
    ['a closed pause of three working days moves both', { pausedWorkingDays: 3 }, '2026-11-23T10:00:00', null, { dueDate: '2026-12-17', statutoryDueDate: '2026-12-24', warningLevel: 'green', overdue: false }],
    ['an open pause counts up to now', { status: 'suspended' }, '2026-11-27T10:00:00', '2026-11-24T10:00:00', { dueDate: '2026-12-17', statutoryDueDate: '2026-12-24', warningLevel: 'green', overdue: false }],
    ['near the due date: yellow', {}, '2026-12-10T10:00:00', null, { dueDate: '2026-12-14', statutoryDueDate: '2026-12-21', warningLevel: 'yellow', overdue: false }],
    ['past the promised date: red, supervised', {}, '2026-12-15T10:00:00', null, { dueDate: '2026-12-14', statutoryDueDate: '2026-12-21', warningLevel: 'red', overdue: true }],
    ['past the statutory date: red_plus', {}, '2026-12-22T10:00:00', null, { dueDate: '2026-12-14', statutoryDueDate: '2026-12-21', warningLevel: 'red_plus', overdue: true }],
    ['decided: dates stay, no light', { status: 'decided_approved' }, '2026-12-22T10:00:00', null, { dueDate: '2026-12-14', statutoryDueDate: '2026-12-21', warningLevel: null, overdue: false }],
  ])('%s', (_name, over, now, openPause, expected) => {
    expect(times(accepted(over), now, openPause)).toMatchObject(expected);
  });

  it('looks again when the light can change, and never once the case stops running', () => {
    expect(times(accepted(), '2026-11-23T10:00:00')!.nextCheckAt).toBeGreaterThan(at('2026-11-23T10:00:00'));
    expect(times(accepted({ status: 'suspended' }), '2026-11-27T10:00:00', '2026-11-24T10:00:00')!.nextCheckAt).toBe(at('2026-11-28T00:00:00'));
    expect(times(accepted({ status: 'returned' }), '2026-11-27T10:00:00')!.nextCheckAt).toBeNull();
  });

  it('runs hour limits on the clock, pauses included', () => {
    const request = accepted({ promisedValue: 48, promisedUnit: 'hours', statutoryValue: 72, statutoryUnit: 'hours', pausedMs: 2 * 3_600_000 });
    expect(times(request, '2026-11-23T10:00:00')).toMatchObject({ dueAt: at('2026-11-25T11:30:00'), statutoryDueAt: at('2026-11-26T11:30:00'), dueDate: '2026-11-25', warningLevel: 'green' });
  });
});

describe('pausedWorkingDays', () => {
  it.each([
    ['2026-11-24T10:00:00', '2026-11-24T16:00:00', 0],
    ['2026-11-24T10:00:00', '2026-11-27T10:00:00', 3],
    ['2026-11-27T10:00:00', '2026-11-30T09:00:00', 1], // over a weekend
  ])('%s → %s: %d', (from, to, days) => expect(pausedWorkingDays(calendar, TZ, at(from), at(to))).toBe(days));
});
