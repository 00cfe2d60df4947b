import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { caseQrSvg, parseCaseRef } from './case-qr';

/** The QR code on the acceptance notice: it encodes only the resident's status address. */
@ApiExcludeController()
@Public()
@Controller('qr/case')
export class CaseQrController {
  constructor(private readonly config: AppConfig) {}

  @Get(':caseNumber.svg')
  async caseQr(@Param('caseNumber') caseNumber: string, @Query('code') code: unknown, @Res({ passthrough: true }) res: Response) {
    const ref = parseCaseRef(caseNumber, code);
    if (!ref) throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, '办件编号或查询码无效');
    const svg = await caseQrSvg(this.config.publicBaseUrl, ref);
    res.type('image/svg+xml').setHeader('Cache-Control', 'private, max-age=86400');
    return svg;
  }
}
