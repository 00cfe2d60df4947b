import { ApiError, failureText } from '../lib/api';

/** A failed call as the admin pages show it: the server's message with its stable code. */
export function adminFailure(error: unknown): string {
  return error instanceof ApiError && error.status ? `${error.message}（${error.code}）` : failureText(error);
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
