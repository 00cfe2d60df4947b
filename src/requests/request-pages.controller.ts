import { Get, Param, Query, Render, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';
import { PageController } from '../web/page-controller.decorator';
import { requestReportUrl } from './request-qr';
import {
  gridPageViewModel,
  HALL_CODE,
  type HallName,
  parseRequestRef,
  reportHallChoiceViewModel,
  reportPageViewModel,
  requestLookupViewModel,
  requestPosterViewModel,
  requestStatusPath,
  requestStatusViewModel,
} from './view-models/request-pages.view-model';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * 接诉即办's pages for residents and grid workers: the phone report page a hall's QR code opens, the status
 * page with its rating, the printable QR poster and the grid worker's page. The browser does the rest through
 * the API; no request data is rendered into the HTML.
 */
@Public()
@PageController()
export class RequestPagesController {
  constructor(
    private readonly halls: HallsService,
    private readonly config: AppConfig,
  ) {}

  @Get('requests/new')
  async report(@Query('hall') hall: unknown, @Res() res: Response) {
    if (hall === undefined || hall === '') return res.render('request-new', reportHallChoiceViewModel(await this.allHalls()));
    res.render('request-new', reportPageViewModel(await this.hall(hall)));
  }

  /** The look-up form; submitted (GET) with both fields it goes to the request's own address. */
  @Get('requests/status')
  lookup(@Query('requestNumber') requestNumber: unknown, @Query('code') code: unknown, @Res() res: Response) {
    const form = { requestNumber: text(requestNumber), code: text(code) };
    const ref = parseRequestRef(form.requestNumber, form.code);
    if (ref) return res.redirect(303, requestStatusPath(ref));
    const problem = form.requestNumber || form.code ? 'invalid' : 'none';
    res.status(problem === 'invalid' ? 400 : 200).render('request-status', requestLookupViewModel(form, problem));
  }

  @Get('requests/status/:requestNumber')
  @Render('request-status')
  status(@Param('requestNumber') requestNumber: string, @Query('code') code: unknown, @Res({ passthrough: true }) res: Response) {
    const ref = parseRequestRef(requestNumber, code);
    if (ref) return requestStatusViewModel(ref);
    res.status(400);
    return requestLookupViewModel({ requestNumber, code: text(code) }, 'invalid');
  }

  @Get('requests/qr')
  @Render('request-qr')
  async poster(@Query('hall') hall: unknown) {
    const found = await this.hall(hall);
    return requestPosterViewModel(found, requestReportUrl(this.config.publicBaseUrl, found.code));
  }

  @Get('grid')
  @Render('grid')
  async grid() {
    return gridPageViewModel(await this.allHalls());
  }

  private async hall(code: unknown): Promise<HallName> {
    if (typeof code !== 'string' || !HALL_CODE.test(code)) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, '服务中心不存在，请重新扫描服务中心张贴的二维码');
    const { hall } = await this.halls.layout(code);
    return { code: hall.code, name: hall.name };
  }

  private async allHalls(): Promise<HallName[]> {
    return (await this.halls.listHalls()).map((h) => ({ code: h.code, name: h.name }));
  }
}
