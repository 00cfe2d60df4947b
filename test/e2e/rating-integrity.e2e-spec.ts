import { countRows } from '../support/queue-helpers';
import { pairedDevice } from '../support/device-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { deliveredJzz, finishedTicket, padRate, rows } from '../support/evaluation-helpers';

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
});
