import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { notificationsPageViewModel } from './view-models/notifications-page.view-model';

/** The admins' outbox page. It holds no data: its script signs in as admin and calls `GET /api/v1/notifications`. */
@Public()
@PageController('admin/notifications')
export class NotificationPagesController {
  @Get()
  @Render('admin-notifications')
  page() {
    return notificationsPageViewModel();
  }
}
