import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';
import { cleanText } from '../../common/domain/clean-text';
import { isValidChineseIdNumber } from '../domain/id-number';
import { nameProblem } from '../domain/person';

function rule(name: string, message: (property: string) => string, valid: (value: string) => boolean, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message: message(propertyName), ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && valid(value) },
    });
}

/** An 18-character resident identity number with a valid check digit (GB 11643), as the page checks it. */
export function IsChineseIdNumber(options?: ValidationOptions) {
  return rule('isChineseIdNumber', (p) => `${p} must be a valid 18-character resident ID number`, isValidChineseIdNumber, options);
}

/**
 * A person's name as the page checks it (`nameProblem`): trimmed, not blank, at most 32 characters, no control,
 * bidi or invisible characters.
 */
export function IsPersonName(options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) => {
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? cleanText(value) : value))(object, propertyName);
    rule('isPersonName', (p) => `${p} must be a name of 1 to 32 characters without control, bidi or invisible characters`, (v) => nameProblem(v) === null, options)(object, propertyName as string);
  };
}
