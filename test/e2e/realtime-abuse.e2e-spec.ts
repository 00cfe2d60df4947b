import { io, type Socket } from 'socket.io-client';
import { HallsService } from '../../src/halls/halls.service';
import { BoardService } from '../../src/queue/board.service';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { connect, disconnected, nextEvent, subscribe } from '../support/socket-helpers';
import { createTestApp, TestApp } from '../support/test-app';

const HANDSHAKE = '/socket.io/?EIO=4&transport=polling';

describe('realtime under abuse (e2e): subscribe limit, shared snapshots, origins', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  const open = async (token?: string) => {
    const s = await connect(t.url, token);
    sockets.push(s);
    return s;
  };
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    jest.restoreAllMocks();
    await t?.close();
  });

  describe('subscribe limit per connection (defaults: 10 per 10 s)', () => {
    beforeEach(async () => (t = await createTestApp()));

    it('the 11th subscribe within 10 s is refused with 429 RATE_LIMITED and reads nothing; other connections are not affected', async () => {
      const screen = await open();
      for (let i = 0; i < 10; i++) expect((await subscribe(screen, { hall: 'TC' })).ok).toBe(true);
      const snapshot = jest.spyOn(t.app.get(BoardService), 'snapshot');
      const layout = jest.spyOn(t.app.get(HallsService), 'layout');
      const refused = await subscribe(screen, { hall: 'TC' });
      expect(refused).toEqual({
        ok: false,
        error: { statusCode: 429, code: 'RATE_LIMITED', message: expect.stringContaining('10 秒'), details: { retryAfterSeconds: 10 }, retryAfterSeconds: 10 },
      });
      // refused before anything else: even a bad body or an unknown hall gets the same answer
      expect((await subscribe(screen, { hall: 'NOPE' })).error.code).toBe('RATE_LIMITED');
      expect((await subscribe(screen, { nonsense: true })).error.code).toBe('RATE_LIMITED');
      expect(snapshot).not.toHaveBeenCalled();
      expect(layout).not.toHaveBeenCalled();
      expect((await subscribe(await open(), { hall: 'TC' })).ok).toBe(true);
    });

    it('counts failed subscribes too, tells the remaining wait, and opens again when the window ends', async () => {
      const screen = await open();
      for (let i = 0; i < 10; i++) expect((await subscribe(screen, { hall: 'NOPE' })).error.code).toBe('HALL_NOT_FOUND');
      t.clock.advance(6_500);
      expect((await subscribe(screen, { hall: 'TC' })).error).toMatchObject({ statusCode: 429, retryAfterSeconds: 4 });
      t.clock.advance(3_500);
      expect(await subscribe(screen, { hall: 'TC' })).toMatchObject({ ok: true, hall: 'TC' });
    });

    it('closes a connection that goes on sending after being refused (as many refusals again as the limit)', async () => {
      const screen = await open();
      for (let i = 0; i < 10; i++) expect((await subscribe(screen, { hall: 'TC' })).ok).toBe(true);
      for (let i = 0; i < 10; i++) expect((await subscribe(screen, { hall: 'TC' })).error.code).toBe('RATE_LIMITED');
      const closed = disconnected(screen);
      screen.emit('subscribe', { hall: 'TC' });
      expect(await closed).toBe('io server disconnect');
    });

    it('applies to staff sockets as well (per connection)', async () => {
      const officer = await open(await t.login('officer-zl'));
      for (let i = 0; i < 10; i++) expect((await subscribe(officer, { department: 'ZL' })).ok).toBe(true);
      expect((await subscribe(officer, { department: 'ZL' })).error).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
    });
  });

  describe('a settable limit', () => {
    beforeEach(async () => (t = await createTestApp({ LIMIT_SUBSCRIBES_PER_CONNECTION: '2', LIMIT_SUBSCRIBES_WINDOW_SECONDS: '60' })));

    it('LIMIT_SUBSCRIBES_PER_CONNECTION and LIMIT_SUBSCRIBES_WINDOW_SECONDS', async () => {
      const screen = await open();
      expect((await subscribe(screen, { hall: 'TC' })).ok).toBe(true);
      expect((await subscribe(screen, { hall: 'TC', window: 1 })).ok).toBe(true);
      expect((await subscribe(screen, { hall: 'TC' })).error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 60 });
    });
  });

  describe('hall snapshots shared per hall', () => {
    beforeEach(async () => (t = await createTestApp({ SNAPSHOT_CACHE_MS: '60000' })));

    it('many subscribes for one hall read the board once per period, concurrent ones included', async () => {
      const snapshot = jest.spyOn(t.app.get(BoardService), 'snapshot');
      const screens = await Promise.all(Array.from({ length: 12 }, () => open()));
      const acks = await Promise.all(screens.map((s) => subscribe(s, { hall: 'TC' })));
      for (const s of screens.slice(0, 4)) acks.push(await subscribe(s, { hall: 'TC', window: 2 }));
      expect(acks.every((a) => a.ok)).toBe(true);
      expect(new Set(acks.map((a) => a.seq)).size).toBe(1);
      expect(snapshot).toHaveBeenCalledTimes(1);
    });

    it('a call or a ticket made between two subscribes is in the second snapshot, and its seq is not older than any event sent', async () => {
      await issue(t, { queueCode: 'A' }).expect(201);
      const clerk = await openWindow(t, 'clerk3', 3);
      const watcher = await open();
      const first = await subscribe(await open(), { hall: 'TC' });
      expect(first).toMatchObject({ ok: true, recentCalls: [] });
      const called = nextEvent(watcher, 'ticket.called');
      await subscribe(watcher, { hall: 'TC' });
      await windowAction(t, clerk, 3, 'call-next').expect(200);
      // at once after the command, before any event: the cache was dropped when the change was published
      const second = await subscribe(await open(), { hall: 'TC' });
      expect(second.recentCalls).toEqual([expect.objectContaining({ number: 'A001', windowNumber: 3 })]);
      expect(second.windows.find((w: { number: number }) => w.number === 3)).toMatchObject({ currentNumber: 'A001' });
      const call = await called;
      const third = await subscribe(await open(), { hall: 'TC' });
      expect(third.seq).toBeGreaterThanOrEqual(call.seq);
      await issue(t, { queueCode: 'B' }).expect(201);
      const fourth = await subscribe(await open(), { hall: 'TC' });
      expect(fourth.waiting).toMatchObject({ A: 0, B: 1 });
    });

    it('a window created by the admin is known to the next window subscribe', async () => {
      const screen = await open();
      expect((await subscribe(screen, { hall: 'TC', window: 1 })).ok).toBe(true);
      expect((await subscribe(screen, { hall: 'TC', window: 9 })).error.code).toBe('WINDOW_NOT_FOUND');
      const admin = await t.login('admin');
      await t.http().post('/api/v1/halls/TC/windows').set('Authorization', `Bearer ${admin}`)
        .send({ number: 9, name: '9号窗口', kind: 'comprehensive', queueCodes: [] }).expect(201);
      expect(await subscribe(screen, { hall: 'TC', window: 9 })).toMatchObject({ ok: true, windows: expect.arrayContaining([expect.objectContaining({ number: 9 })]) });
    });
  });

  describe('new connections per address', () => {
    beforeEach(async () => (t = await createTestApp({ LIMIT_SOCKET_CONNECTIONS_PER_ADDRESS: '3', LIMIT_SOCKET_CONNECTIONS_WINDOW_SECONDS: '10' })));
    const handshake = (address?: string) => {
      const req = t.http().get(HANDSHAKE);
      return address ? req.set('X-Forwarded-For', address) : req;
    };

    it('over the limit a handshake gets 429 RATE_LIMITED with Retry-After, per address, until the window ends', async () => {
      for (let i = 0; i < 3; i++) expect((await handshake('10.9.9.9')).status).toBe(200);
      const refused = await handshake('10.9.9.9');
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('10');
      expect(JSON.parse(refused.text)).toEqual({ statusCode: 429, code: 'RATE_LIMITED', message: expect.any(String), details: { retryAfterSeconds: 10 } });
      expect((await handshake('10.9.9.8')).status).toBe(200);
      // the machine itself (no proxy header) is not limited
      for (let i = 0; i < 5; i++) expect((await handshake()).status).toBe(200);
      t.clock.advance(10_000);
      expect((await handshake('10.9.9.9')).status).toBe(200);
    });

    it('refuses the websocket upgrade too', async () => {
      const dial = () => io(`${t.url}/realtime`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { 'X-Forwarded-For': '10.7.7.7' } });
      const outcomes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const socket = dial();
        sockets.push(socket);
        outcomes.push(await new Promise<string>((resolve) => {
          socket.once('connect', () => resolve('connected'));
          socket.once('connect_error', () => resolve('refused'));
        }));
      }
      expect(outcomes).toEqual(['connected', 'connected', 'connected', 'refused']);
    });
  });

  describe('origins', () => {
    beforeEach(async () => (t = await createTestApp({ PUBLIC_BASE_URL: 'https://hall.example.org', ALLOWED_ORIGINS: 'http://screens.example:8080' })));

    it.each([
      ['http://evil.example', 403],
      ['https://hall.example.org.evil.example', 403],
      ['null', 403],
      ['https://hall.example.org', 200],
      ['http://screens.example:8080', 200],
    ])('a polling handshake with Origin %s → %s', async (origin, status) => {
      const res = await t.http().get(HANDSHAKE).set('Origin', origin);
      expect(res.status).toBe(status);
      if (status === 200) {
        expect(res.text).toMatch(/^0\{"sid"/);
        expect(res.headers['access-control-allow-origin']).toBe(origin);
      } else {
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.text).toContain('ORIGIN_NOT_ALLOWED');
      }
    });

    it('a handshake without Origin (kiosk app, Node client) or from this host itself passes', async () => {
      expect((await t.http().get(HANDSHAKE)).status).toBe(200);
      const host = new URL(t.url).host;
      expect((await t.http().get(HANDSHAKE).set('Host', host).set('Origin', t.url)).status).toBe(200);
      expect((await t.http().get(HANDSHAKE).set('Host', 'lan-box:3000').set('Origin', 'http://lan-box:3000')).status).toBe(200);
    });

    it('a websocket connection from a foreign origin is refused, from the public origin it subscribes', async () => {
      const dial = (origin: string) => io(`${t.url}/realtime`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { Origin: origin } });
      const evil = dial('http://evil.example');
      sockets.push(evil);
      await expect(new Promise((resolve, reject) => {
        evil.once('connect', () => reject(new Error('connected')));
        evil.once('connect_error', resolve);
      })).resolves.toBeInstanceOf(Error);
      const good = dial('https://hall.example.org');
      sockets.push(good);
      await new Promise<void>((resolve, reject) => {
        good.once('connect', () => resolve());
        good.once('connect_error', reject);
      });
      expect((await subscribe(good, { hall: 'TC' })).ok).toBe(true);
    });
  });
});
