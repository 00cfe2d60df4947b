// The one JSON API client of the pages: sends the staff token of this tab and turns the error envelope
// {statusCode, code, message, details} into an ApiError carrying code and status.
import type { AuthUser } from '../../../src/auth/domain/auth-user';

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
  body?: unknown;
  /** Send the staff token (default); a 401 then also ends the session. */
  auth?: boolean;
  /** Send this token instead (a paired device's, lib/device.ts); a 401 leaves the staff session alone. */
  token?: string | null;
}

export async function api<T = unknown>(path: string, { method = 'GET', body, auth = true, token: given }: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (given !== undefined) auth = false;
  const token = given !== undefined ? given : session.token();
  if ((auth || given) && token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  if (res.status === 204) return null as T;
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    if (res.status === 401 && auth) session.clear();
    throw new ApiError(res.status, data?.code ?? `HTTP_${res.status}`, data?.message ?? res.statusText, data?.details);
  }
  return data as T;
}

/** The signed-in staff member of this browser tab. */
export const session = {
  async login(username: string, password: string): Promise<AuthUser> {
    const data = await api<{ accessToken: string; user: AuthUser }>('/api/v1/auth/login', { method: 'POST', body: { username, password }, auth: false });
    sessionStorage.setItem(TOKEN_KEY, data.accessToken);
    sessionStorage.setItem(USER_KEY, JSON.stringify(data.user));
    return data.user;
  },
  user(): AuthUser | null {
    const raw = sessionStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as AuthUser) : null;
  },
  token(): string | null {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  clear(): void {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
};

/** The message to show for a failed call. */
export function failureText(error: unknown): string {
  return error instanceof ApiError ? error.message : '操作失败，请稍后重试';
}
