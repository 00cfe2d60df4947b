import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { canonicalHallApiPath, canonicalHallPagePath, hallCodeInPath } from './domain/hall-page-path';
import { HallsService } from './halls.service';

const HALL_PAGES = /^\/(board|kiosk|console|window|pad)\//;

/**
 * Hall codes in addresses are case-insensitive: a page `/board/tc` redirects (302, query kept) to `/board/TC`;
 * an API path `/api/v1/halls/tc/…` is rewritten in place to `/api/v1/halls/TC/…` (a POST keeps its body).
 * A known code costs nothing (the hall layout cache); only an unknown one reads the list of halls.
 */
@Injectable()
export class HallCodeRedirectMiddleware implements NestMiddleware {
  constructor(private readonly halls: HallsService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const page = req.method === 'GET' && HALL_PAGES.test(req.path);
    const code = hallCodeInPath(req.path);
    if (!code) return next();
    try {
      if (await this.known(code)) return next();
      const codes = (await this.halls.listHalls()).map((h) => h.code);
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const canonical = page ? canonicalHallPagePath(req.path, codes) : canonicalHallApiPath(req.path, codes);
      if (!canonical) return next();
      if (page) return res.redirect(302, canonical + query);
      req.url = canonical + query;
      next();
    } catch (error) {
      next(error);
    }
  }

  private async known(code: string): Promise<boolean> {
    try {
      await this.halls.layout(code);
      return true;
    } catch {
      return false;
    }
  }
}
