import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { adminUsersViewModel } from './view-models/admin-users.view-model';

/** The admins' accounts page; its script signs in and uses the users API (the page itself holds no data). */
@Public()
@PageController()
export class AuthPagesController {
  @Get('admin/users')
  @Render('admin-users')
  users() {
    return adminUsersViewModel();
  }
}
