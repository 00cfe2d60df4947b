import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { KioskHoursData } from './kiosk-hours.service';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HallsModule } from '../halls/halls.module';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';
import { HallSequence } from './hall-sequence';
import { QueuePageData } from './queue-page-data.service';
import { AppointmentPagesController } from './appointment-pages.controller';
import { QueuePagesController } from './queue-pages.controller';
import { QueueEvent } from './queue-event.entity';
import { TicketCounter } from './ticket-counter.entity';
import { TicketQrController } from './ticket-qr.controller';
import { Ticket } from './ticket.entity';
import { TicketsController } from './tickets.controller';
import { TicketsService } from './tickets.service';
import { WaitEstimator } from './wait-estimator.service';
import { WindowOperationsService } from './window-operations.service';
import { WindowsController } from './windows.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Ticket, TicketCounter, QueueEvent]), HallsModule, CalendarModule],
  controllers: [TicketsController, WindowsController, BoardController, QueuePagesController, AppointmentPagesController, TicketQrController],
  providers: [TicketsService, WindowOperationsService, BoardService, WaitEstimator, HallSequence, QueuePageData, KioskHoursData],
  exports: [BoardService, HallSequence, QueuePageData, TicketsService],
})
export class QueueModule {}
