export type CalendarErrorCode =
  | 'INVALID_CALENDAR_FILE'
  | 'INVALID_DATE'
  | 'INVALID_DAYS'
  | 'INVALID_HOURS'
  | 'INVALID_INSTANT'
  | 'INVALID_TIME_ZONE'
  | 'DUPLICATE_DATE';

export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly code: CalendarErrorCode,
    message: string,
  ) {
    super(message);
  }
}
