import { Get, Render } from '@nestjs/common';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { Public } from '../common/auth.decorators';
import { PageController } from '../web/page-controller.decorator';
import { AUDIT_TIME_ZONE } from './domain/audit-entry';
import { auditPageViewModel } from './view-models/audit-page.view-model';

/** The admins' audit page. It holds no data: its script signs in as admin and calls `GET /api/v1/audit`. */
@Public()
@PageController('admin/audit')
export class AuditPagesController {
  constructor(private readonly clock: Clock) {}

  @Get()
  @Render('admin-audit')
  page() {
    return auditPageViewModel(businessDateInZone(this.clock.now(), AUDIT_TIME_ZONE));
  }
}
