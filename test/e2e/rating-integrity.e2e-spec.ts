import { countRows } from '../support/queue-helpers';
import { pairedDevice } from '../support/device-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { deliveredJzz, finishedTicket, padRate, rectification, rectificationAction as act, rows } from '../support/evaluation-helpers';

/** 好差评 are the residents' own: staff, the display account and devices cannot rate through the residents' route. */
describe('rating integrity: only residents rate on the public route (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  const rateAs = (token: string | null, body: object) => {
    const req = t.http().post('/api/v1/evaluations');
    return (token ? req.set(bearer(token)) : req).send(body);
  };
  const subjectAs = (token: string, query: Record<string, string | number>) =>
    t.http().get('/api/v1/evaluations/subject').query(query).set(bearer(token));

  it('clerk1 cannot rate their own visit 5; the resident’s later rating still counts', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const own = await rateAs(await t.login('clerk1'), { ticketId: ticket.id, token: ticket.statusToken, score: 5 }).expect(403);
    expect(own.body).toMatchObject({ statusCode: 403, code: 'RATING_RESIDENTS_ONLY' });
    expect(await countRows(t, 'evaluations')).toBe(0);
    const resident = await rateAs(null, { ticketId: ticket.id, token: ticket.statusToken, score: 2, comment: '等太久' }).expect(201);
    expect(resident.body).toMatchObject({ score: 2, source: 'resident', rectificationId: expect.any(Number) });
  });

  it('clerk2 cannot rate a colleague’s visit 1: 403, no rating and no complaint opened', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const res = await rateAs(await t.login('clerk2'), { ticketId: ticket.id, token: ticket.statusToken, score: 1, comment: '态度差' }).expect(403);
    expect(res.body.code).toBe('RATING_RESIDENTS_ONLY');
    expect(await countRows(t, 'evaluations')).toBe(0);
    expect(await countRows(t, 'rectifications')).toBe(0);
  });

  it('the display account, a supervisor, an officer and the admin are refused, for visits and cases alike', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const c = await deliveredJzz(t);
    for (const who of ['screen', 'supervisor', 'officer-zl', 'admin']) {
      const token = await t.login(who);
      expect((await rateAs(token, { ticketId: ticket.id, token: ticket.statusToken, score: 1 }).expect(403)).body.code).toBe('RATING_RESIDENTS_ONLY');
      expect((await rateAs(token, { caseNumber: c.caseNumber, code: c.queryCode, score: 1 }).expect(403)).body.code).toBe('RATING_RESIDENTS_ONLY');
      expect((await subjectAs(token, { ticketId: ticket.id, token: ticket.statusToken }).expect(403)).body.code).toBe('RATING_RESIDENTS_ONLY');
    }
    expect(await countRows(t, 'evaluations')).toBe(0);
    expect(await countRows(t, 'rectifications')).toBe(0);
  });

  it('devices cannot rate on the residents’ route: a kiosk, and a pad (it rates through its own window route)', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const kiosk = (await pairedDevice(t, 'kiosk')).token;
    const pad1 = (await pairedDevice(t, 'pad', 1)).token;
    for (const token of [kiosk, pad1, 'owd.1.' + 'x'.repeat(43), 'not-a-token']) {
      expect((await rateAs(token, { ticketId: ticket.id, token: ticket.statusToken, score: 1 }).expect(403)).body.code).toBe('RATING_RESIDENTS_ONLY');
      expect((await subjectAs(token, { ticketId: ticket.id, token: ticket.statusToken }).expect(403)).body.code).toBe('RATING_RESIDENTS_ONLY');
    }
    expect(await countRows(t, 'evaluations')).toBe(0);
    // the pad of that window still rates on its own route, as a pad rating
    await padRate(t, pad1, 1, { score: 4, ticketId: ticket.id }).expect(201);
    expect(await rows(t, 'SELECT source FROM evaluations')).toEqual([{ source: 'pad' }]);
  });

  it('the resident’s look-up still answers without a token', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const res = await t.http().get('/api/v1/evaluations/subject').query({ ticketId: ticket.id, token: ticket.statusToken }).expect(200);
    expect(res.body).toMatchObject({ rateable: true, rated: false });
  });

  describe('a complaint about a window is verified and closed by someone other than the clerk rated', () => {
    it('clerk1 works the complaint about their own visit but cannot verify or close it; a supervisor does', async () => {
      const ticket = await finishedTicket(t, 'clerk1', 1);
      const { body } = await rateAs(null, { ticketId: ticket.id, token: ticket.statusToken, score: 1, comment: '态度差' }).expect(201);
      const id = body.rectificationId;
      const clerk1 = await t.login('clerk1');
      const supervisor = await t.login('supervisor');
      const me = (await t.http().get('/api/v1/auth/me').set(bearer(clerk1)).expect(200)).body;
      expect(await rows(t, 'SELECT ratedUserId FROM rectifications WHERE id = ?', [id])).toEqual([{ ratedUserId: me.id ?? me.user?.id }]);

      expect((await rectification(t, clerk1, id).expect(200)).body.actions).toEqual(['appeal']);
      expect((await act(t, clerk1, id, 'verify', { note: '我没问题' }).expect(403)).body.code).toBe('FORBIDDEN');
      expect(await countRows(t, 'rectification_events')).toBe(1);
      expect((await rectification(t, supervisor, id).expect(200)).body.actions).toEqual(['verify']);
      await act(t, supervisor, id, 'verify', { note: '调取录像，属实' }).expect(200);
      await act(t, clerk1, id, 'rectify', { note: '已学习服务规范' }).expect(200);
      const replied = await act(t, clerk1, id, 'reply', { note: '已电话致歉' }).expect(200);
      expect(replied.body).toMatchObject({ status: 'replied', actions: [] });
      expect((await act(t, clerk1, id, 'revisit', { note: '群众满意', satisfied: true }).expect(403)).body.code).toBe('FORBIDDEN');
      expect(await rows(t, 'SELECT status FROM rectifications WHERE id = ?', [id])).toEqual([{ status: 'replied' }]);
      const closed = await act(t, supervisor, id, 'revisit', { note: '回访，群众满意', satisfied: true }).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', result: 'rectified' });
    });

    it('a colleague of the front desk neither verifies nor closes it either', async () => {
      const ticket = await finishedTicket(t, 'clerk2', 2);
      const id = (await rateAs(null, { ticketId: ticket.id, token: ticket.statusToken, score: 2 }).expect(201)).body.rectificationId;
      const clerk3 = await t.login('clerk3');
      expect((await rectification(t, clerk3, id).expect(200)).body.actions).toEqual(['appeal']);
      await act(t, clerk3, id, 'verify').expect(403);
      await act(t, await t.login('screen'), id, 'verify').expect(403);
      await act(t, await t.login('admin'), id, 'verify').expect(403);
      expect(await countRows(t, 'rectification_events')).toBe(1);
    });

    it('a complaint about a department is verified and closed by its head, not its officers', async () => {
      const c = await deliveredJzz(t);
      const id = (await rateAs(null, { caseNumber: c.caseNumber, code: c.queryCode, score: 1 }).expect(201)).body.rectificationId;
      const officer = await t.login('officer-zl');
      const head = await t.login('head-zl');
      expect((await rectification(t, officer, id).expect(200)).body.actions).toEqual(['appeal']);
      await act(t, officer, id, 'verify').expect(403);
      await act(t, await t.login('supervisor'), id, 'verify').expect(403);
      await act(t, await t.login('head-gg'), id, 'verify').expect(403);
      await act(t, head, id, 'verify').expect(200);
      await act(t, officer, id, 'rectify').expect(200);
      await act(t, officer, id, 'reply').expect(200);
      await act(t, officer, id, 'revisit').expect(403);
      await act(t, head, id, 'revisit').expect(200);
    });
  });
});
