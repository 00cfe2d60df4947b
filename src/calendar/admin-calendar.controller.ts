import { Get, Param, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { adminCalendarViewModel } from './view-models/admin-calendar.view-model';
import { yearInput } from './calendar-input';
import { CalendarService } from './calendar.service';

/** The admins' calendar page. It holds no data: its script signs in as admin and calls the calendar API. */
@Public()
@PageController('admin/calendar')
export class AdminCalendarController {
  constructor(private readonly calendar: CalendarService) {}

  /** Opens on the current year in the hall's zone. */
  @Get()
  @Render('admin-calendar')
  async current() {
    const today = await this.calendar.today();
    return adminCalendarViewModel(Number(today.slice(0, 4)), today);
  }

  @Get(':year')
  @Render('admin-calendar')
  async year(@Param('year') year: string) {
    return adminCalendarViewModel(yearInput(year), await this.calendar.today());
  }
}
