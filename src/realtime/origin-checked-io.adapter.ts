import { INestApplication } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { IncomingMessage } from 'http';
import type { AddressInfo } from 'net';
import type { ServerOptions } from 'socket.io';
import { AppConfig } from '../config/app-config';
import { allowedOrigins, canonicalOrigin, originAllowed } from './domain/origin-policy';

/**
 * Socket.IO with its origins restricted (gateway decorator options are static, the settings are not):
 * a handshake whose Origin is neither this host's, PUBLIC_BASE_URL's, the own HOST:PORT nor in ALLOWED_ORIGINS
 * is refused with 403 (`allowRequest`, polling and websocket alike); CORS headers go only to the listed origins.
 * Requests without an Origin (kiosk apps, socket.io-client in Node) pass.
 */
export class OriginCheckedIoAdapter extends IoAdapter {
  private allowed?: Set<string>;

  constructor(
    app: INestApplication,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): unknown {
    return super.createIOServer(port, {
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
    } as ServerOptions);
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
