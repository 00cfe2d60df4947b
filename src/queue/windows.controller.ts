import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../auth/domain/auth-user';
import { HallScoped } from '../auth/hall.guard';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { NoStore } from '../common/no-store.interceptor';
import { TransferTicketDto, UnholdTicketDto } from './dto/window-action.dto';
import { WindowOperationsService } from './window-operations.service';

/** Window operation by the clerk at the counter; each action acts on the window's current ticket. Staff of other halls: 403 HALL_FORBIDDEN. */
@ApiTags('queue')
@ApiBearerAuth()
@Roles('clerk', 'admin', 'supervisor')
@HallScoped()
@NoStore()
@Controller('api/v1/halls/:hall/windows/:n')
export class WindowsController {
  constructor(private readonly windows: WindowOperationsService) {}

  @Get()
  view(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number) {
    return this.windows.view(hall, n);
  }

  @Post('open') @HttpCode(200)
  open(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.setStatus(hall, n, user, 'open');
  }

  @Post('pause') @HttpCode(200)
  pause(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.setStatus(hall, n, user, 'pause');
  }

  @Post('resume') @HttpCode(200)
  resume(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.setStatus(hall, n, user, 'resume');
  }

  @Post('close') @HttpCode(200)
  close(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.setStatus(hall, n, user, 'close');
  }

  /** 200 with the called ticket, or 204 when nobody is waiting for this window. */
  @Post('call-next') @HttpCode(200)
  async callNext(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response) {
    const result = await this.windows.callNext(hall, n, user);
    if (!result.ticket) {
      res.status(204);
      return undefined;
    }
    return result;
  }

  @Post('recall') @HttpCode(200)
  recall(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.act(hall, n, user, 'recall');
  }

  @Post('start') @HttpCode(200)
  start(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.act(hall, n, user, 'start');
  }

  @Post('no-show') @HttpCode(200)
  noShow(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.act(hall, n, user, 'no_show');
  }

  @Post('hold') @HttpCode(200)
  hold(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.act(hall, n, user, 'hold');
  }

  @Post('unhold') @HttpCode(200)
  unhold(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser, @Body() dto: UnholdTicketDto) {
    return this.windows.unhold(hall, n, user, dto.ticketId);
  }

  @Post('finish') @HttpCode(200)
  finish(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser) {
    return this.windows.act(hall, n, user, 'finish');
  }

  @Post('transfer') @HttpCode(200)
  transfer(@Param('hall') hall: string, @Param('n', ParseIdPipe) n: number, @CurrentUser() user: AuthUser, @Body() dto: TransferTicketDto) {
    return this.windows.transfer(hall, n, user, dto.queueCode);
  }
}
