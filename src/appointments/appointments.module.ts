import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { AppointmentSweep } from './appointment-sweep.service';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsService } from './appointments.service';

/** Appointments (预约): slots from the opening hours and the calendar, booking, check-in to a 预约 ticket, no-shows. */
@Module({
  imports: [HallsModule, CalendarModule, QueueModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsService, AppointmentSweep],
  exports: [AppointmentsService, AppointmentSweep],
})
export class AppointmentsModule {}
