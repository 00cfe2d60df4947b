import { Controller, Get, Param, Query, Render, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { HallErrorCode } from '../halls/halls.service';
import { PageDataService } from './page-data.service';
import { PageErrorFilter } from './page-error.filter';
import { PageHeadersInterceptor } from './page-headers.interceptor';
import { queryFlag as flag, windowNumber } from './page-params';
import { boardViewModel } from './view-models/board.view-model';
import { consoleViewModel } from './view-models/console.view-model';
import { indexViewModel } from './view-models/index.view-model';
import { kioskViewModel } from './view-models/kiosk.view-model';
import { parseTicketRef, ticketStatusViewModel } from './view-models/ticket-status.view-model';
import { windowScreenViewModel } from './view-models/window-screen.view-model';

/** Server-rendered pages of the hall; each one loads its data, maps it with a pure view-model and renders. */
@ApiExcludeController()
@Public()
@UseFilters(PageErrorFilter)
@UseInterceptors(PageHeadersInterceptor)
@Controller()
export class PagesController {
  constructor(private readonly data: PageDataService) {}

  @Get()
  @Render('index')
  async index() {
    return indexViewModel(await this.data.index());
  }

  @Get('kiosk/:hall')
  @Render('kiosk')
  async kiosk(@Param('hall') hall: string, @Query('print') print: unknown) {
    return kioskViewModel(await this.data.hall(hall), { autoPrint: flag(print) });
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

  @Get('console/:hall')
  @Render('console')
  async console(@Param('hall') hall: string, @Query('window') window: unknown) {
    return consoleViewModel(await this.data.hall(hall), windowNumber(window));
  }

  @Get('t/:id')
  @Render('ticket-status')
  ticket(@Param('id') id: string, @Query('token') token: unknown) {
    const ref = parseTicketRef(id, token);
    if (!ref) throw DomainError.notFound(ErrorCode.NOT_FOUND, '未找到该号票，请核对号票上的二维码。');
    return ticketStatusViewModel(ref.id, ref.token);
  }
}
