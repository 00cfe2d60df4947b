// The admins' devices page (设备管理): kiosks and window pads, their pairing codes and revocation.
import type { AdminDevicesData } from '../../../src/devices/view-models/admin-devices.view-model';
import { startDevicesAdmin } from '../devices-admin/devices-admin';
import { pageData } from '../lib/dom';

startDevicesAdmin(pageData<AdminDevicesData>());
