import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/auth.decorators';
import { AuditService } from './audit.service';
import type { AuditView } from './domain/audit-entry';
import type { RawAuditQuery } from './domain/audit-query';
import { NoStore } from '../common/no-store.interceptor';

/** The audit log (admin only): `?kind=admin|personal_data&from=&to=&actorId=&subjectType=&subjectId=&limit=&offset=`, newest first. */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@NoStore() // who did what, with names
@Controller('api/v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query() query: RawAuditQuery): Promise<AuditView[]> {
    return this.audit.list(query);
  }
}
