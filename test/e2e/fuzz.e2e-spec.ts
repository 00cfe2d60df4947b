import type { Response } from 'supertest';
import { brotliCompressSync } from 'zlib';
import { captureErrorLogs, CapturedLogs } from '../support/error-logs';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 10 "every bad input a 4xx": every route of the running app — read from its express router, so a new
 * route is fuzzed without touching this file — gets bad path values, bad bodies and bad query strings, as an
 * anonymous client and with an admin token. Nothing may answer 5xx; every JSON error is the envelope
 * `{statusCode, code, message}` with a stable code; pages answer an HTML error page; nothing is logged at
 * error level.
 */

interface Route {
  method: string;
  path: string;
}

interface Probe {
  route: Route;
  who: 'anonymous' | 'admin';
  what: string;
  path: string;
  query?: string;
  body?: { type: string; data: string | Buffer; headers?: Record<string, string> };
}

/** Routes from the express router (middleware-only `*rest` routes are exercised through the routes under them). */
function routesOf(t: TestApp): Route[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: unknown }> } };
  const stack = express.router.stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>;
  return stack
    .filter((layer) => layer.route && !layer.route.path.includes('*'))
    .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => ({ method, path: layer.route!.path })));
}

/** A value each path parameter may well have (so the other values' checks are reached). */
const GOOD: Record<string, string> = {
  hall: 'TC', id: '1', n: '1', code: 'JZZ', date: '2026-11-23', year: '2026', caseNumber: 'TC202611230001', kind: 'acceptance', department: 'ZL',
};
const BAD_VALUES = [
  '0x10', '1e1', '-1', '+1', '01', '99999999999999999999', '%00', '..%2F..%2Fetc%2Fpasswd', '..%5C..%5Cwindows', '%E2%80%AE1', '2026-02-30', '%FF', 'x'.repeat(600),
];

const deep = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const json = (data: string) => ({ type: 'application/json', data });
const BODIES: Array<[string, Probe['body']]> = [
  ['JSON over 256 KB', json(JSON.stringify({ name: 'x'.repeat(300 * 1024) }))],
  ['urlencoded over 100 KB', { type: 'application/x-www-form-urlencoded', data: `name=${'x'.repeat(120 * 1024)}` }],
  ['malformed JSON', json('{"name": ')],
  ['gzip that is not gzip', { ...json('{"a":1}'), headers: { 'Content-Encoding': 'gzip' } }],
  ['br that is not brotli', { type: 'application/json', data: Buffer.from([0xff, 0x00, 0x13, 0x37]), headers: { 'Content-Encoding': 'br' } }],
  ['a br body', { type: 'application/json', data: brotliCompressSync(Buffer.from('{"name":"x"}')), headers: { 'Content-Encoding': 'br' } }],
  ['Content-Encoding x-unknown', { ...json('{}'), headers: { 'Content-Encoding': 'x-unknown' } }],
  ['an unknown charset', { type: 'application/json; charset=x-klingon', data: '{}' }],
  ['[]', json('[]')],
  ['null', json('null')],
  ['a string', json('"hello"')],
  ['a number', json('42')],
  ['an array of objects', json('[{"name":"x"}]')],
  ['deep nesting', json(deep(3000))],
  ['deep nesting in a field', json(`{"applicant":${deep(2000)},"materials":[${deep(500)}]}`)],
  ['wrong types everywhere', json(JSON.stringify({
    hall: [], name: {}, applicant: 'x', agent: [], materials: {}, score: 'five', ticketId: '0x10', respondBy: '2026-02-30',
    supplyDueDate: '2026-02-30', comment: 123, note: null, reason: ['a'], username: {}, password: [], queueCode: 1, roles: 'admin',
    openingHours: [1, 'x', null], steps: [[]], departmentCodes: [{}], isOffDay: 'yes', token: 7, code: {}, windowNumber: '3',
  }))],
  ['unicode controls in strings', json(JSON.stringify({ name: '\u0000\u202e\u200b', note: '\u0000', reason: '\u202e', comment: '\u2066', displayName: ' ', body: '\u0085' }))],
  ['a huge string', json(JSON.stringify({ name: 'x'.repeat(200_000), note: 'y'.repeat(50_000) }))],
  ['prototype pollution', json('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')],
  ['urlencoded nesting', { type: 'application/x-www-form-urlencoded', data: 'applicant[name]=x&materials[0][code]=ID&a[b][c][d][e][f][g]=1&__proto__[x]=1' }],
];
const QUERIES = [
  'date=2026-02-30&from=2026-02-30&to=2026-13-01&ticketId=0x10&id=1e1&limit=-1&days=0x10&year=1e3&token=%00&code=%E2%80%AE',
  'hall[]=TC&status[$ne]=x&from=a&from=b&department[x]=1&q=%00&window=0x3&print=%FF',
];

function isApi(path: string): boolean {
  return /^\/(api|health)(\/|$)/.test(path);
}

function fill(path: string, bad?: { param: string; value: string }): string {
  return path.replace(/:(\w+)/g, (_m, name: string) => (bad && bad.param === name ? bad.value : (GOOD[name] ?? 'X1')));
}

