import { IsBoolean } from 'class-validator';
import { CleanText } from '../../common/validators';
import { MAX_DAY_NAME_LENGTH } from '../domain/calendar-day';

/** PUT /api/v1/calendar/days/{date}: the day's state and the name shown for it (节日名 or 调休). */
export class SetCalendarDayDto {
  @IsBoolean() isOffDay: boolean;
  @CleanText('name', MAX_DAY_NAME_LENGTH) name: string;
}
