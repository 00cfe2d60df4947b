import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/auth.decorators';
import { AppConfig } from '../config/app-config';
import { CATALOG_QR_PATH } from './view-models/catalog-tv.view-model';
import { publicUrl, qrSvg } from '../web/qr-svg';

/** The QR code of the public catalogue for the hall's TV: a picture of our own origin, so the page CSP needs no data: images. */
@ApiExcludeController()
@Public()
@Controller()
export class CatalogQrController {
  constructor(private readonly config: AppConfig) {}

  @Get(CATALOG_QR_PATH.slice(1))
  async catalog(@Res({ passthrough: true }) res: Response) {
    const svg = await qrSvg(publicUrl(this.config.publicBaseUrl, '/catalog'));
    res.type('image/svg+xml').setHeader('Cache-Control', 'public, max-age=3600');
    return svg;
  }
}
