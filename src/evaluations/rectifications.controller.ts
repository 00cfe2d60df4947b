import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { RECTIFICATION_ROLES } from './domain/rectification-access';
import { RecheckDto, RectificationListQueryDto, RectificationNoteDto, RevisitDto } from './dto/rectification-action.dto';
import { RectificationsService } from './rectifications.service';

/** 差评整改: departments and the front desk work their tasks; supervisors see all and re-check appeals. */
@ApiTags('evaluations')
@ApiBearerAuth()
@Roles(...RECTIFICATION_ROLES)
@NoStore()
@Controller('api/v1/rectifications')
export class RectificationsController {
  constructor(private readonly rectifications: RectificationsService) {}

  @Get()
  list(@Query() q: RectificationListQueryDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.list(user, q);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: number, @CurrentUser() user: AuthUser) {
    return this.rectifications.get(id, user);
  }

  @Post(':id/verify') @HttpCode(200)
  verify(@Param('id', ParseIdPipe) id: number, @Body() dto: RectificationNoteDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'verify', dto);
  }

  @Post(':id/rectify') @HttpCode(200)
  rectify(@Param('id', ParseIdPipe) id: number, @Body() dto: RectificationNoteDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'rectify', dto);
  }

  @Post(':id/reply') @HttpCode(200)
  reply(@Param('id', ParseIdPipe) id: number, @Body() dto: RectificationNoteDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'reply', dto);
  }

  @Post(':id/revisit') @HttpCode(200)
  revisit(@Param('id', ParseIdPipe) id: number, @Body() dto: RevisitDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'revisit', dto);
  }

  @Post(':id/appeal') @HttpCode(200)
  appeal(@Param('id', ParseIdPipe) id: number, @Body() dto: RectificationNoteDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'appeal', dto);
  }

  @Post(':id/recheck') @HttpCode(200)
  recheck(@Param('id', ParseIdPipe) id: number, @Body() dto: RecheckDto, @CurrentUser() user: AuthUser) {
    return this.rectifications.act(id, user, 'recheck', dto);
  }
}
