import { readFileSync } from 'fs';
import { join } from 'path';
import { CalendarYear, parseCalendarYear } from './calendar-day';
import { dayOfWeek } from './iso-date';
import { WorkingCalendar } from './working-calendar';

interface ChineseDaysYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const HOLIDAY_DIR = join(__dirname, '..', '..', '..', 'config', 'holidays');
const YEARS = [2025, 2026];

function loadYear(year: number): CalendarYear {
  return parseCalendarYear(JSON.parse(readFileSync(join(HOLIDAY_DIR, `${year}.json`), 'utf8')));
}

function loadChineseDaysYear(year: number): ChineseDaysYear {
  return JSON.parse(readFileSync(require.resolve(`chinese-days/dist/years/${year}.json`), 'utf8')) as ChineseDaysYear;
}

const files = YEARS.map(loadYear);
const calendar = WorkingCalendar.fromYears(files);

describe.each(YEARS)('config/holidays/%d.json', (year) => {
  const file = files[YEARS.indexOf(year)];
  const reference = loadChineseDaysYear(year);

  it('is a valid holiday-cn file for its year', () => {
    expect(file.year).toBe(year);
  });

  it('lists the same off days and make-up days as the chinese-days data', () => {
    const offDays = file.days.filter((day) => day.isOffDay).map((day) => day.date);
    const makeUpDays = file.days.filter((day) => !day.isOffDay).map((day) => day.date);
    expect(offDays).toEqual(Object.keys(reference.holidays).sort());
    expect(makeUpDays).toEqual(Object.keys(reference.workdays).sort());
  });

  it('has 248 working days', () => {
    expect(calendar.workingDaysInRange(`${year}-01-01`, `${year}-12-31`)).toBe(248);
  });

  it('lists weekend days only as make-up days', () => {
    for (const day of file.days.filter((entry) => !entry.isOffDay)) {
      expect([0, 6]).toContain(dayOfWeek(day.date));
    }
  });
});

describe('the files drive the worked examples', () => {
  it.each([
    ['2025-09-26', 5, '2025-10-10'],
    ['2025-09-26', 15, '2025-10-23'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-09-18', 10, '2026-10-09'],
    ['2025-12-31', 3, '2026-01-06'],
    ['2026-04-30', 3, '2026-05-08'],
  ])('%s + %d → %s', (from, days, due) => {
    expect(calendar.addWorkingDays(from, days)).toBe(due);
  });
});
