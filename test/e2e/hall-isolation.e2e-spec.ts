import type { Socket } from 'socket.io-client';
import { APPLICANT, AGENT, caseAction, createCase, getCase, JZZ_COMPLETE } from '../support/case-helpers';
import { pairedDevice } from '../support/device-helpers';
import { finishedTicket, listRectifications, padPending, rate, rectification } from '../support/evaluation-helpers';
import { issue, windowAction } from '../support/queue-helpers';
import { connect, subscribe } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * Staff work only in their halls (API.md: 403 HALL_FORBIDDEN), and a case's full personal data goes only to
 * staff of its hall or its departments. A second hall, a service point `P1` with one window, is set up through
 * the admin API, with a clerk who works only there; the demo accounts work in `TC`.
 */
describe('hall isolation and personal data by need (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let clerkP1: string;
  let clerkTC: string;
  /** A JZZ case (ZL) taken in at P1 by its clerk, with an agent. */
  let p1Case: { id: number; caseNumber: string };
  /** A JZZ case taken in at TC by clerk1. */
  let tcCase: { id: number; caseNumber: string };
  const sockets: Socket[] = [];
  const FULL_ID = APPLICANT.idNumber;
  const FULL_PHONE = APPLICANT.phone;

  const forbiddenHall = (res: { status: number; body: { code?: string } }) => {
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'HALL_FORBIDDEN' });
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    const as = (path: string, body: unknown) => t.http().post(path).set(bearer(admin)).send(body as object);
    await as('/api/v1/halls', { code: 'P1', name: '桐城第一社区服务站', kind: 'point', parentHall: 'TC' }).expect(201);
    await as('/api/v1/halls/P1/queues', { code: 'A', name: '民生保障' }).expect(201);
    await as('/api/v1/halls/P1/windows', { number: 1, name: '1号综合窗口', kind: 'comprehensive', queueCodes: [] }).expect(201);
    await as('/api/v1/users', { username: 'clerk-p1', displayName: '服务站受理员', password: 'Tongcheng-2026', roles: ['clerk'], hallCodes: ['P1'] }).expect(201);
    const first = await t.http().post('/api/v1/auth/login').send({ username: 'clerk-p1', password: 'Tongcheng-2026' }).expect(200);
    await t.http().post('/api/v1/auth/password').set(bearer(first.body.accessToken)).send({ currentPassword: 'Tongcheng-2026', newPassword: 'Station-One-2026' }).expect(204);
    clerkP1 = await t.login('clerk-p1', 'Station-One-2026');
    clerkTC = await t.login('clerk1');
    p1Case = (await createCase(t, clerkP1, { hall: 'P1', serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent: AGENT }).expect(201)).body;
    tcCase = (await createCase(t, clerkTC, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(201)).body;
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  afterAll(() => t.close());

  describe('windows and queues', () => {
    const ACTIONS: Array<[string, Record<string, unknown> | undefined]> = [
      ['open', undefined], ['pause', undefined], ['resume', undefined], ['close', undefined], ['call-next', undefined],
      ['recall', undefined], ['start', undefined], ['no-show', undefined], ['hold', undefined], ['unhold', { ticketId: 1 }],
      ['finish', undefined], ['transfer', { queueCode: 'B' }],
    ];

    it.each(ACTIONS)('a clerk of P1 → 403 HALL_FORBIDDEN on TC window 1 %s, and the window is unchanged', async (action, body) => {
      forbiddenHall(await windowAction(t, clerkP1, 1, action, body, 'TC'));
      const view = await t.http().get('/api/v1/halls/TC/windows/1').set(bearer(clerkTC)).expect(200);
      expect(view.body.window).toMatchObject({ status: 'closed', operatorId: null });
    });

    it('a clerk of TC → 403 HALL_FORBIDDEN on P1 window 1 (view, open, call-next); admin is not hall-bound', async () => {
      forbiddenHall(await t.http().get('/api/v1/halls/P1/windows/1').set(bearer(clerkTC)));
      forbiddenHall(await windowAction(t, clerkTC, 1, 'open', undefined, 'P1'));
      forbiddenHall(await windowAction(t, clerkTC, 1, 'call-next', undefined, 'P1'));
      await t.http().get('/api/v1/halls/P1/windows/1').set(bearer(admin)).expect(200);
      await t.http().get('/api/v1/halls/P1/windows/1').set(bearer(await t.login('supervisor'))).expect(200);
    });

    it('the window pad of another hall: a TC pad → 403 DEVICE_WRONG_PLACE; staff never use a pad (DEVICE_REQUIRED)', async () => {
      const tcPad = await pairedDevice(t, 'pad', 1);
      const res = await padPending(t, tcPad.token, 1, 'P1');
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'DEVICE_WRONG_PLACE' });
      const clerk = await padPending(t, clerkTC, 1, 'P1');
      expect({ status: clerk.status, code: clerk.body.code }).toEqual({ status: 403, code: 'DEVICE_REQUIRED' });
    });

    it('a clerk of P1 serves its own window; the ticket phone is masked in the console data', async () => {
      await issue(t, { queueCode: 'A', phone: '13800138000' }, 'P1').expect(201);
      await windowAction(t, clerkP1, 1, 'open', undefined, 'P1').expect(200);
      const called = await windowAction(t, clerkP1, 1, 'call-next', undefined, 'P1').expect(200);
      expect(called.body.ticket).toMatchObject({ number: 'A001', phone: '138****8000' });
      const view = await t.http().get('/api/v1/halls/P1/windows/1').set(bearer(clerkP1)).expect(200);
      expect(view.headers['cache-control']).toBe('no-store');
      expect(JSON.stringify(view.body)).not.toContain('13800138000');
      await windowAction(t, clerkP1, 1, 'start', undefined, 'P1').expect(200);
      await windowAction(t, clerkP1, 1, 'finish', undefined, 'P1').expect(200);
      await windowAction(t, clerkP1, 1, 'close', undefined, 'P1').expect(200);
    });
  });

  describe('cases', () => {
    it('a clerk of TC cannot take in a case at P1 (403 HALL_FORBIDDEN), and nothing is written', async () => {
      const before = (await t.http().get('/api/v1/cases?hall=P1').set(bearer(admin)).expect(200)).body.length;
      forbiddenHall(await createCase(t, clerkTC, { hall: 'P1', serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }));
      expect((await t.http().get('/api/v1/cases?hall=P1').set(bearer(admin)).expect(200)).body).toHaveLength(before);
    });

    it('a clerk of TC → 403 HALL_FORBIDDEN reading or acting on a P1 case; the case is unchanged', async () => {
      forbiddenHall(await getCase(t, clerkTC, p1Case.id));
      forbiddenHall(await caseAction(t, clerkTC, p1Case.id, 'withdraw', { reason: '申请人撤回' }));
      expect((await getCase(t, clerkP1, p1Case.id).expect(200)).body.status).toBe('dispatched');
    });

    it('a clerk of P1 → 403 HALL_FORBIDDEN on a TC case', async () => {
      forbiddenHall(await getCase(t, clerkP1, tcCase.id));
    });

    it('staff of the case’s hall and of its department get the full personal data, with no-store', async () => {
      for (const token of [clerkP1, await t.login('officer-zl'), await t.login('head-zl')]) {
        const res = await getCase(t, token, p1Case.id).expect(200);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.body).toMatchObject({ hall: 'P1', personalData: 'full', applicant: APPLICANT, agent: AGENT });
      }
    });

    it('an officer of another department → 403; supervisor and admin, of neither, get ID numbers and phones masked', async () => {
      expect((await getCase(t, await t.login('officer-gg'), p1Case.id)).status).toBe(403);
      for (const token of [await t.login('supervisor'), admin]) {
        const res = await getCase(t, token, p1Case.id).expect(200);
        expect(res.body).toMatchObject({
          personalData: 'masked',
          applicant: { name: APPLICANT.name, idNumber: '3301**********123X', phone: '138****8000' },
          agent: { type: 'proxy', name: AGENT.name, idNumber: '3301**********2214', phone: '139****9000' },
        });
        expect(JSON.stringify(res.body)).not.toContain(FULL_ID);
      }
    });

    it('an action answers in the same form as a read (masked for the supervisor)', async () => {
      const res = await caseAction(t, await t.login('supervisor'), p1Case.id, 'supervise', { note: '请加快办理' }).expect(200);
      expect(res.body).toMatchObject({ supervised: true, personalData: 'masked' });
      expect(JSON.stringify(res.body)).not.toContain(FULL_ID);
    });

    it('lists keep to the user’s halls and departments and carry no ID numbers or phones', async () => {
      const list = async (token: string, query = '') => {
        const res = await t.http().get(`/api/v1/cases${query}`).set(bearer(token)).expect(200);
        expect(res.headers['cache-control']).toBe('no-store');
        const text = JSON.stringify(res.body);
        expect(text).not.toContain(FULL_ID);
        expect(text).not.toContain(FULL_PHONE);
        return (res.body as Array<{ caseNumber: string }>).map((c) => c.caseNumber);
      };
      const tcList = await list(clerkTC);
      expect(tcList).toContain(tcCase.caseNumber);
      expect(tcList).not.toContain(p1Case.caseNumber);
      expect(await list(clerkP1)).toEqual([p1Case.caseNumber]);
      expect(await list(await t.login('officer-zl'))).toEqual(expect.arrayContaining([p1Case.caseNumber, tcCase.caseNumber]));
      expect(await list(await t.login('officer-gg'))).not.toContain(p1Case.caseNumber);
      expect(await list(await t.login('supervisor'), '?hall=P1')).toEqual([p1Case.caseNumber]);
      expect(await list(admin)).toEqual(expect.arrayContaining([p1Case.caseNumber, tcCase.caseNumber]));
      forbiddenHall(await t.http().get('/api/v1/cases?hall=P1').set(bearer(clerkTC)));
    });

    it('the public status page masks the applicant and is not cached', async () => {
      const c = (await getCase(t, clerkP1, p1Case.id).expect(200)).body;
      const res = await t.http().get(`/api/v1/public/cases/${c.caseNumber}?code=${c.queryCode}`).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(JSON.stringify(res.body)).not.toContain(FULL_ID);
      expect(JSON.stringify(res.body)).not.toContain(FULL_PHONE);
    });
  });

  describe('rectifications of a window', () => {
    it('belong to the clerks of that window’s hall', async () => {
      const ticket = await finishedTicket(t, 'clerk2', 2);
      const id = (await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 1 }).expect(201)).body.rectificationId;
      await rectification(t, clerkTC, id).expect(200);
      expect((await rectification(t, clerkP1, id)).status).toBe(403);
      const seen = (await listRectifications(t, clerkP1).expect(200)).body as Array<{ id: number }>;
      expect(seen.map((r) => r.id)).not.toContain(id);
      expect(((await listRectifications(t, clerkTC).expect(200)).body as Array<{ id: number }>).map((r) => r.id)).toContain(id);
    });
  });

  describe('staff sockets', () => {
    it('a staff socket of P1 → HALL_FORBIDDEN subscribing to TC (hall and window rooms); its own hall is fine', async () => {
      const s = await connect(t.url, clerkP1);
      sockets.push(s);
      for (const body of [{ hall: 'TC' }, { hall: 'TC', window: 1 }]) {
        const ack = await subscribe(s, body);
        expect(ack).toMatchObject({ ok: false, error: { statusCode: 403, code: 'HALL_FORBIDDEN' } });
      }
      expect(await subscribe(s, { hall: 'P1' })).toMatchObject({ ok: true });
    });

    it('public screens (no token) still subscribe to any hall; overseers too', async () => {
      const screen = await connect(t.url);
      const supervisor = await connect(t.url, await t.login('supervisor'));
      sockets.push(screen, supervisor);
      expect(await subscribe(screen, { hall: 'TC' })).toMatchObject({ ok: true });
      expect(await subscribe(supervisor, { hall: 'P1' })).toMatchObject({ ok: true });
    });
  });
});
