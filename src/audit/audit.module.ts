import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryRow } from './audit-entry.entity';
import { AuditPagesController } from './audit-pages.controller';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** The audit log: its API and page; `AuditService.personalDataRead` for the cases' full reads. Admin changes write through audit.store. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryRow])],
  controllers: [AuditController, AuditPagesController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
