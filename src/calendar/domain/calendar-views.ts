/** Response shapes of the calendar API that the service builds and the admin page reads. */

/** A day as the API shows it: `name` is null on a plain weekday or weekend (no exception). */
export interface CalendarDayView {
  date: string;
  isOffDay: boolean;
  name: string | null;
}

/** `GET /api/v1/calendar/status`: the imported years and the missing-schedule warning, if any. */
export interface CalendarStatus {
  years: number[];
  warning: string | null;
}
