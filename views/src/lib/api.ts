// The one JSON API client of the pages: sends the staff token of this tab and turns the error envelope
// {statusCode, code, message, details} into an ApiError carrying code and status.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import { retryAfterSeconds } from '../../../src/auth/domain/lockout';
import { readStoredSession, type StoredSession } from '../../../src/auth/domain/stored-session';

const TOKEN_KEY = 'onewindow.token';
const USER_KEY = 'onewindow.user';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or a FormData sent as multipart/form-data (the browser writes its boundary). */
  body?: unknown;
  /** Send the staff token (default); a 401 then also ends the session. */
  auth?: boolean;
  /** Send this token instead (a paired device's, lib/device.ts); a 401 leaves the staff session alone. */
  token?: string | null;
}

export async function api<T = unknown>(path: string, { method = 'GET', body, auth = true, token: given }: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  if (given !== undefined) auth = false;
  const token = given !== undefined ? given : session.token();
  if ((auth || given) && token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : form ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  if (res.status === 204) return null as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 && auth) session.clear();
    let details = data?.details;
    const wait = res.status === 429 ? retryAfterSeconds(res.headers.get('Retry-After')) : null;
    if (wait !== null && typeof details?.retryAfterSeconds !== 'number') details = { ...details, retryAfterSeconds: wait };
    throw new ApiError(res.status, data?.code ?? `HTTP_${res.status}`, data?.message ?? res.statusText, details);
  }
  return data as T;
}

/** What this tab holds, or null; anything stored that is not the current shape (garbage, an older version) is dropped. */
function stored(): StoredSession | null {
  let token: string | null;
  let user: string | null;
  try {
    token = sessionStorage.getItem(TOKEN_KEY);
    user = sessionStorage.getItem(USER_KEY);
  } catch {
    return null; // storage unavailable
  }
  const found = readStoredSession(token, user);
  if (!found && (token !== null || user !== null)) session.clear();
  return found;
}

/** The signed-in staff member of this browser tab. */
export const session = {
  async login(username: string, password: string): Promise<AuthUser> {
    const data = await api<{ accessToken: string; user: AuthUser }>('/api/v1/auth/login', { method: 'POST', body: { username, password }, auth: false });
    sessionStorage.setItem(TOKEN_KEY, data.accessToken);
    sessionStorage.setItem(USER_KEY, JSON.stringify(data.user));
    return data.user;
  },
  /** Changes the signed-in user's password (every earlier token, this one too, is revoked), then signs in with the new one. */
  async changePassword(currentPassword: string, newPassword: string): Promise<AuthUser> {
    const username = session.user()?.username;
    if (!username) throw new ApiError(401, 'INVALID_TOKEN', '登录已过期，请重新登录');
    await api('/api/v1/auth/password', { method: 'POST', body: { currentPassword, newPassword } });
    return session.login(username, newPassword);
  },
  /** Signs out: the server revokes every token of this user (HTTP and sockets), then the tab forgets it. */
  logout(): void {
    const token = session.token();
    session.clear();
    if (!token) return;
    // keepalive: the page may reload right away
    void fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, keepalive: true }).catch(() => undefined);
  },
  user(): AuthUser | null {
    return stored()?.user ?? null;
  },
  token(): string | null {
    return stored()?.token ?? null;
  },
  clear(): void {
    try {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(USER_KEY);
    } catch {
      // storage unavailable: nothing is kept
    }
  },
};

/** The message to show for a failed call. */
export function failureText(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败，请稍后重试';
}

/** A file from the API (an export), with the staff token; a refusal comes back as an ApiError as in api(). */
export async function apiFile(path: string): Promise<{ blob: Blob; fileName: string | null }> {
  const token = session.token();
  let res: Response;
  try {
    res = await fetch(path, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  if (!res.ok) {
    const data = await res.json().catch(() => null);
    if (res.status === 401) session.clear();
    throw new ApiError(res.status, data?.code ?? `HTTP_${res.status}`, data?.message ?? res.statusText, data?.details);
  }
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  return { blob: await res.blob(), fileName: encoded ? decodeURIComponent(encoded) : null };
}

/** Downloads an export under the server's file name (apiFile, then a temporary link); errors as in apiFile. */
export async function downloadApiFile(path: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await apiFile(path);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName ?? fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
