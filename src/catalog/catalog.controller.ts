import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { toDepartmentView, toItemSummary, toItemView } from './catalog.mapper';
import type { DepartmentView, ItemSummaryView, ItemView } from './domain/catalog-views';
import { CatalogService } from './catalog.service';
import { ItemQueryDto } from './dto/item-query.dto';

/** The published catalogue (政务服务事项清单): public, active items only. */
@ApiTags('catalog')
@Public()
@Controller('api/v1/catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  /** Active items in catalogue order; with `q` ranked best first (code, pinyin initials, name). */
  @Get('items')
  async items(@Query() query: ItemQueryDto): Promise<ItemSummaryView[]> {
    return (await this.catalog.listItems(query)).map(toItemSummary);
  }

  /** The guide of one active item: materials, route, limits; a withdrawn item is 404 ITEM_NOT_FOUND. */
  @Get('items/:code')
  async item(@Param('code') code: string): Promise<ItemView> {
    const detail = await this.catalog.getItem(code);
    return toItemView(detail, await this.catalog.departmentNames());
  }

  @Get('departments')
  async departments(): Promise<DepartmentView[]> {
    return (await this.catalog.departments()).map(toDepartmentView);
  }
}
