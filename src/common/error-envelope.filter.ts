import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { bodyParserError } from './body-errors';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';
import type { ErrorEnvelope } from './domain/error-envelope';


const STATUS_CODES: Record<number, string> = {
  400: ErrorCode.VALIDATION_FAILED,
  401: ErrorCode.UNAUTHORIZED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  429: ErrorCode.RATE_LIMITED,
};

/** Maps any error to the one envelope of API.md; only HTTP requests reach here (sockets ack their own). */
export function toEnvelope(raw: unknown): ErrorEnvelope {
  const error = bodyParserError(raw) ?? raw;
  if (error instanceof DomainError) {
    return { statusCode: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse() as string | { message?: string | string[]; code?: string };
    const raw = typeof body === 'string' ? body : body.message;
    const message = Array.isArray(raw) ? raw.join('; ') : (raw ?? error.message);
    const code = (typeof body === 'object' && body.code) || STATUS_CODES[status] || `HTTP_${status}`;
    return { statusCode: status, code, message };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.INTERNAL, message: '服务器内部错误' };
}

/** Every 429 tells the wait: `Retry-After` from `details.retryAfterSeconds` (API.md "Limits"). */
export function setRetryAfter(response: Response, envelope: ErrorEnvelope): void {
  const seconds = envelope.details?.retryAfterSeconds;
  if (envelope.statusCode === 429 && typeof seconds === 'number') response.setHeader('Retry-After', String(Math.max(1, Math.ceil(seconds))));
}

/** Only server faults (5xx) are errors with a stack; a client's mistake (4xx) is a debug line. */
export function logByStatus(logger: Logger, envelope: ErrorEnvelope, error: unknown): void {
  if (envelope.statusCode >= 500) logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  else logger.debug(`${envelope.statusCode} ${envelope.code}: ${envelope.message}`);
}

@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const envelope = toEnvelope(error);
    logByStatus(this.logger, envelope, error);
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    setRetryAfter(response, envelope);
    response.status(envelope.statusCode).json(envelope);
  }
}
