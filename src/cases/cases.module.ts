import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { BackOfficeService } from './back-office.service';
import { CaseClock } from './case-clock';
import { CaseCommandRunner } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { CaseQueryService } from './case-query.service';
import { CaseSweep } from './case-sweep.service';
import { CasesController, PublicCasesController } from './cases.controller';
import { FrontDeskService } from './front-desk.service';
import { IntakeService } from './intake.service';
import { SupervisionService } from './supervision.service';

@Module({
  imports: [HallsModule],
  controllers: [CasesController, PublicCasesController],
  providers: [IntakeService, FrontDeskService, BackOfficeService, CaseQueryService, CaseClock, CaseDispatch, CaseCommandRunner, CaseSweep, SupervisionService],
  exports: [CaseQueryService, CaseClock, CaseSweep],
})
export class CasesModule {}
