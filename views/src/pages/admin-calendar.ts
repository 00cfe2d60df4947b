// The holiday calendar admin page (工作日历): the year's holidays and make-up days over the server's grid.
import type { adminCalendarViewModel } from '../../../src/calendar/view-models/admin-calendar.view-model';
import { startCalendarAdmin } from '../calendar/calendar-admin';
import { pageData } from '../lib/dom';

startCalendarAdmin(pageData<ReturnType<typeof adminCalendarViewModel>['client']>());
