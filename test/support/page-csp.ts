import { parseCsp } from '../../src/web/security-headers';

/** The page policy every answer carries (src/web/security-headers.ts), the socket named for `host`. */
export function expectedPageCsp(host: string): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", `ws://${host}`],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/** A supertest answer carries the page policy, the socket named for the host it was asked of. */
export function expectPageCsp(res: { headers: Record<string, string>; request: { url: string } }): void {
  expect(parseCsp(res.headers['content-security-policy'])).toEqual(expectedPageCsp(new URL(res.request.url).host));
}
