import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { canonicalHallPagePath } from './domain/hall-page-path';
import { HallsService } from './halls.service';

const HALL_PAGES = /^\/(board|kiosk|console|window|pad)\//;

/** `/board/tc` → 302 `/board/TC` (query kept): hall codes in page addresses are case-insensitive. */
@Injectable()
export class HallCodeRedirectMiddleware implements NestMiddleware {
  constructor(private readonly halls: HallsService) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.method !== 'GET' || !HALL_PAGES.test(req.path)) return next();
    try {
      const codes = (await this.halls.listHalls()).map((h) => h.code);
      const canonical = canonicalHallPagePath(req.path, codes);
      if (!canonical) return next();
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(302, canonical + query);
    } catch (error) {
      next(error);
    }
  }
}
