import { pageData } from '../lib/dom';
import { startTicketStatus, type TicketStatusData } from '../queue/ticket-status-page';

startTicketStatus(pageData<TicketStatusData>());
