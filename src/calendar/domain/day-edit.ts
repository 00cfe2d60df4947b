import { CalendarDay } from './calendar-day';
import { isWeekendDayNumber, toDayNumber } from './iso-date';

export function isWeekendDate(date: string): boolean {
  return isWeekendDayNumber(toDayNumber(date));
}

/**
 * The exception a single-day edit leaves: a working Monday–Friday is the plain week and never an
 * exception (null), so the year keeps the holiday-cn shape. An off weekend day keeps its row, as the
 * official files list the weekend days inside a holiday block with the holiday's name.
 */
export function exceptionAfterEdit(date: string, isOffDay: boolean, name: string): CalendarDay | null {
  if (!isOffDay && !isWeekendDate(date)) return null;
  return { date, isOffDay, name: name.trim() };
}
