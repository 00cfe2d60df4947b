import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from './domain-error';
import { parseId } from './domain/ids';
import { ErrorCode } from './error-codes';

/**
 * Every id or number in a path (`@Param('id', ParseIdPipe)`, window numbers too): plain decimal digits
 * (`domain/ids.ts`), else 400 VALIDATION_FAILED — a malformed id is the client's mistake, told apart from a
 * well-formed id that names nothing (404). Nest's ParseIntPipe would take `0x10` for 16 and `1e1` for 10.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: { data?: string }): number {
    const id = parseId(value);
    if (id === null) {
      const name = metadata.data ?? 'id';
      throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, `${name} must be a whole number written in digits (1, 2, 3 …), got ${JSON.stringify(String(value)).slice(0, 40)}`);
    }
    return id;
  }
}
