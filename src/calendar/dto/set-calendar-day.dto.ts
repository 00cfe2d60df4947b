import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';
import { MAX_DAY_NAME_LENGTH } from '../domain/calendar-day';

/** PUT /api/v1/calendar/days/{date}: the day's state and the name shown for it (节日名 or 调休). */
export class SetCalendarDayDto {
  @IsBoolean() isOffDay: boolean;
  @IsString() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(MAX_DAY_NAME_LENGTH) name: string;
}
