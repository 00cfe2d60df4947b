import { registerDecorator, ValidationOptions } from 'class-validator';
import { isValidChineseIdNumber } from '../domain/id-number';

/** An 18-character resident identity number with a valid check digit (GB 11643). */
export function IsChineseIdNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isChineseIdNumber',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be a valid 18-character resident ID number`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidChineseIdNumber(value) },
    });
}
