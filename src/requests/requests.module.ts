import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { CatalogModule } from '../catalog/catalog.module';
import { RequestPagesController } from './request-pages.controller';

/** 接诉即办: resident requests and grid events, dispatched to departments and answered by the hour. */
@Module({
  imports: [HallsModule, CatalogModule],
  controllers: [RequestPagesController],
  providers: [],
  exports: [],
})
export class RequestsModule {}
