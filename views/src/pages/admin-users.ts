// The accounts admin page (人员账号管理): staff accounts, password resets, departments.
import type { adminUsersViewModel } from '../../../src/auth/view-models/admin-users.view-model';
import { startUsersAdmin } from '../admin-users/users-admin';
import { pageData } from '../lib/dom';

startUsersAdmin(pageData<ReturnType<typeof adminUsersViewModel>['client']>());
