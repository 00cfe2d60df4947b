// 部门诉求 (/requests/desk): an officer's departments' resident requests, live.
import { startRequestDesk } from '../dispatch/desk-page';

startRequestDesk();
