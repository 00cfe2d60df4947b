import type { IncomingMessage, ServerResponse } from 'http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The security headers of every answer (pages, API, assets, errors), set by `helmet` before anything else
 * runs, so that a 404, a 413 from the body parser or a crash carries them too:
 * - `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` (a case page's address holds its query
 *   code), `X-Frame-Options: DENY`, same-origin opener and resource policies;
 * - the Content-Security-Policy below: only our own scripts, styles, images and fonts (no inline code: view-models
 *   travel as JSON data blocks, colours come from CSS classes), the realtime socket to this very host only;
 * - HSTS only when the public address is https (on a hall's plain-http LAN address it would lock browsers out),
 *   and no `upgrade-insecure-requests` (it would send a plain-http hall's own assets to https).
 */

/** A Host header fit to be echoed into the policy (name or address, optional port); anything else is left out. */
const SAFE_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type Req = IncomingMessage & { secure?: boolean };

/** The socket's own address: 'self' covers ws: in CSP Level 3, older Safari needs it named. */
function socketSource(req: Req): string {
  const host = req.headers.host ?? '';
  if (!SAFE_HOST.test(host)) return '';
  return `${req.secure ? 'wss' : 'ws'}://${host}`;
}

/** The directives of every page; `/api/docs` (Swagger UI, when API_DOCS is on) also needs inline styles and data: images. */
function directives(docs: boolean) {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: docs ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    // blob: the staff-only photos of a request are fetched with the token and shown through object URLs
    imgSrc: docs ? ["'self'", 'data:', 'blob:'] : ["'self'", 'blob:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'", (req: IncomingMessage) => socketSource(req as Req)],
    mediaSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameSrc: ["'none'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
}

export function securityHeaders(publicBaseUrl: string): RequestHandler {
  const https = publicBaseUrl.startsWith('https:');
  const common = {
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
    crossOriginEmbedderPolicy: false,
  };
  const pages = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: directives(false) } });
  const docs = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: directives(true) } });
  return (req, res, next) => (req.path.startsWith('/api/docs') ? docs : pages)(req, res as unknown as ServerResponse & typeof res, next);
}

/** The policy as a map (directive → sources), for tests and anyone reading a header. */
export function parseCsp(header: string | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name] = sources;
  }
  return out;
}
