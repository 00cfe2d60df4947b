import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { CalendarYear, parseCalendarYear } from './domain/calendar-day';
import { CalendarError } from './domain/calendar-error';

export interface HolidayFile {
  path: string;
  calendar: CalendarYear;
}

const YEAR_FILE = /^(\d{4})\.json$/;

/**
 * The shipped schedules, `<CONFIG_DIR>/holidays/<year>.json` in the holiday-cn shape. A broken file
 * stops the start with the file's name and the reason: a wrong calendar must never run silently.
 */
export function readHolidayFiles(holidayDir: string): HolidayFile[] {
  if (!existsSync(holidayDir)) return [];
  return readdirSync(holidayDir)
    .filter((name) => YEAR_FILE.test(name))
    .sort()
    .map((name) => {
      const path = join(holidayDir, name);
      let calendar: CalendarYear;
      try {
        calendar = parseCalendarYear(JSON.parse(readFileSync(path, 'utf8')));
      } catch (error) {
        const reason = error instanceof CalendarError || error instanceof SyntaxError ? error.message : String(error);
        throw new Error(`holiday file ${path} is invalid: ${reason}`, { cause: error });
      }
      const fileYear = Number(YEAR_FILE.exec(name)![1]);
      if (calendar.year !== fileYear) throw new Error(`holiday file ${path} holds year ${calendar.year}, not ${fileYear}`);
      return { path, calendar };
    });
}
