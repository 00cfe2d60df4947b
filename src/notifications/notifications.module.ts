import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { LogNotificationDriver } from './log-notification.driver';
import { NotificationDriver } from './notification-driver';
import { NotificationOutbox } from './notification-outbox';
import { NotificationSender } from './notification-sender';
import { NotificationPagesController } from './notification-pages.controller';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { WebhookNotificationDriver } from './webhook-notification.driver';

/**
 * Messages to residents: the outbox every feature queues into (global, so cases, the queue and requests
 * inject NotificationOutbox without importing this module), the sender and its driver, the admin list and page.
 */
@Global()
@Module({
  controllers: [NotificationsController, NotificationPagesController],
  providers: [
    NotificationOutbox,
    NotificationSender,
    NotificationsService,
    {
      provide: NotificationDriver,
      inject: [AppConfig],
      useFactory: (config: AppConfig): NotificationDriver => (config.NOTIFY_DRIVER === 'webhook'
        ? new WebhookNotificationDriver({ url: config.NOTIFY_WEBHOOK_URL!, secret: config.NOTIFY_WEBHOOK_SECRET!, timeoutMs: config.NOTIFY_WEBHOOK_TIMEOUT_MS })
        : new LogNotificationDriver()),
    },
  ],
  exports: [NotificationOutbox],
})
export class NotificationsModule {}
