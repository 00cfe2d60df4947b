import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { HallsModule } from '../halls/halls.module';
import { PointFiguresService } from './point-figures.service';
import { SupervisionFiguresService } from './supervision-figures.service';
import { SupervisionOverviewService } from './supervision-overview.service';
import { SupervisionPagesController } from './supervision-pages.controller';
import { SupervisionScope } from './supervision-scope';
import { SupervisionController } from './supervision.controller';

/**
 * 电子监察: reads cases, tickets, ratings and rectifications to show the supervisor the live lights and the
 * figures. It writes nothing: 督办意见 go through the cases module (POST /api/v1/cases/{id}/supervise).
 */
@Module({
  imports: [HallsModule, CalendarModule, CatalogModule],
  controllers: [SupervisionController, SupervisionPagesController],
  providers: [SupervisionScope, SupervisionOverviewService, SupervisionFiguresService, PointFiguresService],
  exports: [SupervisionScope],
})
export class SupervisionModule {}
