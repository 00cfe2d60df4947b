import { ALL_ROLES, type AuthUser, type Role } from './auth-user';

/**
 * A staff sign-in as a browser tab keeps it (token + user as JSON strings). Pure: a page reads it back through
 * `readStoredSession`, which accepts only the current shape, so garbage or an older shape means "signed out"
 * instead of a page that breaks on a missing field.
 */
export interface StoredSession {
  token: string;
  user: AuthUser;
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The user as the login answer gives it, or null for anything else. */
export function asAuthUser(value: unknown): AuthUser | null {
  if (typeof value !== 'object' || value === null) return null;
  const u = value as Record<string, unknown>;
  if (typeof u.id !== 'number' || !Number.isInteger(u.id)) return null;
  if (typeof u.username !== 'string' || !u.username) return null;
  if (typeof u.displayName !== 'string') return null;
  if (!isStringArray(u.roles) || !u.roles.length || !u.roles.every((r) => (ALL_ROLES as readonly string[]).includes(r))) return null;
  if (!isStringArray(u.departmentCodes) || !isStringArray(u.hallCodes)) return null;
  if (typeof u.mustChangePassword !== 'boolean') return null;
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles as Role[],
    departmentCodes: u.departmentCodes,
    hallCodes: u.hallCodes,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The stored token and user when both are present and well-formed; null otherwise (the caller drops what is stored). */
export function readStoredSession(token: string | null, userJson: string | null): StoredSession | null {
  if (!token || !JWT.test(token) || !userJson) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(userJson);
  } catch {
    return null;
  }
  const user = asAuthUser(parsed);
  return user ? { token, user } : null;
}
