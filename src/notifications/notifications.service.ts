import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { NotificationView, toNotificationView } from './domain/notification-view';
import { NotificationQueryDto } from './dto/notification-query.dto';
import { NotificationRow } from './notification.entity';

/** The list answers at most this many messages, newest first. */
export const NOTIFICATION_LIST_LIMIT = 500;

/** The staff's read of the outbox. */
@Injectable()
export class NotificationsService {
  constructor(private readonly tx: TransactionRunner) {}

  async list(filter: NotificationQueryDto): Promise<NotificationView[]> {
    const rows = await this.tx.read((m) => {
      const where: Partial<Pick<NotificationRow, 'status' | 'kind'>> = {};
      if (filter.status) where.status = filter.status;
      if (filter.kind) where.kind = filter.kind;
      return m.find(NotificationRow, { where, order: { createdAt: 'DESC', id: 'DESC' }, take: NOTIFICATION_LIST_LIMIT });
    });
    return rows.map((row) => toNotificationView(row));
  }
}
