import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { AdminCalendarController } from './admin-calendar.controller';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The working-day calendar; modules that count working days (cases, evaluations, supervision) import it. */
@Module({
  imports: [HallsModule],
  controllers: [CalendarController, AdminCalendarController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
