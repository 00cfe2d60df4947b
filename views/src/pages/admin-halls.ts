// The halls admin page (服务大厅设置): centres and points, opening hours, queues and windows.
import type { adminHallsViewModel } from '../../../src/halls/view-models/admin-halls.view-model';
import { startHallsAdmin } from '../admin-halls/halls-admin';
import { pageData } from '../lib/dom';

startHallsAdmin(pageData<ReturnType<typeof adminHallsViewModel>['client']>());
