import { applyDecorators, Controller, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { PageErrorFilter } from './page-error.filter';
import { PageHeadersInterceptor } from './page-headers.interceptor';

/**
 * A controller of server-rendered pages: out of the API docs, the page headers (CSP, no referrer, no store)
 * on every answer, and errors as the friendly HTML page instead of the API's JSON envelope.
 * It does not make routes public: pages opt out of the default-deny guard with an explicit `@Public()`.
 */
export function PageController(prefix?: string): ClassDecorator {
  return applyDecorators(
    ApiExcludeController(),
    UseFilters(PageErrorFilter),
    UseInterceptors(PageHeadersInterceptor),
    prefix === undefined ? Controller() : Controller(prefix),
  );
}
