import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { normalizeBookingCode } from '../appointments/domain/appointment-rules';
import { qrSvg } from '../web/qr-svg';
import { ticketQrSvg } from './ticket-qr';
import { parseTicketRef } from './view-models/ticket-status.view-model';

/** QR codes printed on tickets; they only encode the status address, so they reveal nothing themselves. */
@ApiExcludeController()
@Public()
@Controller('qr')
export class TicketQrController {
  constructor(private readonly config: AppConfig) {}

  @Get('ticket/:id.svg')
  async ticket(@Param('id') id: string, @Query('token') token: unknown, @Res({ passthrough: true }) res: Response) {
    const ref = parseTicketRef(id, token);
    if (!ref) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, '号票编号或查询码无效');
    const svg = await ticketQrSvg(this.config.publicBaseUrl, ref);
    res.type('image/svg+xml').setHeader('Cache-Control', 'private, max-age=86400');
    return svg;
  }

  /** A booking's QR: only its code, which the kiosk's scanner types into 预约签到 (useless without the phone elsewhere). */
  @Get('appointment/:code.svg')
  async appointment(@Param('code') code: string, @Res({ passthrough: true }) res: Response) {
    const normal = normalizeBookingCode(code);
    if (!normal) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, '预约码无效');
    const svg = await qrSvg(normal);
    res.type('image/svg+xml').setHeader('Cache-Control', 'private, max-age=86400');
    return svg;
  }
}
