import http from 'http';
import { isAborting } from './lifecycle';
import { nowMs } from './stats';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  /** Round trip in ms, from just before the request is written to the end of the response body. */
  ms: number;
  /** Monotonic time (nowMs) just before the request was written. */
  sentAt: number;
}

/**
 * A minimal JSON client on Node's http with a keep-alive Agent: measured lighter than the global fetch
 * (undici) on this box, so the load generator stays far from the server's ceiling. Loopback only.
 */
export class HttpClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
    private readonly timeoutMs = 10_000,
    /** Sent with every request, e.g. `X-Forwarded-For` for a client the server should see at another address. */
    private readonly extraHeaders: http.OutgoingHttpHeaders = {},
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });
  }

  get<T = unknown>(path: string, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, undefined, token);
  }

  post<T = unknown>(path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, body, token);
  }

  request<T>(method: string, path: string, body?: unknown, token?: string): Promise<HttpResult<T>> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: http.OutgoingHttpHeaders = { accept: 'application/json', ...this.extraHeaders };
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    } else if (method !== 'GET') {
      headers['content-length'] = 0;
    }
    if (token) headers.authorization = `Bearer ${token}`;
    if (isAborting()) return Promise.reject(new Error('bench is stopping'));
    return new Promise<HttpResult<T>>((resolve, reject) => {
      const sentAt = nowMs();
      const req = http.request({ host: '127.0.0.1', port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const ms = nowMs() - sentAt;
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          if (text && /json/.test(String(res.headers['content-type']))) {
            try {
              parsed = JSON.parse(text);
            } catch {
              parsed = text;
            }
          }
          resolve({ status: res.statusCode ?? 0, body: parsed as T, ms, sentAt });
        });
      });
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`${method} ${path}: timeout after ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Resolves with a port the OS just had free on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = http.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
