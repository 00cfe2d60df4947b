import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { CatalogAdminController } from './catalog-admin.controller';
import { CatalogPageData } from './catalog-page-data.service';
import { CatalogQrController } from './catalog-qr.controller';
import { CatalogPagesController } from './catalog-pages.controller';
import { CatalogController } from './catalog.controller';
import { CatalogService } from './catalog.service';

/** The service catalogue; the case intake and the pages that list departments import it. */
@Module({
  imports: [HallsModule],
  controllers: [CatalogController, CatalogAdminController, CatalogPagesController, CatalogQrController],
  providers: [CatalogService, CatalogPageData],
  exports: [CatalogService],
})
export class CatalogModule {}
