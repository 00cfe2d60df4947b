/**
 * The one error type domain code throws. `code` is the stable string clients rely on;
 * the exception filter maps it to the HTTP envelope `{statusCode, code, message}`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badRequest(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 400, message, details);
  }
  static notFound(code: string, message: string): DomainError {
    return new DomainError(code, 404, message);
  }
  static conflict(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 409, message, details);
  }
  static unprocessable(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(code, 422, message, details);
  }
  static forbidden(code: string, message: string): DomainError {
    return new DomainError(code, 403, message);
  }
  static unauthorized(code: string, message: string): DomainError {
    return new DomainError(code, 401, message);
  }
}
