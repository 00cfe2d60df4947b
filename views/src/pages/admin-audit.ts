// The audit page (留痕查询): administrative changes and full personal-data reads, for admins.
import { startAuditPage } from '../audit/audit-page';

startAuditPage();
