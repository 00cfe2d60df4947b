// 接诉即办 over two instances on one PostgreSQL and one Redis: a report filed through one reaches the dispatcher
// connected to the other, the departments answer through either, and the resident's notice goes out exactly once
// although both instances run a sender.
import { createClient } from 'redis';
import type { Socket } from 'socket.io-client';
import { FixedClock } from '../../src/common/clock';
import { RequestSweep } from '../../src/requests/request-sweep.service';
import { eventually, notificationRows, WebhookReceiver } from '../support/notification-helpers';
import { publicRequest, report, requestAction } from '../support/request-helpers';
import { connect, nextEvent, record, subscribe } from '../support/socket-helpers';
import { createTestApp, MONDAY_MORNING, TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';

const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6390'}/4`;
const SECRET = 'city-webhook-secret-0123456789';
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('接诉即办 on two instances (city)', () => {
  let a: TestApp;
  let b: TestApp;
  let receiver: WebhookReceiver;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    expect(onPostgres).toBe(true);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.flushDb();
    await redis.close();
    receiver = await new WebhookReceiver().start();
    const env = { REDIS_URL, NOTIFY_POLL_MS: '100', NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: receiver.url, NOTIFY_WEBHOOK_SECRET: SECRET };
    a = await createTestApp(env, new FixedClock(MONDAY_MORNING));
    b = await createTestApp(env, new FixedClock(MONDAY_MORNING), { database: a.database });
  });

  afterAll(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await b.close({ keepData: true });
    await a.close();
    await receiver.stop();
  });

  const room = async (t: TestApp, user: string, body: object) => {
    const s = await connect(t.url, await t.login(user));
    sockets.push(s);
    expect((await subscribe(s, body)).ok).toBe(true);
    return s;
  };

  it('a report on A reaches the dispatcher on B live; two departments answer through either; one notice is sent', async () => {
    const dispatchRoom = await room(b, 'dispatcher', { dispatch: true });
    const fzRoom = await room(a, 'officer-fz', { department: 'FZ' });
    const reported = nextEvent(dispatchRoom, 'request.reported');
    const { body } = await report(a, { categoryCode: 'SZ' }).expect(201);
    expect(await reported).toMatchObject({ requestId: body.id, requestNumber: body.requestNumber, status: 'reported' });

    const assigned = nextEvent(fzRoom, 'request.assigned');
    await requestAction(b, await b.login('dispatcher'), body.id, 'dispatch', { departmentCodes: ['ZL', 'FZ'] }).expect(200);
    expect(await assigned).toMatchObject({ requestId: body.id, department: 'FZ' });
    await requestAction(a, await a.login('officer-zl'), body.id, 'reply', { text: '已转物业。' }).expect(200);
    const replied = nextEvent(dispatchRoom, 'request.updated', (m) => m.status === 'replied');
    await requestAction(b, await b.login('officer-fz'), body.id, 'reply', { text: '路灯已修复。' }).expect(200);
    await replied;

    expect((await publicRequest(a, body.requestNumber, body.queryCode).expect(200)).body.replies).toHaveLength(2);
    const [sent] = await eventually(async () => {
      const rows = await notificationRows(a, 'request_replied');
      expect(rows).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
      return rows;
    });
    await new Promise((r) => setTimeout(r, 300)); // more polls on both instances: nothing is sent again
    const calls = receiver.calls.filter((c) => JSON.parse(c.body).id === sent.id);
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0].body).text).toContain(`查询码 ${body.queryCode}`);
  });

  it('one instance sweeps the hours: a request turning yellow is announced once', async () => {
    const dispatchRoom = await room(a, 'dispatcher', { dispatch: true });
    const seen = record(dispatchRoom);
    for (const t of [a, b]) t.clock.set(at('2026-11-23T12:00:00'));
    const { body } = await report(b, { categoryCode: 'AQ' }).expect(201); // respond within 1 h: yellow from 12:48
    for (const t of [a, b]) t.clock.set(at('2026-11-23T12:48:00'));
    const results = await Promise.all([a.app.get(RequestSweep).tick(), b.app.get(RequestSweep).tick()]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.filter((e) => e.event === 'request.warning').map((e) => [e.payload.requestId, e.payload.level])).toEqual([[body.id, 'yellow']]);
  });
});
