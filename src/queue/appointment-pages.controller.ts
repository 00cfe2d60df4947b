import { Get, Query, Render } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { PageController } from '../web/page-controller.decorator';
import { queryFlag as flag } from '../web/page-params';
import { QueuePageData } from './queue-page-data.service';
import { bookingDays, bookingPageViewModel } from './view-models/appointment-booking.view-model';

/** The resident's booking page (预约): a phone page, also linked from the closed kiosk's 24-hour menu. */
@Public()
@PageController()
export class AppointmentPagesController {
  constructor(
    private readonly data: QueuePageData,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  @Get('appointments/new')
  @Render('appointment-new')
  async booking(@Query('hall') hall: unknown, @Query('date') date: unknown, @Query('kiosk') kiosk: unknown) {
    if (typeof hall !== 'string') throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, '服务大厅不存在，请重新扫描大厅张贴的二维码');
    const { hall: found, queues } = await this.data.hall(hall);
    const now = this.clock.now();
    const days = bookingDays(businessDateInZone(now, found.timeZone), (d) => this.calendar.isWorkingDay(d));
    return bookingPageViewModel(found, queues, days, { askedDate: date, serverNow: now, fromKiosk: flag(kiosk) });
  }
}
