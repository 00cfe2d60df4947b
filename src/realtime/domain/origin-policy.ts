/**
 * Which browser pages may open a Socket.IO connection (API.md: origins restricted to PUBLIC_BASE_URL and
 * configured ones). Pure; the adapter applies it to every handshake.
 */

/** `scheme://host[:port]` in lower case with a default port dropped, or null for anything but http(s). */
export function canonicalOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origins always allowed: PUBLIC_BASE_URL's, the server's own `http://HOST:PORT`, and the comma-separated
 * ALLOWED_ORIGINS (an entry `null` allows pages without an origin of their own, e.g. a kiosk app's file:// page).
 */
export function allowedOrigins(input: { publicBaseUrl: string; host: string; port: number; extra?: string }): Set<string> {
  const set = new Set<string>();
  const candidates = [input.publicBaseUrl, `http://${input.host.includes(':') ? `[${input.host}]` : input.host}:${input.port}`];
  for (const candidate of candidates) {
    const origin = canonicalOrigin(candidate);
    if (origin) set.add(origin);
  }
  for (const entry of (input.extra ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (entry === 'null') set.add('null');
    else {
      const origin = canonicalOrigin(entry);
      if (origin) set.add(origin);
    }
  }
  return set;
}

/**
 * Whether a handshake may proceed: no Origin header (not a browser page: kiosk apps, socket.io-client in
 * Node) is allowed; a page from this very host (Origin matches the Host header: same-origin) is allowed; else
 * the origin must be one of `allowed`.
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (origin === undefined) return true;
  const canonical = canonicalOrigin(origin);
  if (canonical === null) return allowed.has(origin.trim().toLowerCase());
  if (allowed.has(canonical)) return true;
  if (!host) return false;
  try {
    const page = new URL(canonical);
    return new URL(`${page.protocol}//${host}`).host === page.host;
  } catch {
    return false;
  }
}
