import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, OptionalUser, Public, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { DomainError } from '../common/domain-error';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { RequestErrorCode } from './domain/request-errors';
import type { ResidentRequest } from './entities/request.entity';
import { LimitAnonymous, LimitWrongCodes } from '../limits/limit.decorators';
import { CreateRequestDto } from './dto/create-request.dto';
import { DispatchRequestDto, PublicRequestQueryDto, ReplyRequestDto, RequestCategoryDto, RequestFiguresQueryDto, RequestListQueryDto, ReturnRequestDto, RevisitRequestDto } from './dto/request-actions.dto';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';
import { RequestCategoriesService } from './request-categories.service';
import { RequestDeskService } from './request-desk.service';
import { RequestIntakeService, type UploadedPhoto } from './request-intake.service';
import { RequestQueryService } from './request-query.service';

const STAFF = ['admin', 'supervisor', 'dispatcher', 'clerk', 'officer', 'head', 'grid'] as const;

/** 接诉即办: requests in from residents, hotlines and grid workers; dispatched, answered and closed by staff. */
@ApiTags('requests')
@ApiBearerAuth()
@NoStore() // phones, names, query codes
@Controller('api/v1/requests')
export class RequestsController {
  constructor(
    private readonly intake: RequestIntakeService,
    private readonly desk: RequestDeskService,
    private readonly query: RequestQueryService,
    private readonly categories: RequestCategoriesService,
  ) {}

  @Public()
  @Get('categories')
  listCategories() {
    return this.categories.list();
  }

  @Roles('admin')
  @Get('categories/all')
  allCategories() {
    return this.categories.list(true);
  }

  @Roles('admin')
  @Post('categories')
  createCategory(@Body() dto: RequestCategoryDto, @CurrentUser() actor: AuthUser) {
    return this.categories.create(dto, actor);
  }

  @Roles('admin')
  @Put('categories/:code')
  updateCategory(@Param('code') code: string, @Body() dto: RequestCategoryDto, @CurrentUser() actor: AuthUser) {
    return this.categories.update(code, dto, actor);
  }

  /** Anyone may report (a resident from a phone); a hotline transfer or a grid event needs the right account. */
  @Public()
  @LimitAnonymous('requests')
  @UseInterceptors(PhotoUploadInterceptor)
  @Post()
  report(@Body() dto: CreateRequestDto, @OptionalUser() user?: AuthUser, @UploadedFiles() photos?: UploadedPhoto[]) {
    return this.intake.report(dto, user ?? null, photos ?? []);
  }

  @Roles(...STAFF)
  @Get()
  list(@Query() q: RequestListQueryDto, @CurrentUser() user: AuthUser) {
    return this.query.list(user, q);
  }

  @Roles('admin', 'supervisor', 'dispatcher')
  @Get('figures')
  figures(@Query() q: RequestFiguresQueryDto, @CurrentUser() user: AuthUser) {
    return this.query.figures(user, q);
  }

  @Roles(...STAFF)
  @Get(':id')
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.query.detailFor(user, id);
  }

  @Roles(...STAFF)
  @Get(':id/photos/:photoId')
  async photo(@Param('id', ParseIdPipe) id: number, @Param('photoId', ParseIdPipe) photoId: number, @CurrentUser() user: AuthUser, @Res() res: Response) {
    const { bytes, contentType } = await this.query.photo(user, id, photoId);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', 'inline');
    res.send(bytes);
  }

  @Roles('admin', 'supervisor', 'dispatcher') @Post(':id/dispatch') @HttpCode(200)
  dispatch(@Param('id', ParseIdPipe) id: number, @Body() dto: DispatchRequestDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.dispatch(id, u, dto));
  }

  @Roles('officer', 'head') @Post(':id/claim') @HttpCode(200)
  claim(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.claim(id, u));
  }

  @Roles('officer', 'head') @Post(':id/reply') @HttpCode(200)
  reply(@Param('id', ParseIdPipe) id: number, @Body() dto: ReplyRequestDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.reply(id, u, dto));
  }

  @Roles('officer', 'head') @Post(':id/return') @HttpCode(200)
  returnToDispatcher(@Param('id', ParseIdPipe) id: number, @Body() dto: ReturnRequestDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.returnToDispatcher(id, u, dto));
  }

  @Roles('admin', 'supervisor', 'dispatcher') @Post(':id/close') @HttpCode(200)
  close(@Param('id', ParseIdPipe) id: number, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.close(id, u));
  }

  @Roles('admin', 'supervisor', 'dispatcher', 'clerk') @Post(':id/revisit') @HttpCode(200)
  revisit(@Param('id', ParseIdPipe) id: number, @Body() dto: RevisitRequestDto, @CurrentUser() u: AuthUser) {
    return this.after(id, u, this.desk.revisit(id, u, dto));
  }

  /**
   * Every action answers with the request as the user now sees it; after a return the department no longer
   * reaches it, so it gets only the number and the status it left the request in.
   */
  private async after(id: number, user: AuthUser, action: Promise<ResidentRequest>) {
    const r = await action;
    try {
      return await this.query.detailFor(user, id);
    } catch (error) {
      if (error instanceof DomainError && error.code === RequestErrorCode.REQUEST_FORBIDDEN) return { id: r.id, requestNumber: r.requestNumber, status: r.status, level: r.level };
      throw error;
    }
  }
}

/** The resident's status page data: by request number and query code; no phone or name. */
@ApiTags('requests')
@NoStore()
@Controller('api/v1/public/requests')
export class PublicRequestsController {
  constructor(private readonly query: RequestQueryService) {}

  @Public()
  @LimitWrongCodes()
  @Get(':requestNumber')
  status(@Param('requestNumber') requestNumber: string, @Query() q: PublicRequestQueryDto) {
    return this.query.publicView(requestNumber, q.code);
  }
}