/** What is wrong with an answer, or null. */
function problem(probe: Probe, res: Response): string | null {
  if (res.status >= 500) return `answered ${res.status}`;
  if (res.status < 400) return null;
  const isJson = /application\/json/.test(String(res.headers['content-type'] ?? ''));
  if (!isJson) return isApi(probe.path) ? `error without the JSON envelope (${String(res.headers['content-type'])})` : null;
  const body = res.body as Record<string, unknown>;
  const keys = Object.keys(body).filter((k) => k !== 'details').sort().join(',');
  if (keys !== 'code,message,statusCode') return `error body is not the envelope: ${JSON.stringify(body).slice(0, 200)}`;
  if (body.statusCode !== res.status) return `envelope statusCode ${String(body.statusCode)} ≠ ${res.status}`;
  if (typeof body.code !== 'string' || !/^[A-Z][A-Z0-9_]*[A-Z]$/.test(body.code) || /^HTTP_/.test(body.code)) return `unstable code ${String(body.code)}`;
  if (typeof body.message !== 'string') return 'message is not a string';
  return null;
}

describe('fuzz: every route, bad input, never a 5xx (e2e)', () => {
  let t: TestApp;
  let logs: CapturedLogs;
  let admin: string;
  let routes: Route[];
  beforeAll(async () => {
    t = await createTestApp();
    logs = captureErrorLogs(t.app);
    admin = await t.login('admin');
    routes = routesOf(t);
  });
  afterAll(() => t.close());

  function probesOf(route: Route, index: number): Probe[] {
    const probes: Probe[] = [];
    const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
    // signing out would end the admin token the other probes use
    const identities: Array<Probe['who']> = route.path === '/api/v1/auth/logout' ? ['anonymous'] : ['anonymous', 'admin'];
    // a sample per route, rotating with the route's index so that across the routes every value meets both identities:
    // admin gets half of the bad values and bodies, anonymous (mostly refused before the input matters) a quarter
    const sample = <T>(items: T[], who: Probe['who']) => items.filter((_item, i) => (i + index) % (who === 'admin' ? 2 : 4) === 0);
    for (const who of identities) {
      for (const param of params) {
        for (const value of sample(BAD_VALUES, who)) probes.push({ route, who, what: `:${param} = ${value.slice(0, 24)}`, path: fill(route.path, { param, value }) });
      }
      if (route.method === 'get') {
        for (const query of QUERIES) probes.push({ route, who, what: `query ${query.slice(0, 24)}…`, path: fill(route.path), query });
      } else {
        for (const [what, body] of sample(BODIES, who)) probes.push({ route, who, what, path: fill(route.path), body });
      }
    }
    return probes;
  }

  async function send(probe: Probe): Promise<Response> {
    const url = probe.query ? `${probe.path}?${probe.query}` : probe.path;
    const method = probe.route.method as 'get' | 'post' | 'put' | 'delete' | 'patch';
    let req = t.http()[method](url);
    if (probe.who === 'admin') req = req.set(bearer(admin));
    if (probe.body) {
      req = req.set({ 'Content-Type': probe.body.type, ...probe.body.headers }).serialize((b: unknown) => b as string).send(probe.body.data);
    }
    return req;
  }

  it('finds the routes in the router (a new route is fuzzed without listing it)', () => {
    const keys = routes.map((r) => `${r.method.toUpperCase()} ${r.path}`);
    expect(keys).toEqual(expect.arrayContaining(['POST /api/v1/cases', 'GET /api/v1/cases/:id', 'PUT /api/v1/calendar/days/:date', 'GET /c/:caseNumber', 'POST /api/v1/halls/:hall/windows/:n/call-next']));
    expect(routes.length).toBeGreaterThan(100);
  });

  it('answers every probe with a 4xx envelope (or an HTML error page), never a 5xx, and logs no error', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [index, route] of routes.entries()) {
      const probes = probesOf(route, index);
      const answers = await Promise.all(probes.map(async (probe) => [probe, await send(probe)] as const));
      for (const [probe, res] of answers) {
        sent += 1;
        const wrong = problem(probe, res);
        if (wrong) failures.push(`${route.method.toUpperCase()} ${route.path} [${probe.who}] ${probe.what}: ${wrong}`);
      }
    }
    expect(failures).toEqual([]);
    expect(logs.take()).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  });

  it('a bad page parameter answers the HTML error page', async () => {
    for (const path of ['/window/TC/0x3', '/pad/TC/1e1', '/t/0x10?token=abc', '/t/%FF?token=abc', '/documents/acceptance/01', '/admin/calendar/1e3', '/c/%E2%80%AE?code=%00', '/c/%C0%AF']) {
      const res = await t.http().get(path);
      expect({ path, status: res.status < 500 && res.status >= 400, html: /text\/html/.test(String(res.headers['content-type'])) }).toEqual({ path, status: true, html: true });
    }
    expect(logs.take()).toEqual([]);
  });
});
