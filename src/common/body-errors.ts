import { BadRequestException, HttpException } from '@nestjs/common';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

/** The body parsers' limits (API.md "Limits": JSON 256 KB by default); a larger body is 413 PAYLOAD_TOO_LARGE. */
export const JSON_BODY_LIMIT = '256kb';
export const FORM_BODY_LIMIT = '100kb';
/** No contract nests deeper than a few levels; 3,000 nested objects overflow class-transformer's recursion (a 500). */
export const MAX_BODY_DEPTH = 32;

/** body-parser / raw-body error types that mean "this body is too big". */
const TOO_LARGE = new Set(['entity.too.large', 'parameters.too.many']);
/** …and those that mean "this body can't be decoded or parsed" (or the client went away while sending it). */
const UNREADABLE = new Set([
  'entity.parse.failed',
  'entity.verify.failed',
  'encoding.unsupported',
  'charset.unsupported',
  'request.aborted',
  'request.size.invalid',
  'stream.encoding.set',
  'stream.not.readable',
  'querystring.parse.rangeError',
]);

interface ParserError {
  message?: unknown;
  type?: unknown;
  status?: unknown;
  statusCode?: unknown;
  expose?: unknown;
}

/**
 * What a body parser's error means for the client, or null for any other error: 413 PAYLOAD_TOO_LARGE or
 * 400 BAD_BODY. body-parser marks its errors with `type`; a broken gzip/br/deflate stream comes as the zlib
 * error with only `status: 400` and `expose: true` (http-errors), so an exposed 4xx is BAD_BODY too when the
 * error surely came from the parsers (`fromParser`: the handler right after them), not from a later layer.
 */
export function bodyParserError(error: unknown, fromParser = false): DomainError | null {
  // not `instanceof Error`: zlib's errors may come from another realm (as under Jest)
  if (typeof error !== 'object' || error === null || error instanceof DomainError || error instanceof HttpException) return null;
  const { type, status, statusCode, expose, message } = error as ParserError;
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : null;
  if (typeof type === 'string' && TOO_LARGE.has(type)) {
    return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 413, `请求内容过大（JSON 上限 ${JSON_BODY_LIMIT}，表单上限 ${FORM_BODY_LIMIT}）`);
  }
  if ((typeof type === 'string' && UNREADABLE.has(type)) || (fromParser && expose === true && code !== null && code >= 400 && code < 500)) {
    return DomainError.badRequest(ErrorCode.BAD_BODY, `请求内容无法解码或解析：${String(message)}`.slice(0, 300));
  }
  return null;
}

/** Whether a parsed body nests objects or arrays deeper than `max` levels (checked without recursion). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Placed right after the body parsers: their errors become DomainErrors before Nest sees them (Nest would turn a
 * JSON SyntaxError into a plain 400 and anything else into a 500), so the app-wide filter answers the envelope.
 * Errors from later layers never pass through here (express error handlers only see earlier layers' errors).
 */
function bodyErrorHandler(): ErrorRequestHandler {
  return (error, _request, _response, next) => next(bodyParserError(error, true) ?? error);
}

/** Whether any string of a parsed body (a key or a value) holds a NUL character (checked without recursion). */
export function holdsNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\0')) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (key.includes('\0')) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * A parsed body nested deeper than MAX_BODY_DEPTH is 400 BAD_BODY; a NUL character in the path, the query or
 * any string of the body is 400 VALIDATION_FAILED (as a control character in a name always was). No field of the contract holds a NUL, and PostgreSQL refuses it
 * in text ("invalid byte sequence"): refused here once, not as a 500 wherever it would reach a query.
 */
function bodyShapeGuard(): RequestHandler {
  return (request, _response, next) => {
    if (/%00|\0/.test(request.originalUrl ?? request.url)) {
      // plumbing, not a route's refusal (an HttpException): a page path answers the HTML error page, the API the envelope
      next(new BadRequestException({ code: ErrorCode.VALIDATION_FAILED, message: '地址中含有空字符' }));
    } else if (nestedDeeperThan(request.body, MAX_BODY_DEPTH)) {
      next(DomainError.badRequest(ErrorCode.BAD_BODY, `请求内容嵌套过深（最多 ${MAX_BODY_DEPTH} 层）`));
    } else if (holdsNul(request.body)) {
      next(DomainError.badRequest(ErrorCode.VALIDATION_FAILED, '请求内容含有空字符'));
    } else {
      next();
    }
  };
}

/** The checks every parsed body goes through (app.setup.ts: `express.use(...bodyChecks())` after the parsers). */
export function bodyChecks(): [RequestHandler, ErrorRequestHandler] {
  return [bodyShapeGuard(), bodyErrorHandler()];
}
