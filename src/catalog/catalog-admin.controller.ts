import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { toItemSeed } from './catalog-input';
import { toAdminItem, toAdminItemSummary, toDepartmentView } from './catalog.mapper';
import type { AdminItemSummaryView, AdminItemView, DepartmentView } from './domain/catalog-views';
import { CatalogService } from './catalog.service';
import { CreateCatalogItemDto, ReplaceCatalogItemDto } from './dto/catalog-item.dto';
import { CreateDepartmentDto, RenameDepartmentDto } from './dto/department.dto';
import { ItemQueryDto } from './dto/item-query.dto';

/**
 * Catalogue administration. Items are created, replaced whole, withdrawn and republished, never deleted
 * (cases refer to them). Shape errors are 400 VALIDATION_FAILED; rule errors 422 with every problem.
 */
@ApiTags('catalog')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/catalog')
export class CatalogAdminController {
  constructor(private readonly catalog: CatalogService) {}

  /** Every item, withdrawn ones too, with `active`. */
  @Get('admin/items')
  async items(@Query() query: ItemQueryDto): Promise<AdminItemSummaryView[]> {
    return (await this.catalog.listItems({ ...query, includeInactive: true })).map(toAdminItemSummary);
  }

  /** One item, withdrawn or not, as `{code, active, pinyinInitials, definition}`; `definition` is PUT's body. */
  @Get('admin/items/:code')
  async item(@Param('code') code: string): Promise<AdminItemView> {
    return toAdminItem(await this.catalog.getItem(code, { includeInactive: true }));
  }

  @Post('items')
  async create(@Body() body: CreateCatalogItemDto, @CurrentUser() actor: AuthUser): Promise<AdminItemView> {
    return toAdminItem(await this.catalog.createItem(toItemSeed(body.code, body), actor));
  }

  @Put('items/:code')
  async replace(@Param('code') code: string, @Body() body: ReplaceCatalogItemDto, @CurrentUser() actor: AuthUser): Promise<AdminItemView> {
    return toAdminItem(await this.catalog.replaceItem(code, toItemSeed(code, body), actor, body.code));
  }

  @Post('items/:code/deactivate')
  @HttpCode(200)
  async deactivate(@Param('code') code: string, @CurrentUser() actor: AuthUser): Promise<AdminItemView> {
    return toAdminItem(await this.catalog.setItemActive(code, false, actor));
  }

  @Post('items/:code/activate')
  @HttpCode(200)
  async activate(@Param('code') code: string, @CurrentUser() actor: AuthUser): Promise<AdminItemView> {
    return toAdminItem(await this.catalog.setItemActive(code, true, actor));
  }

  @Post('departments')
  async createDepartment(@Body() body: CreateDepartmentDto, @CurrentUser() actor: AuthUser): Promise<DepartmentView> {
    return toDepartmentView(await this.catalog.createDepartment(body.code, body.name, actor));
  }

  @Put('departments/:code')
  async renameDepartment(@Param('code') code: string, @Body() body: RenameDepartmentDto, @CurrentUser() actor: AuthUser): Promise<DepartmentView> {
    return toDepartmentView(await this.catalog.renameDepartment(code, body.name, actor));
  }
}
