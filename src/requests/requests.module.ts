import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { HallsModule } from '../halls/halls.module';
import { DispatchPagesController } from './dispatch-pages.controller';
import { RequestAdminPagesController } from './request-admin-pages.controller';
import { RequestCategoriesService } from './request-categories.service';
import { RequestCommandRunner } from './request-command';
import { RequestDeskService } from './request-desk.service';
import { RequestIntakeService } from './request-intake.service';
import { RequestPagesController } from './request-pages.controller';
import { RequestQrController } from './request-qr.controller';
import { RequestPhotoStore } from './request-photo-store';
import { RequestQueryService } from './request-query.service';
import { RequestSweep } from './request-sweep.service';
import { PublicRequestsController, RequestsController } from './requests.controller';

/** 接诉即办: resident requests and grid events, dispatched to departments and answered by the hour. */
@Module({
  imports: [HallsModule, CatalogModule],
  controllers: [RequestsController, PublicRequestsController, RequestPagesController, RequestQrController, DispatchPagesController, RequestAdminPagesController],
  providers: [RequestCategoriesService, RequestCommandRunner, RequestDeskService, RequestIntakeService, RequestPhotoStore, RequestQueryService, RequestSweep],
  exports: [RequestQueryService, RequestSweep],
})
export class RequestsModule {}
