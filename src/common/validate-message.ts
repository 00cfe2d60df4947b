import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from './domain-error';
import { ErrorCode } from './error-codes';

/** The socket-side twin of the global ValidationPipe: same rules, same error code. */
export async function validateMessage<T extends object>(type: new () => T, body: unknown): Promise<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, 'message must be an object');
  }
  const value = plainToInstance(type, body);
  const errors = await validate(value, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const message = errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ');
    throw DomainError.badRequest(ErrorCode.VALIDATION_FAILED, message);
  }
  return value;
}
