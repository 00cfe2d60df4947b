import { kioskToken } from '../support/device-helpers';
import { countRows, issue, openWindow, trailOf, windowAction } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';

describe('queue: taking a number and its status (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  it('numbers each queue on its own from 001, with the API.md shape', async () => {
    const a1 = await issue(t, { queueCode: 'A' }).expect(201);
    expect(a1.body).toEqual({
      id: expect.any(Number), number: 'A001', queueCode: 'A', priority: 'normal', appointment: false, status: 'waiting',
      issuedAt: '2026-11-23T09:30:00+08:00', ahead: 0, estimatedWaitMinutes: 0, statusToken: expect.stringMatching(/^[\w-]{16}$/),
    });
    const a2 = await issue(t, { queueCode: 'A' }).expect(201);
    const c1 = await issue(t, { queueCode: 'C', priority: 'priority', phone: '13800138000' }, 'TC', await kioskToken(t)).expect(201);
    expect([a2.body.number, a2.body.ahead, c1.body.number, c1.body.priority]).toEqual(['A002', 1, 'C001', 'priority']);
  });

  it('estimates the wait from the default service time and the windows open for the queue', async () => {
    for (let i = 0; i < 4; i++) await issue(t, { queueCode: 'A' }).expect(201);
    // nobody open: one window assumed, 4 ahead × 5 min
    expect((await issue(t, { queueCode: 'A' }).expect(201)).body).toMatchObject({ ahead: 4, estimatedWaitMinutes: 20 });
    await openWindow(t, 'clerk1', 1);
    await openWindow(t, 'clerk5', 5); // dedicated to A
    await openWindow(t, 'clerk6', 6); // dedicated to C: does not serve A
    expect((await issue(t, { queueCode: 'A' }).expect(201)).body).toMatchObject({ ahead: 5, estimatedWaitMinutes: 13 });
  });

  it('estimates from recent service times once there is history', async () => {
    const clerk = await openWindow(t, 'clerk1', 1);
    await issue(t, { queueCode: 'B' }).expect(201);
    await windowAction(t, clerk, 1, 'call-next').expect(200);
    await windowAction(t, clerk, 1, 'start').expect(200);
    t.clock.advance(2 * 60_000); // a two-minute service
    await windowAction(t, clerk, 1, 'finish').expect(200);
    for (let i = 0; i < 3; i++) await issue(t, { queueCode: 'B' }).expect(201);
    expect((await issue(t, { queueCode: 'B' }).expect(201)).body).toMatchObject({ ahead: 3, estimatedWaitMinutes: 6 });
  });

  it('counts priority tickets ahead of a normal one', async () => {
    await issue(t, { queueCode: 'A' }).expect(201);
    const kiosk = await kioskToken(t);
    await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', kiosk).expect(201);
    const normal = await issue(t, { queueCode: 'A' }).expect(201);
    const priority = await issue(t, { queueCode: 'A', priority: 'priority' }, 'TC', await t.login('clerk1')).expect(201); // staff may grant 绿色通道 too
    expect([normal.body.ahead, priority.body.ahead]).toEqual([2, 1]);
  });

  it('restarts numbering at the hall\'s day change (Asia/Shanghai midnight), lazily', async () => {
    await issue(t, { queueCode: 'A' }).expect(201);
    t.clock.set(Date.parse('2026-11-23T15:59:59Z')); // 23:59:59 in Shanghai
    expect((await issue(t, { queueCode: 'A' }).expect(201)).body.number).toBe('A002');
    t.clock.set(Date.parse('2026-11-23T16:00:00Z')); // 00:00 on the 24th
    const next = await issue(t, { queueCode: 'A' }).expect(201);
    expect([next.body.number, next.body.ahead]).toEqual(['A001', 0]);
  });

  it('records the issue as an event row', async () => {
    const { body } = await issue(t, { queueCode: 'D' }).expect(201);
    const trail = await trailOf(t, 'ticket', body.id);
    expect(trail.map((e) => [e.action, e.fromStatus, e.toStatus, e.actorId])).toEqual([['issue', null, 'waiting', null]]);
  });

  it.each([
    [{}, 400, 'VALIDATION_FAILED'],
    [{ queueCode: 'A', priority: 'vip' }, 400, 'VALIDATION_FAILED'],
    [{ queueCode: 'A', phone: '12345' }, 400, 'VALIDATION_FAILED'],
    [{ queueCode: 'A', name: '张三' }, 400, 'VALIDATION_FAILED'],
    [{ queueCode: 7 }, 400, 'VALIDATION_FAILED'],
    [{ queueCode: 'Z' }, 404, 'QUEUE_NOT_FOUND'],
  ])('refuses %j with %d %s and issues nothing', async (body, status, code) => {
    const res = await issue(t, body).expect(status);
    expect(res.body).toEqual({ statusCode: status, code, message: expect.any(String) });
    expect(await countRows(t, 'tickets')).toBe(0);
  });

  it('refuses an unknown hall with 404 HALL_NOT_FOUND', async () => {
    expect((await issue(t, { queueCode: 'A' }, 'XX').expect(404)).body.code).toBe('HALL_NOT_FOUND');
  });

  it('refuses a body that is not JSON with a 400', async () => {
    const res = await t.http().post('/api/v1/halls/TC/tickets').set('Content-Type', 'application/json').send('{"queueCode":').expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  describe('status for the resident', () => {
    it('follows the ticket from waiting to called at a window', async () => {
      await issue(t, { queueCode: 'A' });
      const { body } = await issue(t, { queueCode: 'A' });
      const status = () => t.http().get(`/api/v1/tickets/${body.id}`).query({ token: body.statusToken }).expect(200);
      expect((await status()).body).toMatchObject({ number: 'A002', status: 'waiting', ahead: 1, estimatedWaitMinutes: 5, windowNumber: null, hallName: '桐城街道党群服务中心', queueName: '民生保障' });
      const clerk = await openWindow(t, 'clerk2', 2);
      await windowAction(t, clerk, 2, 'call-next').expect(200);
      expect((await status()).body).toMatchObject({ status: 'waiting', ahead: 0 });
      await windowAction(t, clerk, 2, 'no-show').expect(200);
      await windowAction(t, clerk, 2, 'call-next').expect(200);
      expect((await status()).body).toMatchObject({ status: 'called', ahead: 0, windowNumber: 2 });
    });

    it.each([
      ['wrong token', 404, 'TICKET_NOT_FOUND', (id: number) => `/api/v1/tickets/${id}?token=nope`],
      ['unknown id', 404, 'TICKET_NOT_FOUND', () => '/api/v1/tickets/999999?token=x'],
      ['no token', 400, 'VALIDATION_FAILED', (id: number) => `/api/v1/tickets/${id}`],
      ['non-numeric id', 400, 'VALIDATION_FAILED', () => '/api/v1/tickets/abc?token=x'],
    ])('%s → %d %s', async (_name, status, code, path) => {
      const { body } = await issue(t, { queueCode: 'A' });
      expect((await t.http().get(path(body.id)).expect(status)).body.code).toBe(code);
    });
  });
});
