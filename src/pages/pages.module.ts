import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CasesModule } from '../cases/cases.module';
import { CatalogModule } from '../catalog/catalog.module';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { CasePageDataService } from './case-page-data.service';
import { CasePagesController, CaseQrController } from './case-pages.controller';
import { PageDataService } from './page-data.service';
import { PagesController } from './pages.controller';
import { QrController } from './qr.controller';
import { RatingPagesController } from './rating-pages.controller';

@Module({
  imports: [HallsModule, QueueModule, CalendarModule, CatalogModule, CasesModule],
  controllers: [PagesController, QrController, CasePagesController, CaseQrController, RatingPagesController],
  providers: [PageDataService, CasePageDataService],
})
export class PagesModule {}
