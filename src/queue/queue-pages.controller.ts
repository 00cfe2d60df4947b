import { Get, Param, Query, Render } from '@nestjs/common';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { LimitWrongCodes } from '../limits/limit.decorators';
import { PageController } from '../web/page-controller.decorator';
import { queryFlag as flag, windowNumber } from '../web/page-params';
import { kioskIdleSeconds } from './domain/kiosk-idle';
import { KioskHoursData } from './kiosk-hours.service';
import { QueuePageData } from './queue-page-data.service';
import { boardViewModel } from './view-models/board.view-model';
import { kioskViewModel } from './view-models/kiosk.view-model';
import { parseTicketRef, ticketStatusViewModel } from './view-models/ticket-status.view-model';
import { windowScreenViewModel } from './view-models/window-screen.view-model';

/** The queue's pages: each one loads its hall, maps it with a pure view-model and renders. */
@Public()
@PageController()
export class QueuePagesController {
  constructor(
    private readonly data: QueuePageData,
    private readonly hours: KioskHoursData,
  ) {}

  @Get('kiosk/:hall')
  @Render('kiosk')
  async kiosk(@Param('hall') hall: string, @Query('print') print: unknown, @Query('idle') idle: unknown) {
    const source = await this.data.hall(hall);
    return kioskViewModel(source, { autoPrint: flag(print), hours: await this.hours.forHall(source.hall.code), idleSeconds: kioskIdleSeconds(idle) });
  }

  @Get('board/:hall')
  @Render('board')
  async board(@Param('hall') hall: string) {
    return boardViewModel(await this.data.hall(hall));
  }

  @Get('window/:hall/:n')
  @Render('window-screen')
  async windowScreen(@Param('hall') hall: string, @Param('n') n: string, @Query('voice') voice: unknown) {
    const number = windowNumber(n);
    const vm = number === null ? null : windowScreenViewModel(await this.data.hall(hall), number, { voice: flag(voice) });
    if (!vm) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `窗口 ${n} 不存在`);
    return vm;
  }

  @LimitWrongCodes()
  @Get('t/:id')
  @Render('ticket-status')
  ticket(@Param('id') id: string, @Query('token') token: unknown) {
    const ref = parseTicketRef(id, token);
    if (!ref) throw DomainError.notFound(ErrorCode.NOT_FOUND, '未找到该号票，请核对号票上的二维码。');
    return ticketStatusViewModel(ref.id, ref.token);
  }
}
