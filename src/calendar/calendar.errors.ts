import { DomainError } from '../common/domain-error';
import { CalendarError } from './domain/calendar-error';

/** The calendar's stable error codes (all bad input is 400; state errors 404/409). */
export const CalendarErrorCode = {
  INVALID_DATE: 'INVALID_DATE',
  INVALID_DAYS: 'INVALID_DAYS',
  INVALID_YEAR: 'INVALID_YEAR',
  INVALID_HOURS: 'INVALID_HOURS',
  INVALID_CALENDAR_FILE: 'INVALID_CALENDAR_FILE',
  CALENDAR_YEAR_NOT_FOUND: 'CALENDAR_YEAR_NOT_FOUND',
  CALENDAR_YEAR_NOT_LOADED: 'CALENDAR_YEAR_NOT_LOADED',
} as const;

const SUMMARY: Record<CalendarError['code'], string> = {
  INVALID_CALENDAR_FILE: '节假日文件格式错误',
  INVALID_DATE: '日期无效',
  INVALID_DAYS: '工作日天数无效',
  INVALID_HOURS: '小时数无效',
  INVALID_INSTANT: '时间无效',
  INVALID_TIME_ZONE: '时区无效',
  DUPLICATE_DATE: '日期重复',
};

/** Bad input caught by the pure calendar becomes a 400 with the same stable code. */
export function toDomainError(error: CalendarError): DomainError {
  return DomainError.badRequest(error.code, `${SUMMARY[error.code]}：${error.message}`);
}

/** Runs pure calendar code; a CalendarError leaves as a DomainError, never as a 500. */
export function calendarCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw error instanceof CalendarError ? toDomainError(error) : error;
  }
}
