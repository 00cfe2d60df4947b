/** Stable error codes shared by every module (module-specific codes live with their module). */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** API.md "Limits": over a rate limit, with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  BAD_BODY: 'BAD_BODY',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL: 'INTERNAL',
} as const;
