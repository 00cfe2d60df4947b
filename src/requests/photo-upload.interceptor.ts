import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import multer from 'multer';
import { from, Observable, switchMap } from 'rxjs';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './domain/photo-type';
import { RequestErrorCode } from './domain/request-errors';

/** Up to 3 files in `photos`, each at most 5 MB, kept in memory (the route is rate-limited); the fields beside them small. */
const parse = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS, fields: 16, fieldSize: 4096, parts: MAX_PHOTOS + 16 },
}).array('photos', MAX_PHOTOS);

/** multer's refusals as the API's: too big → 413, too many → 422, a stray or broken part → 400. */
function refusal(error: unknown): DomainError {
  const code = (error as { code?: string }).code;
  if (code === 'LIMIT_FILE_SIZE') return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 413, `每张照片不超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
  if (code === 'LIMIT_FILE_COUNT' || (code === 'LIMIT_UNEXPECTED_FILE' && (error as { field?: string }).field === 'photos')) {
    return DomainError.unprocessable(RequestErrorCode.TOO_MANY_PHOTOS, `最多上传 ${MAX_PHOTOS} 张照片`);
  }
  if (code === 'LIMIT_UNEXPECTED_FILE') return DomainError.badRequest(ErrorCode.VALIDATION_FAILED, '照片须放在 photos 字段');
  if (code?.startsWith('LIMIT_')) return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, 413, '表单内容过多');
  return DomainError.badRequest(ErrorCode.BAD_BODY, '无法解析上传的表单');
}

/** Parses a multipart/form-data body (fields into `body`, photos into `files`); JSON bodies pass through untouched. */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!req.is('multipart/form-data')) return next.handle();
    const parsed = new Promise<void>((resolve, reject) => parse(req, http.getResponse<Response>(), (error: unknown) => (error ? reject(refusal(error)) : resolve())));
    return from(parsed).pipe(switchMap(() => next.handle()));
  }
}
