// The outbox page (短信通知): messages to residents and their sending state, for admins.
import { startNotificationsPage } from '../notifications/notifications-page';

startNotificationsPage();
