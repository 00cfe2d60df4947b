import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { caseLight, yellowStartDate } from './case-light';
import { computeDeadlines, DeadlineInput } from './deadline';

const years = [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(__dirname, '../../../config/holidays', `${y}.json`), 'utf8'))));
const calendar = WorkingCalendar.fromYears(years);
const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);
const wd = (value: number) => ({ value, unit: 'working_days' as const });
const input = (accepted: string, promised: number, statutory = promised): DeadlineInput => ({
  acceptedAt: at(accepted), timeZone: TZ, promised: wd(promised), statutory: wd(statutory), extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0,
});

describe('yellowStartDate', () => {
  it.each([
    ['2026-12-14', 3, '2026-12-09'], // Mon due: Wed 12-09 leaves 12-10, 12-11, 12-14
    ['2026-10-09', 2, '2026-09-30'], // across the National Day holiday: 10-08, 10-09 left on 09-30
    ['2026-11-30', 1, '2026-11-27'], // Mon due, band 1: from Friday (the weekend is no working day)
  ])('due %s, band %d → yellow from %s', (due, band, from) => expect(yellowStartDate(calendar, due, band)).toBe(from));
});

describe('caseLight', () => {
  // JZZ 15 wd accepted Mon 2026-11-23: due 12-14 (statutory 20 → 12-21)
  const deadlines = computeDeadlines(calendar, input('2026-11-23T10:00:00', 15, 20));
  const light = (now: string, extra: Partial<Parameters<typeof caseLight>[0]> = {}) =>
    caseLight({ calendar, now: at(now), timeZone: TZ, promised: wd(15), deadlines, suspended: false, steps: [], ...extra });

  it.each([
    ['2026-11-24T10:00:00', 'green', '2026-12-09T00:00:00'],
    ['2026-12-09T00:00:00', 'yellow', '2026-12-15T00:00:00'],
    ['2026-12-15T08:00:00', 'red', '2026-12-22T00:00:00'],
    ['2026-12-22T08:00:00', 'red_plus', null],
  ])('at %s: %s, next check %s', (now, level, next) => {
    const l = light(now);
    expect([l.level, l.nextCheckAt]).toEqual([level, next === null ? null : at(next)]);
  });

  it('turns yellow when a step runs over its step limit, and plans the check for that moment', () => {
    const steps = [{ startedAt: at('2026-11-23T10:00:00'), limit: wd(5) }]; // last allowed day 11-30
    expect(light('2026-11-26T10:00:00', { steps })).toMatchObject({ level: 'green', stepOverdue: false, nextCheckAt: at('2026-12-01T00:00:00') });
    expect(light('2026-12-01T10:00:00', { steps })).toMatchObject({ level: 'yellow', stepOverdue: true, nextCheckAt: at('2026-12-09T00:00:00') });
  });

  it('looks again the next day while suspended (the due date moves)', () => {
    expect(light('2026-11-26T15:00:00', { suspended: true }).nextCheckAt).toBe(at('2026-11-27T00:00:00'));
  });

  it('plans hour limits to the hour', () => {
    const d = computeDeadlines(calendar, { ...input('2026-11-23T10:00:00', 0), promised: { value: 48, unit: 'hours' }, statutory: { value: 72, unit: 'hours' } });
    const l = caseLight({ calendar, now: at('2026-11-23T12:00:00'), timeZone: TZ, promised: { value: 48, unit: 'hours' }, deadlines: d, suspended: false, steps: [] });
    expect(l).toEqual({ level: 'green', stepOverdue: false, nextCheckAt: at('2026-11-25T00:00:00') });
  });
});
