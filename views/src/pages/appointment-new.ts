import { startBookingPage } from '../appointments/booking-page';
import { pageData } from '../lib/dom';
import type { BookingPageData } from '../../../src/queue/view-models/appointment-booking.view-model';

startBookingPage(pageData<BookingPageData>());
