import { Get, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { adminDevicesViewModel } from './view-models/admin-devices.view-model';

/** /admin/devices: hall devices, their pairing codes and revocation (the script signs in as admin). */
@Public()
@PageController('admin/devices')
export class DevicePagesController {
  @Get()
  @Render('admin-devices')
  page() {
    return adminDevicesViewModel();
  }
}
