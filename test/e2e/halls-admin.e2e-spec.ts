import type { Socket } from 'socket.io-client';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { connect, nextEvent, subscribe } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const API = '/api/v1/halls';
const DEFAULT_HOURS = [{ from: '08:30', to: '12:00' }, { from: '14:00', to: '17:30' }];

describe('halls administration (e2e)', () => {
  let t: TestApp;
  let admin: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterAll(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.close();
  });

  const as = (token: string | null) => {
    const auth = <R extends { set: (h: Record<string, string>) => R }>(req: R) => (token ? req.set(bearer(token)) : req);
    return {
      post: (path: string, body?: unknown) => auth(t.http().post(`${API}${path}`)).send(body as object),
      put: (path: string, body?: unknown) => auth(t.http().put(`${API}${path}`)).send(body as object),
    };
  };
  const api = () => as(admin);
  const hallSocket = async (hall: string) => {
    const s = await connect(t.url);
    sockets.push(s);
    expect(await subscribe(s, { hall })).toMatchObject({ ok: true });
    return s;
  };

  describe('reading', () => {
    it('lists every hall publicly; the demo hall is a centre with the default opening hours', async () => {
      const list = (await t.http().get(API).expect(200)).body;
      expect(list).toContainEqual({ code: 'TC', name: '桐城街道党群服务中心', kind: 'centre', parentHall: null });
      const tc = (await t.http().get(`${API}/TC`).expect(200)).body;
      expect(tc).toMatchObject({ code: 'TC', kind: 'centre', parentHall: null, openingHours: DEFAULT_HOURS, timeZone: 'Asia/Shanghai' });
      expect(tc.queues.map((q: { code: string }) => q.code)).toEqual(['A', 'B', 'C', 'D']);
      expect(tc.windows).toHaveLength(6);
    });
  });

  describe('only admins write', () => {
    const writes: Array<[string, string, unknown]> = [
      ['post', '', { code: 'AUTH1', name: '某中心' }],
      ['put', '/TC', { name: '改名' }],
      ['post', '/TC/queues', { code: 'Q', name: '队列' }],
      ['put', '/TC/queues/A', { name: '改名' }],
      ['post', '/TC/windows', { number: 50, name: '50号窗口', kind: 'comprehensive', queueCodes: [] }],
      ['put', '/TC/windows/1', { name: '改名' }],
    ];
    it.each(writes)('%s %s: 401 without a token, 403 for a clerk and a supervisor', async (method, path, body) => {
      const send = (token: string | null) => (method === 'post' ? as(token).post(path, body) : as(token).put(path, body));
      expect((await send(null).expect(401)).body.code).toBeDefined();
      await send(await t.login('clerk1')).expect(403);
      await send(await t.login('supervisor')).expect(403);
    });
  });

  describe('halls', () => {
    it('creates a centre with defaults and a point under it; the list shows both', async () => {
      const centre = (await api().post('', { code: 'XJ', name: '西街街道便民服务中心' }).expect(201)).body;
      expect(centre).toEqual({ code: 'XJ', name: '西街街道便民服务中心', timeZone: 'Asia/Shanghai', kind: 'centre', parentHall: null, openingHours: DEFAULT_HOURS, queues: [], windows: [] });
      const point = (await api().post('', { code: 'XJ01', name: '西街一社区服务站', kind: 'point', parentHall: 'XJ', openingHours: [{ from: '14:00', to: '17:00' }, { from: '09:00', to: '11:30' }] }).expect(201)).body;
      expect(point).toMatchObject({ kind: 'point', parentHall: 'XJ', openingHours: [{ from: '09:00', to: '11:30' }, { from: '14:00', to: '17:00' }] });
      // naming a parent makes a point without saying so
      expect((await api().post('', { code: 'XJ02', name: '西街二社区服务站', parentHall: 'XJ' }).expect(201)).body.kind).toBe('point');
      const list = (await t.http().get(API).expect(200)).body;
      expect(list).toEqual(expect.arrayContaining([
        { code: 'XJ', name: '西街街道便民服务中心', kind: 'centre', parentHall: null },
        { code: 'XJ01', name: '西街一社区服务站', kind: 'point', parentHall: 'XJ' },
      ]));
    });

    it('refuses duplicates, also in another case, with 409 HALL_EXISTS', async () => {
      expect((await api().post('', { code: 'TC', name: '重复' }).expect(409)).body.code).toBe('HALL_EXISTS');
      expect((await api().post('', { code: 'tc', name: '重复' }).expect(409)).body.code).toBe('HALL_EXISTS');
    });

    it.each<[string, unknown, number, string]>([
      ['no body', undefined, 400, 'VALIDATION_FAILED'],
      ['a code with a dash', { code: 'X-1', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['a code of 17', { code: 'ABCDEFGHIJKLMNOPQ', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['a blank name', { code: 'BAD1', name: '  ' }, 400, 'VALIDATION_FAILED'],
      ['an unknown kind', { code: 'BAD1', name: 'x', kind: 'village' }, 400, 'VALIDATION_FAILED'],
      ['an unknown field', { code: 'BAD1', name: 'x', colour: 'red' }, 400, 'VALIDATION_FAILED'],
      ['hours not a list', { code: 'BAD1', name: 'x', openingHours: '08:30-12:00' }, 400, 'VALIDATION_FAILED'],
      ['hours without to', { code: 'BAD1', name: 'x', openingHours: [{ from: '08:30' }] }, 400, 'VALIDATION_FAILED'],
      ['hours backwards', { code: 'BAD1', name: 'x', openingHours: [{ from: '12:00', to: '08:30' }] }, 422, 'INVALID_OPENING_HOURS'],
      ['hours overlapping', { code: 'BAD1', name: 'x', openingHours: [{ from: '08:30', to: '12:00' }, { from: '11:00', to: '13:00' }] }, 422, 'INVALID_OPENING_HOURS'],
      ['hours 25:00', { code: 'BAD1', name: 'x', openingHours: [{ from: '08:30', to: '25:00' }] }, 422, 'INVALID_OPENING_HOURS'],
      ['a made-up zone', { code: 'BAD1', name: 'x', timeZone: 'Asia/Atlantis' }, 422, 'INVALID_TIME_ZONE'],
      ['an offset as zone', { code: 'BAD1', name: 'x', timeZone: '+08:00' }, 422, 'INVALID_TIME_ZONE'],
      ['a point without centre', { code: 'BAD1', name: 'x', kind: 'point' }, 422, 'PARENT_HALL_INVALID'],
      ['a point of an unknown hall', { code: 'BAD1', name: 'x', kind: 'point', parentHall: 'NOPE' }, 422, 'PARENT_HALL_INVALID'],
      ['a point of a point', { code: 'BAD1', name: 'x', kind: 'point', parentHall: 'XJ01' }, 422, 'PARENT_HALL_INVALID'],
      ['a centre with a parent', { code: 'BAD1', name: 'x', kind: 'centre', parentHall: 'TC' }, 422, 'PARENT_HALL_INVALID'],
    ])('POST with %s (%j) → %i %s', async (_name, body, status, code) => {
      expect((await api().post('', body).expect(status)).body.code).toBe(code);
      await t.http().get(`${API}/BAD1`).expect(404);
    });

    it('updates a hall: name, hours and zone; 404 for an unknown hall, 422 for bad rules', async () => {
      const changed = (await api().put('/XJ', { name: '西街街道党群服务中心', openingHours: [{ from: '09:00', to: '17:00' }], timeZone: 'asia/urumqi' }).expect(200)).body;
      expect(changed).toMatchObject({ code: 'XJ', name: '西街街道党群服务中心', openingHours: [{ from: '09:00', to: '17:00' }], timeZone: 'Asia/Urumqi', kind: 'centre' });
      expect((await api().put('/NOPE', { name: 'x' }).expect(404)).body.code).toBe('HALL_NOT_FOUND');
      expect((await api().put('/XJ', { openingHours: [{ from: '9:00', to: '17:00' }] }).expect(422)).body.code).toBe('INVALID_OPENING_HOURS');
      expect((await api().put('/XJ', { timeZone: 'Mars/Olympus' }).expect(422)).body.code).toBe('INVALID_TIME_ZONE');
      expect((await api().put('/XJ', { code: 'YY' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      // a centre with points stays a centre; a point can't hang under itself
      expect((await api().put('/XJ', { kind: 'point', parentHall: 'TC' }).expect(422)).body.code).toBe('PARENT_HALL_INVALID');
      expect((await api().put('/XJ01', { parentHall: 'XJ01' }).expect(422)).body.code).toBe('PARENT_HALL_INVALID');
      // a point moves to another centre, then becomes a centre itself
      expect((await api().put('/XJ02', { parentHall: 'TC' }).expect(200)).body).toMatchObject({ kind: 'point', parentHall: 'TC' });
      expect((await api().put('/XJ02', { kind: 'centre' }).expect(200)).body).toMatchObject({ kind: 'centre', parentHall: null });
    });
  });

  describe('queues', () => {
    it('creates and renames queues; the new queue issues tickets at once (the layout cache was dropped)', async () => {
      expect((await api().post('/XJ/queues', { code: 'A', name: '综合受理' }).expect(201)).body).toEqual({ code: 'A', name: '综合受理' });
      await api().post('/XJ/queues', { code: 'B', name: '社保医保' }).expect(201);
      expect((await t.http().get(`${API}/XJ`).expect(200)).body.queues).toEqual([{ code: 'A', name: '综合受理' }, { code: 'B', name: '社保医保' }]);
      // TC's layout is cached by earlier reads; a new queue there is known right after the answer
      await t.http().get(`${API}/TC`).expect(200);
      await api().post('/TC/queues', { code: 'E', name: '退役军人服务' }).expect(201);
      expect((await issue(t, { queueCode: 'E' }).expect(201)).body.number).toBe('E001');
      expect((await api().put('/XJ/queues/B', { name: '社会保障' }).expect(200)).body).toEqual({ code: 'B', name: '社会保障' });
    });

    it.each<[string, string, string, unknown, number, string]>([
      ['a duplicate', 'post', '/XJ/queues', { code: 'A', name: 'x' }, 409, 'QUEUE_EXISTS'],
      ['an unknown hall', 'post', '/NOPE/queues', { code: 'A', name: 'x' }, 404, 'HALL_NOT_FOUND'],
      ['a code of 9', 'post', '/XJ/queues', { code: 'ABCDEFGHI', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['a code with a space', 'post', '/XJ/queues', { code: 'A B', name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['no name', 'post', '/XJ/queues', { code: 'Z' }, 400, 'VALIDATION_FAILED'],
      ['renaming an unknown queue', 'put', '/XJ/queues/Z', { name: 'x' }, 404, 'QUEUE_NOT_FOUND'],
      ['renaming in an unknown hall', 'put', '/NOPE/queues/A', { name: 'x' }, 404, 'HALL_NOT_FOUND'],
      ['renaming to blank', 'put', '/XJ/queues/A', { name: '' }, 400, 'VALIDATION_FAILED'],
    ])('%s (%s %s %j) → %i %s', async (_name, method, path, body, status, code) => {
      const res = method === 'post' ? api().post(path, body) : api().put(path, body);
      expect((await res.expect(status)).body.code).toBe(code);
    });
  });

  describe('windows', () => {
    it('creates comprehensive and dedicated windows and changes them while closed', async () => {
      expect((await api().post('/XJ/windows', { number: 1, name: '1号综合窗口', kind: 'comprehensive', queueCodes: [] }).expect(201)).body)
        .toEqual({ number: 1, name: '1号综合窗口', kind: 'comprehensive', queueCodes: [], status: 'closed' });
      expect((await api().post('/XJ/windows', { number: 2, name: '2号社保专窗', kind: 'dedicated', queueCodes: ['B'] }).expect(201)).body)
        .toMatchObject({ number: 2, kind: 'dedicated', queueCodes: ['B'] });
      expect((await api().put('/XJ/windows/2', { queueCodes: ['A', 'B'], name: '2号专窗' }).expect(200)).body).toMatchObject({ name: '2号专窗', queueCodes: ['A', 'B'] });
      expect((await api().put('/XJ/windows/2', { kind: 'comprehensive' }).expect(200)).body).toMatchObject({ kind: 'comprehensive', queueCodes: [] });
      expect((await api().put('/XJ/windows/2', { kind: 'dedicated', queueCodes: ['A'] }).expect(200)).body).toMatchObject({ kind: 'dedicated', queueCodes: ['A'] });
    });

    it.each<[string, string, string, unknown, number, string]>([
      ['a duplicate number', 'post', '/XJ/windows', { number: 1, name: 'x', kind: 'comprehensive', queueCodes: [] }, 409, 'WINDOW_EXISTS'],
      ['an unknown hall', 'post', '/NOPE/windows', { number: 1, name: 'x', kind: 'comprehensive', queueCodes: [] }, 404, 'HALL_NOT_FOUND'],
      ['number 0', 'post', '/XJ/windows', { number: 0, name: 'x', kind: 'comprehensive', queueCodes: [] }, 400, 'VALIDATION_FAILED'],
      ['number 1000', 'post', '/XJ/windows', { number: 1000, name: 'x', kind: 'comprehensive', queueCodes: [] }, 400, 'VALIDATION_FAILED'],
      ['a fractional number', 'post', '/XJ/windows', { number: 1.5, name: 'x', kind: 'comprehensive', queueCodes: [] }, 400, 'VALIDATION_FAILED'],
      ['an unknown kind', 'post', '/XJ/windows', { number: 9, name: 'x', kind: 'vip', queueCodes: [] }, 400, 'VALIDATION_FAILED'],
      ['no queueCodes', 'post', '/XJ/windows', { number: 9, name: 'x', kind: 'comprehensive' }, 400, 'VALIDATION_FAILED'],
      ['comprehensive with queues', 'post', '/XJ/windows', { number: 9, name: 'x', kind: 'comprehensive', queueCodes: ['A'] }, 422, 'WINDOW_QUEUES_INVALID'],
      ['dedicated without queues', 'post', '/XJ/windows', { number: 9, name: 'x', kind: 'dedicated', queueCodes: [] }, 422, 'WINDOW_QUEUES_INVALID'],
      ['dedicated to another hall\'s queue', 'post', '/XJ/windows', { number: 9, name: 'x', kind: 'dedicated', queueCodes: ['C'] }, 422, 'WINDOW_QUEUES_INVALID'],
      ['changing an unknown window', 'put', '/XJ/windows/9', { name: 'x' }, 404, 'WINDOW_NOT_FOUND'],
      ['a window number that is no number', 'put', '/XJ/windows/abc', { name: 'x' }, 400, 'VALIDATION_FAILED'],
      ['dedicated without queues by PUT', 'put', '/XJ/windows/1', { kind: 'dedicated' }, 422, 'WINDOW_QUEUES_INVALID'],
      ['an unknown field', 'put', '/XJ/windows/1', { status: 'open' }, 400, 'VALIDATION_FAILED'],
    ])('%s (%s %s %j) → %i %s', async (_name, method, path, body, status, code) => {
      const res = method === 'post' ? api().post(path, body) : api().put(path, body);
      expect((await res.expect(status)).body.code).toBe(code);
      if (method === 'post') await t.http().get(`${API}/XJ`).expect(200).expect((r) => expect(r.body.windows.map((w: { number: number }) => w.number)).not.toContain(9));
    });

    it('an open window keeps its kind (409 WINDOW_OPEN) but can be renamed', async () => {
      await openWindow(t, 'clerk4', 4);
      expect((await api().put('/TC/windows/4', { kind: 'dedicated', queueCodes: ['A'] }).expect(409)).body.code).toBe('WINDOW_OPEN');
      expect((await api().put('/TC/windows/4', { name: '4号综合窗口（老年人优先）' }).expect(200)).body).toMatchObject({ kind: 'comprehensive', status: 'open' });
    });
  });

  describe('live', () => {
    it('a socket subscribed to the hall hears hall, queue and window changes with the new layout', async () => {
      const screen = await hallSocket('TC');
      const other = await hallSocket('XJ');
      const heardByOther: unknown[] = [];
      other.on('hall.changed', (m) => heardByOther.push(m));

      let heard = nextEvent(screen, 'hall.changed');
      await api().put('/TC', { openingHours: [{ from: '09:00', to: '12:00' }] }).expect(200);
      expect(await heard).toMatchObject({ hall: 'TC', subject: 'hall', subjectId: 'TC', change: 'updated', layout: { code: 'TC', openingHours: [{ from: '09:00', to: '12:00' }] } });

      heard = nextEvent(screen, 'hall.changed');
      await api().post('/TC/queues', { code: 'F', name: '新队列' }).expect(201);
      const queue = await heard;
      expect(queue).toMatchObject({ subject: 'queue', subjectId: 'F', change: 'created' });
      expect(queue.layout.queues.map((q: { code: string }) => q.code)).toContain('F');

      heard = nextEvent(screen, 'hall.changed');
      await api().post('/TC/windows', { number: 7, name: '7号专窗', kind: 'dedicated', queueCodes: ['F'] }).expect(201);
      const window = await heard;
      expect(window).toMatchObject({ subject: 'window', subjectId: '7', change: 'created' });
      expect(window.layout.windows.find((w: { number: number }) => w.number === 7)).toEqual({ number: 7, name: '7号专窗', kind: 'dedicated', queueCodes: ['F'], status: 'closed' });

      heard = nextEvent(screen, 'hall.changed');
      await api().put('/TC/windows/7', { name: '7号退役军人专窗' }).expect(200);
      expect(await heard).toMatchObject({ subject: 'window', subjectId: '7', change: 'updated' });
      // the other hall's room heard nothing of TC
      expect(heardByOther).toEqual([]);
      // a refused change says nothing
      const silent: unknown[] = [];
      screen.on('hall.changed', (m) => silent.push(m));
      await api().post('/TC/windows', { number: 7, name: 'x', kind: 'comprehensive', queueCodes: [] }).expect(409);
      await new Promise((r) => setTimeout(r, 100));
      expect(silent).toEqual([]);
    });

    it('the new window works at once: a clerk opens it and calls from its queue', async () => {
      await issue(t, { queueCode: 'F' }).expect(201);
      const clerk = await openWindow(t, 'clerk5', 7);
      expect((await windowAction(t, clerk, 7, 'call-next').expect(200)).body.ticket.number).toBe('F001');
    });
  });
});
