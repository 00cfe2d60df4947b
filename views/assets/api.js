// Shared by every page: calls the JSON API, keeps the staff token for this browser tab, and
// turns the error envelope {statusCode, code, message} into an Error carrying code and status.
(function () {
  const TOKEN_KEY = 'onewindow.token';
  const USER_KEY = 'onewindow.user';

  class ApiError extends Error {
    constructor(status, code, message, details) {
      super(message);
      this.status = status;
      this.code = code;
      this.details = details;
    }
  }

  async function api(path, { method = 'GET', body, auth = true } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (auth && token) headers.Authorization = `Bearer ${token}`;
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
    }
    if (res.status === 204) return null;
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      if (res.status === 401 && auth) session.clear();
      throw new ApiError(res.status, (data && data.code) || `HTTP_${res.status}`, (data && data.message) || res.statusText, data && data.details);
    }
    return data;
  }

  const session = {
    async login(username, password) {
      const data = await api('/api/v1/auth/login', { method: 'POST', body: { username, password }, auth: false });
      sessionStorage.setItem(TOKEN_KEY, data.accessToken);
      sessionStorage.setItem(USER_KEY, JSON.stringify(data.user));
      return data.user;
    },
    user() {
      const raw = sessionStorage.getItem(USER_KEY);
      return raw ? JSON.parse(raw) : null;
    },
    token() {
      return sessionStorage.getItem(TOKEN_KEY);
    },
    clear() {
      sessionStorage.removeItem(TOKEN_KEY);
      sessionStorage.removeItem(USER_KEY);
    },
  };

  window.OneWindow = Object.assign(window.OneWindow || {}, { api, session, ApiError });
})();
