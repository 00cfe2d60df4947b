import { ArgumentsHost, Catch, ExceptionFilter, Logger, NotFoundException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from '../common/domain-error';
import { ErrorEnvelopeFilter, toEnvelope } from '../common/error-envelope.filter';
import { errorViewModel } from './error.view-model';

/** Paths that answer machines: the API, health, static files and the realtime channel keep the JSON envelope. */
const MACHINE_PATHS = /^\/(api|health|assets|realtime|socket\.io)(\/|$)/;

/** Whether an unknown path is a page a person typed or followed (not the API, health, assets or sockets). */
export function isPagePath(path: string): boolean {
  return !MACHINE_PATHS.test(path);
}

/**
 * The app-wide filter: the API's JSON envelope, except that a GET of an unknown or malformed page path
 * (`/boardd/TC`, `/t/%FF`) answers the Chinese error page with the same 4xx status. Page controllers have their own PageErrorFilter; this one sees what no route matched.
 */
@Catch()
export class SiteErrorFilter implements ExceptionFilter {
  private readonly envelope = new ErrorEnvelopeFilter();
  private readonly logger = new Logger('Pages');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http') {
      const http = host.switchToHttp();
      const request = http.getRequest<Request>();
      const response = http.getResponse<Response>();
      const envelope = toEnvelope(error);
      // a page a person opened: an unknown path, or a bad one (`/t/%FF` fails to decode before any route runs);
      // a controller's own refusal (a DomainError, e.g. the QR image's 400) keeps its JSON envelope
      const plumbing = error instanceof NotFoundException || !(error instanceof DomainError);
      if (plumbing && isPagePath(request.path) && !response.headersSent && ['GET', 'HEAD'].includes(request.method) && envelope.statusCode >= 400 && envelope.statusCode < 500) {
        this.logger.debug(`${envelope.statusCode} ${envelope.code}: ${request.method} ${request.path}`);
        const message = error instanceof NotFoundException ? '您要打开的页面不存在，请检查网址，或从首页进入。' : '网址有误，请检查网址，或从首页进入。';
        response.setHeader('Cache-Control', 'no-store');
        response.status(envelope.statusCode).render('error', errorViewModel(envelope.statusCode, message));
        return;
      }
    }
    this.envelope.catch(error, host);
  }
}
