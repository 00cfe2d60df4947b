import type { Request } from 'express';

/** Staff (`request.user`) and paired devices (`request.device`) are not limited by the anonymous limits. */
export function isAnonymous(request: Request & { user?: unknown; device?: unknown }): boolean {
  return !request.user && !request.device;
}

/** The caller's address: `req.ip` (trust proxy is 'loopback', so a local reverse proxy's X-Forwarded-For counts). */
export function callerAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
