import { ArgumentsHost, Catch, ExceptionFilter, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorEnvelopeFilter } from '../common/error-envelope.filter';
import { errorViewModel } from './error.view-model';

/** Paths that answer machines: the API, health, static files and the realtime channel keep the JSON envelope. */
const MACHINE_PATHS = /^\/(api|health|assets|realtime|socket\.io)(\/|$)/;

/** Whether an unknown path is a page a person typed or followed (not the API, health, assets or sockets). */
export function isPagePath(path: string): boolean {
  return !MACHINE_PATHS.test(path);
}

/**
 * The app-wide filter: the API's JSON envelope, except that an unknown page path (`/boardd/TC`) answers the
 * Chinese 404 page. Page controllers have their own PageErrorFilter; this one sees what no route matched.
 */
@Catch()
export class SiteErrorFilter implements ExceptionFilter {
  private readonly envelope = new ErrorEnvelopeFilter();

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && error instanceof NotFoundException) {
      const http = host.switchToHttp();
      const request = http.getRequest<Request>();
      const response = http.getResponse<Response>();
      if (isPagePath(request.path) && !response.headersSent && ['GET', 'HEAD'].includes(request.method)) {
        response.setHeader('Cache-Control', 'no-store');
        response.status(404).render('error', errorViewModel(404, '您要打开的页面不存在，请检查网址，或从首页进入。'));
        return;
      }
    }
    this.envelope.catch(error, host);
  }
}
