import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';

/** PUT /api/v1/calendar/days/{date}: the day's state and the name shown for it (节日名 or 调休). */
export class SetCalendarDayDto {
  @IsBoolean() isOffDay: boolean;
  @IsString() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(64) name: string;
}
