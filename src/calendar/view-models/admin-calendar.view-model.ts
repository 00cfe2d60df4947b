import { MAX_DAY_NAME_LENGTH } from '../domain/calendar-day';
import { isWeekendDate } from '../domain/day-edit';
import { addDays, dayOfWeek } from '../domain/iso-date';

export interface CalendarCell {
  date: string;
  day: number;
  weekend: boolean;
  today: boolean;
}

export interface CalendarMonth {
  month: number;
  title: string;
  /** Weeks from Monday to Sunday; null pads the days of other months. */
  weeks: (CalendarCell | null)[][];
}

const WEEKDAY_TITLES = ['一', '二', '三', '四', '五', '六', '日'];

function monthGrid(year: number, month: number, today: string): CalendarMonth {
  const first = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
  const cells: (CalendarCell | null)[] = Array.from({ length: (dayOfWeek(first) + 6) % 7 }, () => null);
  for (let date = first; date.slice(0, 7) === first.slice(0, 7); date = addDays(date, 1)) {
    cells.push({ date, day: Number(date.slice(8)), weekend: isWeekendDate(date), today: date === today });
    if (date.endsWith('-12-31')) break;
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { month, title: `${month} 月`, weeks };
}

/**
 * The admin calendar page: the year's twelve month grids (Monday first) with weekends marked. The page
 * holds no calendar data; its script fetches the year's holidays and make-up days and marks the cells.
 * `client` is what the script reads from the page.
 */
export function adminCalendarViewModel(year: number, today: string) {
  return {
    title: `${year} 年工作日历 · 节假日管理`,
    year,
    previousYear: year - 1,
    nextYear: year + 1,
    currentYear: Number(today.slice(0, 4)),
    weekdayTitles: WEEKDAY_TITLES,
    dayNameMaxLength: MAX_DAY_NAME_LENGTH,
    months: Array.from({ length: 12 }, (_, index) => monthGrid(year, index + 1, today)),
    client: { year },
  };
}
