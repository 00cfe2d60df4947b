// 后台办件箱 (/inbox/:department): a department's cases, live, with the case drawer and its actions.
import { startInboxPage } from '../inbox/page';

startInboxPage();
