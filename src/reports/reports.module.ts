import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { HallsModule } from '../halls/halls.module';
import { RequestsModule } from '../requests/requests.module';
import { SupervisionModule } from '../supervision/supervision.module';
import { ReportsPagesController } from './reports-pages.controller';
import { ReportsController } from './reports.controller';
import { RankingService } from './ranking.service';
import { ReportsService } from './reports.service';

/** 考核 and statistics: per window and clerk, department, item, request category and hall; CSV and XLSX exports. */
@Module({
  imports: [HallsModule, CatalogModule, SupervisionModule, RequestsModule],
  controllers: [ReportsController, ReportsPagesController],
  providers: [ReportsService, RankingService],
})
export class ReportsModule {}
