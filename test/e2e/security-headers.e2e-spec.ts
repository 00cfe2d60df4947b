import { PATH_METADATA, RENDER_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { parseCsp } from '../../src/web/security-headers';
import { deliveredJzz, finishedTicket } from '../support/evaluation-helpers';
import { pairedDevice } from '../support/device-helpers';
import { expectPageCsp } from '../support/page-csp';
import { bearer, createTestApp, TestApp } from '../support/test-app';

// Issue 10, Deliver 5: nosniff on every answer, the page CSP on every page, no-store on every answer with
// personal data (or a secret: tokens, query codes, pairing codes).
describe('security headers (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  /** Every GET route that renders a page, as its pattern (`/kiosk/:hall`). */
  function pageRoutes(): string[] {
    const routes = new Set<string>();
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const type = wrapper.metatype as { prototype?: Record<string, object> } | null;
        if (!type?.prototype) continue;
        const prefix = String(Reflect.getMetadata(PATH_METADATA, type) ?? '');
        for (const key of Object.getOwnPropertyNames(type.prototype)) {
          const handler = type.prototype[key];
          if (key === 'constructor' || typeof handler !== 'function') continue;
          const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
          // pages: rendered, or a page controller's redirecting form (/c)
          if (path === undefined || (Reflect.getMetadata(RENDER_METADATA, handler) === undefined && !/Pages?Controller$/.test(wrapper.name as string))) continue;
          routes.add(`/${[prefix, path].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/'));
        }
      }
    }
    return [...routes].sort();
  }

  /** A concrete address for each page route; a new page without one here fails the first test. */
  const PAGES: Record<string, string> = {
    '/': '/',
    '/admin': '/admin',
    '/agent': '/agent',
    '/appointments/new': '/appointments/new?hall=TC',
    '/admin/audit': '/admin/audit',
    '/admin/calendar': '/admin/calendar',
    '/admin/calendar/:year': '/admin/calendar/2026',
    '/admin/catalog': '/admin/catalog',
    '/admin/devices': '/admin/devices',
    '/admin/halls': '/admin/halls',
    '/admin/notifications': '/admin/notifications',
    '/admin/request-categories': '/admin/request-categories',
    '/admin/users': '/admin/users',
    '/board/:hall': '/board/TC',
    '/c': '/c',
    '/c/:caseNumber': '/c/TC202611230001?code=ABCDEF',
    '/catalog': '/catalog',
    '/catalog/items/:code': '/catalog/items/JZZ',
    '/catalog/tv': '/catalog/tv',
    '/console/:hall': '/console/TC',
    '/documents/:kind/:id': '/documents/acceptance/1',
    '/inbox': '/inbox',
    '/inbox/:department': '/inbox/ZL',
    '/kiosk/:hall': '/kiosk/TC',
    '/pad/:hall/:n': '/pad/TC/1',
    '/rectifications': '/rectifications',
    '/reports': '/reports',
    '/reports/ranking': '/reports/ranking',
    '/reports/monthly': '/reports/monthly',
    '/supervision': '/supervision',
    '/dispatch': '/dispatch',
    '/requests/desk': '/requests/desk',
    '/requests/new': '/requests/new?hall=TC',
    '/requests/qr': '/requests/qr?hall=TC',
    '/requests/status': '/requests/status',
    '/requests/status/:requestNumber': '/requests/status/STC202611230001?code=ABCDEF',
    '/grid': '/grid',
    '/requests/figures': '/requests/figures',
    '/t/:id': '/t/1?token=abc',
    '/window/:hall/:n': '/window/TC/1',
  };

  it('knows an address for every page route', () => {
    expect(pageRoutes()).toEqual(Object.keys(PAGES).sort());
  });

  it.each(Object.entries(PAGES))('page %s: CSP, nosniff, no-store, no referrer, no framing, no HSTS on http', async (_route, path) => {
    const res = await t.http().get(path);
    expect(res.status).toBeLessThan(500);
    expect(res.headers['content-type']).toContain('text/html');
    expectPageCsp(res);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it.each([
    ['an unknown page (404 page)', 'get', '/no-such-page', 404],
    ['an unknown API path', 'get', '/api/v1/nope', 404],
    ['a script', 'get', '/assets/js/kiosk.js', 200],
    ['a style sheet', 'get', '/assets/base.css', 200],
    ['a missing asset', 'get', '/assets/nope.js', 404],
    ['the health check', 'get', '/health', 200],
    ['an API error (401)', 'get', '/api/v1/cases', 401],
    ['bad JSON (400 from the body parser)', 'post', '/api/v1/auth/login', 400],
    ['a public API answer', 'get', '/api/v1/halls', 200],
  ] as const)('%s: nosniff and the policy', async (_label, method, path, status) => {
    const req = t.http()[method](path);
    const res = method === 'post' ? await req.set('Content-Type', 'application/json').send('{"username":') : await req;
    expect(res.status).toBe(status);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(parseCsp(res.headers['content-security-policy'])['script-src']).toEqual(["'self'"]);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('HSTS only when the public address is https', async () => {
    const https = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn' });
    try {
      const res = await https.http().get('/health').expect(200);
      expect(res.headers['strict-transport-security']).toBe('max-age=15552000');
    } finally {
      await https.close();
    }
  });

  describe('no-store on every answer with personal data or a secret', () => {
    type Call = { method: 'get' | 'post'; path: string; token?: string; body?: object };
    const calls: Record<string, Call> = {};
    let ticket: { id: number; statusToken: string };
    beforeAll(async () => {
      ticket = await finishedTicket(t, 'clerk1', 1, 'A', '13800138000');
      const c = await deliveredJzz(t);
      const [admin, clerk, supervisor] = [await t.login('admin'), await t.login('clerk1'), await t.login('supervisor')];
      const pad = await pairedDevice(t, 'pad', 2);
      Object.assign(calls, {
        'sign-in (a token)': { method: 'post', path: '/api/v1/auth/login', body: { username: 'clerk1', password: 'demo1234' } },
        'the signed-in account': { method: 'get', path: '/api/v1/auth/me', token: clerk },
        'cases list': { method: 'get', path: '/api/v1/cases', token: clerk },
        'case detail': { method: 'get', path: `/api/v1/cases/${c.id}`, token: clerk },
        'public case': { method: 'get', path: `/api/v1/public/cases/${c.caseNumber}?code=${c.queryCode}` },
        'ticket status': { method: 'get', path: `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}` },
        'a new ticket (status token)': { method: 'post', path: '/api/v1/halls/TC/tickets', body: { queueCode: 'B', phone: '13900139000' } },
        'window and its ticket': { method: 'get', path: '/api/v1/halls/TC/windows/1', token: clerk },
        'rating subject': { method: 'get', path: `/api/v1/evaluations/subject?ticketId=${ticket.id}&token=${ticket.statusToken}` },
        'pad: visit to rate': { method: 'get', path: '/api/v1/halls/TC/windows/2/pending-evaluation', token: pad.token },
        'rectifications': { method: 'get', path: '/api/v1/rectifications', token: supervisor },
        'users': { method: 'get', path: '/api/v1/users', token: admin },
        'audit log': { method: 'get', path: '/api/v1/audit', token: admin },
        'devices': { method: 'get', path: '/api/v1/devices', token: admin },
        'supervision figures': { method: 'get', path: '/api/v1/supervision/overview?hall=TC', token: supervisor },
      } satisfies Record<string, Call>);
    });

    it('covers each of them', async () => {
      const failures: string[] = [];
      for (const [label, call] of Object.entries(calls)) {
        let req = t.http()[call.method](call.path);
        if (call.token) req = req.set(bearer(call.token));
        const res = call.body ? await req.send(call.body) : await req;
        if (res.status >= 400) failures.push(`${label}: ${res.status} ${JSON.stringify(res.body)}`);
        else if (res.headers['cache-control'] !== 'no-store') failures.push(`${label}: Cache-Control ${res.headers['cache-control']}`);
        else if (res.headers['x-content-type-options'] !== 'nosniff') failures.push(`${label}: no nosniff`);
      }
      expect(failures).toEqual([]);
      expect(Object.keys(calls)).toHaveLength(15);
    });

    it('QR pictures stay in the one browser that asked (private), public reference data is not marked', async () => {
      const qr = await t.http().get(`/qr/ticket/${ticket.id}.svg?token=${ticket.statusToken}`).expect(200);
      expect(qr.headers['cache-control']).toMatch(/^private\b/);
      expect(qr.headers['x-content-type-options']).toBe('nosniff');
      for (const path of ['/api/v1/halls', '/api/v1/catalog/items', '/api/v1/halls/TC/board']) {
        const res = await t.http().get(path).expect(200);
        expect([path, res.headers['cache-control']]).not.toEqual([path, 'no-store']);
      }
    });
  });
});
