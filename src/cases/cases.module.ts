import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { BackOfficeService } from './back-office.service';
import { CaseClock } from './case-clock';
import { CaseCommandRunner } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { CasePageDataService } from './case-page-data.service';
import { CasePagesController } from './case-pages.controller';
import { CaseQrController } from './case-qr.controller';
import { CaseQueryService } from './case-query.service';
import { CaseSweep } from './case-sweep.service';
import { CasesController, PublicCasesController } from './cases.controller';
import { ConsolePageController } from './console-page.controller';
import { FrontDeskService } from './front-desk.service';
import { IntakeService } from './intake.service';
import { BundleIntake } from './bundle-intake.service';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [HallsModule, CalendarModule, CatalogModule, QueueModule, AuditModule],
  controllers: [CasesController, PublicCasesController, CasePagesController, CaseQrController, ConsolePageController],
  providers: [IntakeService, BundleIntake, FrontDeskService, BackOfficeService, CaseQueryService, CaseClock, CaseDispatch, CaseCommandRunner, CaseSweep, SupervisionService, CasePageDataService],
  exports: [CaseQueryService, CaseClock, CaseSweep],
})
export class CasesModule {}
