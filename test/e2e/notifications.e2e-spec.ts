import { FixedClock } from '../../src/common/clock';
import { isValidWebhookSignature } from '../../src/notifications/domain/webhook-signature';
import { APPLICANT, caseAction, claimedJzz, createCase, JZZ_COMPLETE } from '../support/case-helpers';
import { eventually, notificationRows, WebhookReceiver } from '../support/notification-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { bearer, createTestApp, MONDAY_MORNING, TestApp } from '../support/test-app';

const SECRET = 'webhook-secret-for-tests-0123';
/** The sender looks often in tests; the clock is pinned, so retries wait until a test moves it. */
const FAST = { NOTIFY_POLL_MS: '100' };

async function acceptCase(t: TestApp, phone = APPLICANT.phone) {
  const res = await createCase(t, await t.login('clerk1'), { applicant: { ...APPLICANT, phone }, serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' });
  expect(res.status).toBe(201);
  return res.body as { id: number; caseNumber: string; queryCode: string };
}

describe('notifications: log driver, hooks, the admin list (e2e)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ ...FAST, NOTIFY_AHEAD: '3' });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const list = (query = '', token = admin) => t.http().get(`/api/v1/notifications${query}`).set(bearer(token));

  it('a case accepted with a mobile phone queues case_accepted with its query code, and the log driver sends it', async () => {
    const c = await acceptCase(t);
    const [row] = (await notificationRows(t, 'case_accepted')).filter((r) => r.dedupeKey === `case_accepted:${c.id}`);
    expect(row).toMatchObject({ to: APPLICANT.phone, text: expect.stringContaining(`查询码 ${c.queryCode}`) });
    expect(row.text).toContain(c.caseNumber);
    const sent = await eventually(async () => {
      const [r] = (await notificationRows(t, 'case_accepted')).filter((x) => x.id === row.id);
      expect(r.status).toBe('sent');
      return r;
    });
    expect(sent).toMatchObject({ attempts: 1, sentAt: MONDAY_MORNING, nextAttemptAt: null, lastError: null });
  });

  it('a landline gets no SMS', async () => {
    const c = await acceptCase(t, '0571-88888888');
    expect((await notificationRows(t)).filter((r) => r.dedupeKey === `case_accepted:${c.id}`)).toEqual([]);
  });

  it('一次性告知 at intake queues materials_missing naming the missing materials', async () => {
    const res = await createCase(t, await t.login('clerk1'), {
      serviceItemCode: 'JZZ', decision: 'notify',
      materials: [{ code: 'ID', status: 'missing' }, { code: 'PHOTO', status: 'provided' }, { code: 'RESIDENCE', status: 'provided' }],
    });
    expect(res.status).toBe(201);
    const rows = (await notificationRows(t, 'materials_missing')).filter((r) => r.dedupeKey.startsWith(`materials_missing:${res.body.id}:`));
    expect(rows).toHaveLength(1);
    expect(rows[0].text).toMatch(/尚缺 .+，请一次性备齐后到综合窗口补正/);
    expect(rows[0].text).toContain(res.body.caseNumber);
  });

  it('a result ready for pickup queues ready_for_pickup once', async () => {
    const c = await claimedJzz(t);
    await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
    await caseAction(t, await t.login('clerk1'), c.id, 'ready-for-pickup').expect(200);
    const rows = (await notificationRows(t, 'ready_for_pickup')).filter((r) => r.dedupeKey === `ready_for_pickup:${c.id}`);
    expect(rows).toHaveLength(1);
    expect(rows[0].text).toContain('请携带本人身份证到综合窗口领取');
  });

  it('ticket_near: after each call, the waiting tickets with a phone within NOTIFY_AHEAD are told once', async () => {
    const phones = ['', '13900000002', '', '', '13900000005', '13900000006'];
    const tickets: Array<{ id: number; number: string }> = [];
    for (const phone of phones) tickets.push((await issue(t, phone ? { queueCode: 'C', phone } : { queueCode: 'C' }).expect(201)).body);
    const clerk = await openWindow(t, 'clerk6', 6); // window 6 serves C only

    await windowAction(t, clerk, 6, 'call-next').expect(200); // C001 called: C002 is next, C005 has 3 ahead
    let near = await notificationRows(t, 'ticket_near');
    expect(near.map((r) => [r.dedupeKey, r.to])).toEqual([
      [`ticket_near:${tickets[1].id}`, '13900000002'],
      [`ticket_near:${tickets[4].id}`, '13900000005'],
    ]);
    expect(near[0].text).toBe(`【OneWindow】您的号码 ${tickets[1].number} 下一位即将叫到，请到等候区留意叫号。`);
    expect(near[1].text).toBe(`【OneWindow】您的号码 ${tickets[4].number} 前面还有 3 人，请留意叫号。`);

    await windowAction(t, clerk, 6, 'no-show').expect(200);
    await windowAction(t, clerk, 6, 'call-next').expect(200); // C002 called: C006 now has 3 ahead; C005 is not told again
    near = await notificationRows(t, 'ticket_near');
    expect(near.map((r) => r.dedupeKey)).toEqual([`ticket_near:${tickets[1].id}`, `ticket_near:${tickets[4].id}`, `ticket_near:${tickets[5].id}`]);
    expect(near[2].text).toContain(`${tickets[5].number} 前面还有 3 人`);
    await eventually(async () => expect((await notificationRows(t, 'ticket_near')).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']));
  });

  it('GET /api/v1/notifications: admin only, newest first, phones and query codes masked, no-store', async () => {
    const res = await list().expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.body as Array<Record<string, unknown>>;
    expect(body.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(body[0]).sort()).toEqual(['attempts', 'createdAt', 'id', 'kind', 'lastError', 'nextAttemptAt', 'sentAt', 'status', 'text', 'to'].sort());
    expect(body.map((n) => n.id)).toEqual([...body.map((n) => n.id as number)].sort((a, b) => b - a));
    expect(JSON.stringify(body)).not.toMatch(/1[3-9]\d{9}/);
    expect(body.find((n) => n.kind === 'case_accepted')).toMatchObject({ to: '138****8000', text: expect.stringContaining('查询码 ******') });
    expect(body.find((n) => n.kind === 'ticket_near')?.to).toMatch(/^139\*{4}000\d$/);
    expect(body[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+08:00$/);
  });

  it.each([
    ['?kind=ticket_near', (n: { kind: string }) => n.kind === 'ticket_near', 3],
    ['?status=sent&kind=case_accepted', (n: { kind: string; status: string }) => n.kind === 'case_accepted' && n.status === 'sent', 2], // the first case and claimedJzz's
    ['?status=failed', () => false, 0],
  ])('filters %s', async (query, keep, count) => {
    const body = (await list(query).expect(200)).body as Array<{ kind: string; status: string }>;
    expect(body.length).toBe(count);
    expect(body.every(keep)).toBe(true);
  });

  it.each(['?status=done', '?kind=sms', '?status=sent&status=failed', '?other=1'])('a bad filter %s is 400 VALIDATION_FAILED', async (query) => {
    const res = await list(query).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it.each(['clerk1', 'supervisor', 'officer-zl'])('%s gets 403', async (username) => {
    await list('', await t.login(username)).expect(403);
  });

  it('without a token: 401', async () => {
    await t.http().get('/api/v1/notifications').expect(401);
  });

  it('the admin page is served with the navigation link', async () => {
    const res = await t.http().get('/admin/notifications').expect(200);
    expect(res.text).toContain('短信通知');
    expect(res.text).toContain('/assets/js/admin-notifications.js');
    expect((await t.http().get('/admin/audit').expect(200)).text).toContain('href="/admin/notifications"');
  });
});

describe('notifications: webhook driver (e2e)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    t = await createTestApp({ ...FAST, NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: receiver.url, NOTIFY_WEBHOOK_SECRET: SECRET });
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('POSTs {id, kind, to, text, createdAt} signed over the exact body', async () => {
    const c = await acceptCase(t);
    const call = await eventually(async () => {
      const found = receiver.calls.find((x) => JSON.parse(x.body).text.includes(c.caseNumber));
      expect(found).toBeDefined();
      return found!;
    });
    const body = JSON.parse(call.body);
    expect(Object.keys(body)).toEqual(['id', 'kind', 'to', 'text', 'createdAt']);
    expect(body).toMatchObject({ kind: 'case_accepted', to: APPLICANT.phone, text: expect.stringContaining(`查询码 ${c.queryCode}`), createdAt: '2026-11-23T09:30:00+08:00' });
    expect(call.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isValidWebhookSignature(call.body, SECRET, call.signature)).toBe(true);
    expect(isValidWebhookSignature(call.body, 'another-secret-0000000', call.signature)).toBe(false);
    expect(call.contentType).toMatch(/^application\/json/);
    await eventually(async () => expect((await notificationRows(t)).find((r) => r.id === body.id)).toMatchObject({ status: 'sent', attempts: 1 }));
  });

  it('a receiver answering 500 first: retried after the backoff, sent at the second attempt', async () => {
    receiver.answers.push(500);
    const before = receiver.calls.length;
    const c = await acceptCase(t);
    const key = `case_accepted:${c.id}`;
    const failed = await eventually(async () => {
      const row = (await notificationRows(t)).find((r) => r.dedupeKey === key)!;
      expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 500' });
      return row;
    });
    expect(failed.nextAttemptAt).toBe(t.clock.now() + 10_000);
    await new Promise((r) => setTimeout(r, 300)); // several polls: not due yet, nothing sent
    expect(receiver.calls.length).toBe(before + 1);

    t.clock.advance(10_000);
    const sent = await eventually(async () => {
      const row = (await notificationRows(t)).find((r) => r.dedupeKey === key)!;
      expect(row.status).toBe('sent');
      return row;
    });
    expect(sent).toMatchObject({ attempts: 2, lastError: null, sentAt: t.clock.now() });
    const ids = receiver.calls.slice(before).map((x) => JSON.parse(x.body).id);
    expect(ids).toEqual([sent.id, sent.id]);
    const view = ((await t.http().get('/api/v1/notifications?kind=case_accepted').set(bearer(await t.login('admin'))).expect(200)).body as Array<{ id: number }>).find((n) => n.id === sent.id);
    expect(view).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after NOTIFY_MAX_ATTEMPTS: failed', async () => {
    receiver.answers.push(503, 503, 503, 503, 503, 503);
    const c = await acceptCase(t);
    const key = `case_accepted:${c.id}`;
    for (let attempt = 1; attempt <= 6; attempt++) {
      await eventually(async () => expect((await notificationRows(t)).find((r) => r.dedupeKey === key)!.attempts).toBe(attempt));
      t.clock.advance(3_600_000);
    }
    expect((await notificationRows(t)).find((r) => r.dedupeKey === key)).toMatchObject({ status: 'failed', attempts: 6, lastError: 'HTTP 503', nextAttemptAt: null });
  });
});

describe('notifications survive a restart (e2e)', () => {
  it('a message pending when the app stops (receiver down) is sent by the next start', async () => {
    const receiver = await new WebhookReceiver().start();
    const port = receiver.port;
    await receiver.stop(); // down: connections are refused
    const clock = new FixedClock(MONDAY_MORNING);
    const env = { ...FAST, NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: receiver.url, NOTIFY_WEBHOOK_SECRET: SECRET };
    const first = await createTestApp(env, clock);
    let second: TestApp | null = null;
    try {
      const c = await acceptCase(first);
      const key = `case_accepted:${c.id}`;
      await eventually(async () => expect((await notificationRows(first)).find((r) => r.dedupeKey === key)).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('ECONNREFUSED') }));
      await first.close({ keepData: true });

      await receiver.start(port);
      clock.advance(10_000);
      second = await createTestApp(env, clock, { database: first.database });
      const row = await eventually(async () => {
        const r = (await notificationRows(second!)).find((x) => x.dedupeKey === key)!;
        expect(r.status).toBe('sent');
        return r;
      });
      expect(row.attempts).toBe(2);
      expect(receiver.calls.map((x) => JSON.parse(x.body).id)).toEqual([row.id]);
    } finally {
      await (second ?? first).close();
      await receiver.stop();
    }
  });

  it('a send cut short by the shutdown is not counted as a try: the next start sends it', async () => {
    const receiver = await new WebhookReceiver().start();
    receiver.answers.push(0); // the first call hangs until the app stops
    const clock = new FixedClock(MONDAY_MORNING);
    const env = { ...FAST, NOTIFY_DRIVER: 'webhook', NOTIFY_WEBHOOK_URL: receiver.url, NOTIFY_WEBHOOK_SECRET: SECRET, NOTIFY_WEBHOOK_TIMEOUT_MS: '60000' };
    const first = await createTestApp(env, clock);
    let second: TestApp | null = null;
    try {
      const c = await acceptCase(first);
      await eventually(async () => expect(receiver.calls).toHaveLength(1));
      await first.close({ keepData: true });

      second = await createTestApp(env, clock, { database: first.database });
      const row = await eventually(async () => {
        const r = (await notificationRows(second!)).find((x) => x.dedupeKey === `case_accepted:${c.id}`)!;
        expect(r.status).toBe('sent');
        return r;
      });
      expect(row).toMatchObject({ attempts: 1, lastError: null });
      expect(receiver.calls).toHaveLength(2);
    } finally {
      await (second ?? first).close();
      await receiver.stop();
    }
  });
});
