import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import type { NotificationView } from './domain/notification-view';
import { NotificationQueryDto } from './dto/notification-query.dto';
import { NotificationsService } from './notifications.service';

/** The outbox (admin only): messages to residents and their state, newest first, phones masked. */
@ApiTags('notifications')
@ApiBearerAuth()
@Roles('admin')
@NoStore() // masked phones, still about residents
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Query() query: NotificationQueryDto): Promise<NotificationView[]> {
    return this.notifications.list(query);
  }
}
