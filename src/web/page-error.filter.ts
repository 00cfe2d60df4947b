import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { logByStatus, setRetryAfter, toEnvelope } from '../common/error-envelope.filter';
import { errorViewModel } from './error.view-model';

/** Pages answer errors with a friendly HTML page (same status code), not the API's JSON envelope. */
@Catch()
export class PageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Pages');

  catch(error: unknown, host: ArgumentsHost): void {
    const envelope = toEnvelope(error);
    logByStatus(this.logger, envelope, error);
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    setRetryAfter(response, envelope);
    response.status(envelope.statusCode).render('error', errorViewModel(envelope.statusCode, envelope.message));
  }
}
