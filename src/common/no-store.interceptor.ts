import { CallHandler, ExecutionContext, Injectable, NestInterceptor, UseInterceptors } from '@nestjs/common';
import type { Response } from 'express';
import type { Observable } from 'rxjs';

/** Answers that carry personal data (cases, a ticket's phone, a resident to call back) are never cached (API.md, Limits). */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    return next.handle();
  }
}

/** `Cache-Control: no-store` on every answer of the route or controller. */
export const NoStore = () => UseInterceptors(NoStoreInterceptor);
