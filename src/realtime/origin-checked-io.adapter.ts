import { INestApplication } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { type IncomingMessage, ServerResponse, STATUS_CODES } from 'http';
import type { AddressInfo, Socket as NetSocket } from 'net';
import type { Server, ServerOptions } from 'socket.io';
import { ClusterBus } from '../cluster/cluster-bus';
import { RedisClusterBus } from '../cluster/redis-cluster-bus';
import { Clock } from '../common/clock';
import { ErrorCode } from '../common/error-codes';
import { AppConfig } from '../config/app-config';
import { countHit, decide, type RateRule, type WindowCount } from '../limits/domain/rate-window';
import { clientAddress, isLoopback } from './domain/client-address';
import { allowedOrigins, canonicalOrigin, originAllowed } from './domain/origin-policy';

/** Addresses remembered at most; beyond it the ended windows are swept out. */
const MAX_TRACKED_ADDRESSES = 10_000;

/**
 * Socket.IO with its origins restricted (gateway decorator options are static, the settings are not):
 * a handshake whose Origin is neither this host's, PUBLIC_BASE_URL's, the own HOST:PORT nor in ALLOWED_ORIGINS
 * is refused with 403 (`allowRequest`, polling and websocket alike); CORS headers go only to the listed origins.
 * Requests without an Origin (kiosk apps, socket.io-client in Node) pass.
 * New connections are also limited per client address (LIMIT_SOCKET_CONNECTIONS_PER_ADDRESS per
 * LIMIT_SOCKET_CONNECTIONS_WINDOW_SECONDS, in this process; the machine itself is not limited): a client that
 * dodges the per-connection subscribe limit by reconnecting gets 429 RATE_LIMITED with Retry-After on the
 * handshake, before any socket is made.
 */
export class OriginCheckedIoAdapter extends IoAdapter {
  private allowed?: Set<string>;
  private readonly handshakes = new Map<string, WindowCount>();
  private readonly handshakeRule: RateRule;
  private readonly clock: Clock;

  constructor(
    private readonly app: INestApplication,
    private readonly config: AppConfig,
  ) {
    super(app);
    this.clock = app.get(Clock);
    this.handshakeRule = { limit: config.LIMIT_SOCKET_CONNECTIONS_PER_ADDRESS, windowSeconds: config.LIMIT_SOCKET_CONNECTIONS_WINDOW_SECONDS };
  }

  override createIOServer(port: number, options?: ServerOptions): unknown {
    const server = super.createIOServer(port, {
      ...options,
      cors: {
        origin: (origin: string | undefined, callback: (error: Error | null, allow?: boolean) => void) => {
          const canonical = origin === undefined ? null : canonicalOrigin(origin);
          callback(null, canonical !== null && this.origins().has(canonical));
        },
      },
      allowRequest: (req: IncomingMessage, callback: (error: string | null | undefined, success: boolean) => void) => {
        const ok = originAllowed(req.headers.origin, req.headers.host, this.origins());
        callback(ok ? null : 'ORIGIN_NOT_ALLOWED', ok);
      },
    } as ServerOptions) as Server;
    // several instances (REDIS_URL): a message to a room reaches the room's sockets on every instance
    const bus = this.app.get(ClusterBus);
    if (bus instanceof RedisClusterBus) server.adapter(createAdapter(bus.adapterClients.pub, bus.adapterClients.sub));
    // engine middlewares run for polling requests and websocket upgrades alike, before the handshake is verified
    server.engine.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => this.limitHandshakes(req, res, next));
    return server;
  }

  private limitHandshakes(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void {
    if (/[?&]sid=/.test(req.url ?? '')) return next(); // a request of an open session, not a new connection
    const address = clientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for']);
    if (isLoopback(address)) return next(); // this machine itself (a local kiosk app, the tests); a proxy in front sets X-Forwarded-For
    const now = this.clock.now();
    const current = this.handshakes.get(address);
    const verdict = decide(current, this.handshakeRule, now);
    if (verdict.allowed) {
      if (this.handshakes.size >= MAX_TRACKED_ADDRESSES) this.sweep(now);
      this.handshakes.set(address, countHit(current, this.handshakeRule, now));
      return next();
    }
    const { retryAfterSeconds } = verdict;
    const body = JSON.stringify({ statusCode: 429, code: ErrorCode.RATE_LIMITED, message: `连接过于频繁，请 ${retryAfterSeconds} 秒后再试`, details: { retryAfterSeconds } });
    const headers = { 'Content-Type': 'application/json', 'Retry-After': String(retryAfterSeconds), 'Content-Length': String(Buffer.byteLength(body)) };
    if (res instanceof ServerResponse) {
      res.writeHead(429, headers);
      res.end(body);
      return;
    }
    // a websocket upgrade: engine.io passes a stand-in response whose writeHead does nothing; answer on the socket
    const socket = (res as unknown as { socket: NetSocket }).socket;
    const head = Object.entries({ ...headers, Connection: 'close' }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
    socket.end(`HTTP/1.1 429 ${STATUS_CODES[429]}\r\n${head}\r\n${body}`);
  }

  private sweep(now: number): void {
    for (const [address, count] of this.handshakes) if (count.resetAt <= now) this.handshakes.delete(address);
  }

  /** Worked out at the first handshake, when the server listens and its real port is known. */
  private origins(): Set<string> {
    if (this.allowed) return this.allowed;
    const address = this.httpServer?.address() as AddressInfo | string | null | undefined;
    const port = address && typeof address === 'object' ? address.port : this.config.PORT;
    this.allowed = allowedOrigins({ publicBaseUrl: this.config.publicBaseUrl, host: this.config.HOST, port, extra: this.config.ALLOWED_ORIGINS });
    return this.allowed;
  }
}
