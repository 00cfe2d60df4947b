import { Logger } from '@nestjs/common';
import { logLine } from './domain/notification-log';
import { NotificationDriver, OutgoingNotification } from './notification-driver';

/** NOTIFY_DRIVER=log (the default, for a centre without an SMS gateway): the message goes to the log, phone masked. */
export class LogNotificationDriver extends NotificationDriver {
  private readonly logger = new Logger('Notifications');

  async send(message: OutgoingNotification): Promise<void> {
    this.logger.log(logLine(message));
  }
}
