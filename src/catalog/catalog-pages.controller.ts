import { Get, Param, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { AppConfig } from '../config/app-config';
import { publicUrl } from '../web/qr-svg';
import { PageController } from '../web/page-controller.decorator';
import { itemNotFound } from './catalog.errors';
import { toDepartmentView, toItemSummary, toItemView } from './catalog.mapper';
import { CatalogPageData } from './catalog-page-data.service';
import { CatalogService } from './catalog.service';
import { isItemKind, ITEM_CODE } from './domain/catalog-terms';
import { MAX_QUERY_LENGTH } from './domain/item-search';
import { adminCatalogViewModel } from './view-models/admin-catalog.view-model';
import { catalogGuideViewModel } from './view-models/catalog-guide.view-model';
import { CATALOG_QR_PATH, catalogTvViewModel, tvOptions } from './view-models/catalog-tv.view-model';
import { catalogViewModel } from './view-models/catalog.view-model';

/** A query-string value as typed text; anything else (absent, repeated) is empty. */
function queryText(value: unknown, max = MAX_QUERY_LENGTH): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/**
 * The catalogue's pages: the public list and guides (phone first), the hall TV, and the admins' page
 * (whose script signs in and uses the admin API). Errors render the friendly error page.
 */
@Public()
@PageController()
export class CatalogPagesController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly data: CatalogPageData,
    private readonly config: AppConfig,
  ) {}

  /** `?q=&department=&kind=` filter on the server too, so the page works without its script. */
  @Get('catalog')
  @Render('catalog')
  async list(@Query('q') q: unknown, @Query('department') department: unknown, @Query('kind') kind: unknown) {
    const filter = { q: queryText(q), department: queryText(department, 16), kind: isItemKind(kind) ? kind : '' };
    const [all, matches, departments, centre] = await Promise.all([
      this.catalog.listItems(),
      this.catalog.listItems(filter),
      this.catalog.departments(),
      this.data.centre(),
    ]);
    return catalogViewModel({
      centreName: centre.name,
      items: all.map(toItemSummary),
      matches: matches.map((d) => d.item.code),
      departments: departments.map(toDepartmentView),
      filter,
    });
  }

  @Get('catalog/tv')
  @Render('catalog-tv')
  async tv(@Query('per') per: unknown, @Query('seconds') seconds: unknown) {
    const url = publicUrl(this.config.publicBaseUrl, '/catalog');
    const [items, names, departments, centre] = await Promise.all([
      this.catalog.listItems(),
      this.catalog.departmentNames(),
      this.catalog.departments(),
      this.data.centre(),
    ]);
    const phone = { url, qrSrc: CATALOG_QR_PATH };
    return catalogTvViewModel(centre, items.map((d) => toItemView(d, names)), departments.map(toDepartmentView), tvOptions(per, seconds), phone);
  }

  @Get('catalog/items/:code')
  @Render('catalog-item')
  async guide(@Param('code') code: string) {
    if (!ITEM_CODE.test(code)) throw itemNotFound(code.slice(0, 16));
    const [detail, names, queues] = await Promise.all([this.catalog.getItem(code), this.catalog.departmentNames(), this.data.queues()]);
    const queue = queues.find((q) => q.code === detail.item.queueCode);
    return catalogGuideViewModel(toItemView(detail, names), { queueText: queue ? `${queue.code} ${queue.name}` : null });
  }

  @Get('admin/catalog')
  @Render('admin-catalog')
  async admin() {
    return adminCatalogViewModel(await this.data.queues());
  }
}
