import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { CalendarErrorCode } from '../calendar/calendar.errors';
import { isValidIsoDate } from '../calendar/domain/iso-date';
import { cleanText, textProblem, type TextKind } from './domain/clean-text';
import { isIdNumber, parseId } from './domain/ids';

/**
 * The shared input rules as class-validator decorators, one per kind of value, so every DTO says the same thing
 * the same way: ids (`domain/ids.ts`), calendar dates (`calendar/domain/iso-date.ts`), names and free text
 * (`domain/clean-text.ts`). The checks are the pure functions the browser imports too.
 */
function rule(name: string, validate: (value: unknown) => boolean, message: (args: ValidationArguments) => string, options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName: propertyName as string,
      options: { message, ...options },
      validator: { validate },
    });
}

function both(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** An id in a JSON body: a whole number 1..MAX_SAFE_INTEGER (`ticketId: 7`). */
export function IsId(options?: ValidationOptions): PropertyDecorator {
  return rule('isId', isIdNumber, (a) => `${a.property} must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}`, options);
}

/** An id in a query string (`?ticketId=7`): plain decimal digits, no `0x10`, `1e1`, `01`, ` 1`; converted to a number. */
export function IsQueryId(options?: ValidationOptions): PropertyDecorator {
  return both(
    Transform(({ value }: { value: unknown }) => parseId(value) ?? value),
    rule('isQueryId', isIdNumber, (a) => `${a.property} must be a whole number written in digits (1, 2, 3 …)`, options),
  );
}

/** A real calendar date written YYYY-MM-DD (no 2026-02-30, no 2026-2-3); alone, a bad one is 400 INVALID_DATE as in the calendar API. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return rule('isCalendarDate', isValidIsoDate, (a) => `${a.property} must be a real calendar date as YYYY-MM-DD`, { context: { code: CalendarErrorCode.INVALID_DATE }, ...options });
}

/**
 * A name (`kind` 'name', one line) or free text ('text'), at most `maxLength` characters: trimmed before it is
 * checked and stored, not blank, no control, bidi or invisible characters.
 */
export function CleanText(kind: TextKind, maxLength: number, options?: ValidationOptions): PropertyDecorator {
  return both(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanText(value) : value)),
    rule(`clean${kind === 'name' ? 'Name' : 'Text'}`, (value) => textProblem(value, kind, maxLength) === null,
      (a) => `${a.property} ${textProblem(a.value, kind, maxLength) ?? 'is invalid'}`, options),
  );
}
