import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, Observable, throwError } from 'rxjs';
import { catchError, mergeMap } from 'rxjs/operators';
import { DomainError } from '../common/domain-error';
import { callerAddress, isAnonymous } from './caller';
import { RateLimiter } from './rate-limiter';

/** Answers that mean "no such code or token here": the guesses the wrong-codes limit counts. */
const WRONG = new Set([403, 404]);

function statusOf(error: unknown): number | undefined {
  if (error instanceof DomainError) return error.status;
  if (error instanceof HttpException) return error.getStatus();
  return undefined;
}

/** Applies @LimitWrongCodes(): refuse while the address is over the limit, count each 404/403 answer. */
@Injectable()
export class WrongCodesInterceptor implements NestInterceptor {
  constructor(private readonly limiter: RateLimiter) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    if (!isAnonymous(request)) return next.handle();
    const address = callerAddress(request);
    await this.limiter.check('wrong-codes', address);
    const count = () => this.limiter.countFailure('wrong-codes', address);
    return next.handle().pipe(
      // pages answer a wrong code by rendering 404 themselves (no exception)
      mergeMap((value) => (WRONG.has(http.getResponse<Response>().statusCode) ? from(count().then(() => value)) : [value])),
      catchError((error: unknown) => {
        const status = statusOf(error);
        return status !== undefined && WRONG.has(status) ? from(count()).pipe(mergeMap(() => throwError(() => error))) : throwError(() => error);
      }),
    );
  }
}
