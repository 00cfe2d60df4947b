import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { adminRequestCategoriesViewModel } from './view-models/admin-request-categories.view-model';

/** /admin/request-categories: 接诉即办's categories, their hours and departments (the script signs in as admin). */
@Public()
@PageController('admin/request-categories')
export class RequestAdminPagesController {
  @Get()
  @Render('admin-request-categories')
  page() {
    return adminRequestCategoriesViewModel();
  }
}
