import { Global, Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { CatalogAdminController } from './catalog-admin.controller';
import { CatalogPageData } from './catalog-page-data.service';
import { CatalogPagesController } from './catalog-pages.controller';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

/** The service catalogue; global so the case intake injects CatalogService directly. */
@Global()
@Module({
  imports: [HallsModule],
  controllers: [CatalogController, CatalogAdminController, CatalogPagesController],
  providers: [CatalogService, CatalogPageData],
  exports: [CatalogService],
})
export class CatalogModule {}
