import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from './error-codes';

function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (m.startsWith(e.property) ? `${path}${m.slice(e.property.length)}` : m));
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

/**
 * The error code of a refused DTO: VALIDATION_FAILED, unless every failed constraint names the same code of its
 * own (`{ context: { code } }`, e.g. IsCalendarDate's INVALID_DATE, the code the calendar answers too).
 */
export function validationCode(errors: ValidationError[]): string {
  const codes = new Set<string>();
  const visit = (list: ValidationError[]) => list.forEach((e) => {
    for (const name of Object.keys(e.constraints ?? {})) {
      const code = (e.contexts?.[name] as { code?: unknown } | undefined)?.code;
      codes.add(typeof code === 'string' ? code : ErrorCode.VALIDATION_FAILED);
    }
    visit(e.children ?? []);
  });
  visit(errors);
  return codes.size === 1 ? [...codes][0] : ErrorCode.VALIDATION_FAILED;
}

/**
 * ValidationPipe, except that a single path or query value (`@Param('id') id: number`) is left as the text it
 * came as: Nest would convert it with `+value`, reading `0x10` as 16 and `1e1` as 10. Such values are parsed
 * by their own pipe (ParseIdPipe, `domain/ids.ts`); query DTOs convert their fields with their decorators.
 */
class StrictValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'param' || metadata.type === 'query') return value;
    return super.transformPrimitive(value, metadata);
  }
}

/** The strict pipe every controller and gateway uses: unknown fields are refused, values are converted. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ code: validationCode(errors), message: flatten(errors).join('; ') }),
  });
}
