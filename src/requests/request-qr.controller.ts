import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { HallErrorCode } from '../halls/domain/hall-errors';
import { HallsService } from '../halls/halls.service';
import { requestReportQrSvg } from './request-qr';
import { HALL_CODE } from './view-models/request-pages.view-model';

/** The QR code on the hall's poster: it encodes only the hall's report page address. */
@ApiExcludeController()
@Public()
@Controller('qr/requests')
export class RequestQrController {
  constructor(
    private readonly halls: HallsService,
    private readonly config: AppConfig,
  ) {}

  @Get(':hall.svg')
  async qr(@Param('hall') hall: string, @Res({ passthrough: true }) res: Response) {
    if (!HALL_CODE.test(hall)) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, '服务中心不存在');
    const { hall: found } = await this.halls.layout(hall);
    const svg = await requestReportQrSvg(this.config.publicBaseUrl, found.code);
    res.type('image/svg+xml').setHeader('Cache-Control', 'public, max-age=3600');
    return svg;
  }
}
