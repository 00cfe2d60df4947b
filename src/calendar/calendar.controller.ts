import { Body, Controller, Delete, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { isoDateInput, workingDaysInput, yearInput } from './calendar-input';
import { CalendarService } from './calendar.service';
import { SetCalendarDayDto } from './dto/set-calendar-day.dto';

/**
 * The working-day calendar. Values arrive as strings and are parsed to stable 400 codes; the literal
 * routes come before `:year`, which takes four digits only anyway.
 */
@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** Loaded years and the missing-schedule warning (null when none). */
  @Public()
  @Get('status')
  status() {
    return this.calendar.status();
  }

  /** The due date: counting starts on the working day after `from`; 0 days is `from`. */
  @Public()
  @Get('add-working-days')
  addWorkingDays(@Query('from') from: string, @Query('days') days: string) {
    return { date: this.calendar.addWorkingDays(isoDateInput(from, 'from'), workingDaysInput(days)) };
  }

  /** Working days d with from < d <= to (negative when `to` is earlier): the inverse of add-working-days. */
  @Public()
  @Get('working-days')
  workingDays(@Query('from') from: string, @Query('to') to: string) {
    return { workingDays: this.calendar.workingDaysBetween(isoDateInput(from, 'from'), isoDateInput(to, 'to')) };
  }

  @Public()
  @Get('is-working-day')
  isWorkingDay(@Query('date') date: string) {
    const day = this.calendar.day(isoDateInput(date));
    return { date: day.date, isWorkingDay: !day.isOffDay, name: day.name };
  }

  /** Sets a day off (休) or working (班); a working Monday–Friday drops the exception. */
  @ApiBearerAuth()
  @Roles('admin')
  @Put('days/:date')
  setDay(@Param('date') date: string, @Body() dto: SetCalendarDayDto, @CurrentUser() user: AuthUser) {
    return this.calendar.setDay(isoDateInput(date), dto, user);
  }

  /** Drops the day's exception: it follows the plain Monday–Friday week again. */
  @ApiBearerAuth()
  @Roles('admin')
  @Delete('days/:date')
  clearDay(@Param('date') date: string, @CurrentUser() user: AuthUser) {
    return this.calendar.clearDay(isoDateInput(date), user);
  }

  /** A loaded year in the holiday-cn shape `{year, days}`: also the export file. */
  @Public()
  @Get(':year')
  year(@Param('year') year: string) {
    return this.calendar.exportYear(yearInput(year));
  }

  /** Imports a whole year in the holiday-cn shape, replacing its days; the file's year must match the path. */
  @ApiBearerAuth()
  @Roles('admin')
  @Put(':year')
  importYear(@Param('year') year: string, @Body() file: unknown, @CurrentUser() user: AuthUser) {
    return this.calendar.importYear(file, user, yearInput(year));
  }
}
