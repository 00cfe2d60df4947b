/** Stable error codes of sign-in and accounts. */
export const AuthErrorCode = {
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** 403: the account must change its password (after an admin reset) before anything else. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** 422: the new password breaks a rule; `details.problems` lists which. */
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  /** 422: the current password given to a change is wrong. */
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  /** 409: another account has this username. */
  USERNAME_TAKEN: 'USERNAME_TAKEN',
  /** 422: an account other than admin and supervisor must work in at least one hall. */
  HALL_REQUIRED: 'HALL_REQUIRED',
  /** 403: the account works in other halls (API.md: staff work only in their halls). */
  HALL_FORBIDDEN: 'HALL_FORBIDDEN',
  UNKNOWN_HALL: 'UNKNOWN_HALL',
  UNKNOWN_DEPARTMENT: 'UNKNOWN_DEPARTMENT',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  /** 409: an admin can't deactivate or demote their own account (nobody could administer any more). */
  SELF_LOCKOUT: 'SELF_LOCKOUT',
  /** 503: every password-hashing worker is busy and HASH_QUEUE_LIMIT hashes already wait (details.retryAfterSeconds). */
  AUTH_BUSY: 'AUTH_BUSY',
} as const;
