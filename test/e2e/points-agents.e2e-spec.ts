import { APPLICANT, AGENT, caseAction, createCase, getCase, JZZ_COMPLETE } from '../support/case-helpers';
import { rows } from '../support/evaluation-helpers';
import { binary, csvLines, readWorkbook } from '../support/export-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const WITH_MANDATE = [...JZZ_COMPLETE, { code: 'MANDATE', status: 'provided' }];

/** 多点可办 and 代办: the demo point TC01 and its agent agent1 (config/demo-centre.json). */
describe('community points and agents (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  const fileAtPoint = async (body: Record<string, unknown> = {}) =>
    createCase(t, await t.login('agent1'), { hall: 'TC01', serviceItemCode: 'JZZ', materials: WITH_MANDATE, decision: 'accept', ...body });
  const list = async (who: string, query = '') => (await t.http().get(`/api/v1/cases${query}`).set(bearer(await t.login(who))).expect(200)).body as Array<{ id: number; hallCode?: string; caseNumber: string }>;
  async function decide(id: number) {
    const officer = await t.login('officer-zl');
    await caseAction(t, officer, id, 'claim').expect(200);
    await caseAction(t, officer, id, 'decide', { outcome: 'approved' }).expect(200);
  }

  it('an agent files at its point: the case carries the point and the agent, needs the mandate, and lands in the department inbox', async () => {
    const missing = await fileAtPoint({ materials: JZZ_COMPLETE });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'MATERIALS_MISSING', details: { missing: ['MANDATE'] } });

    const res = await fileAtPoint();
    expect(res.status).toBe(201);
    expect(res.body.caseNumber).toMatch(/^TC01/);
    const [stored] = await rows(t, 'SELECT hallCode, agentType, agentName, status FROM cases WHERE id = ?', [res.body.id]);
    expect(stored).toEqual({ hallCode: 'TC01', agentType: 'proxy', agentName: '桐一社区代办员', status: 'dispatched' });
    const materials = await rows(t, 'SELECT code, status, required FROM case_materials WHERE caseId = ? ORDER BY sortOrder', [res.body.id]);
    expect(materials.map((m) => [m.code, m.status])).toContainEqual(['MANDATE', 'provided']);

    // the ZL inbox gets it as any other case, and the officer sees its personal data (its department)
    expect((await list('officer-zl')).map((c) => c.id)).toContain(res.body.id);
    expect((await getCase(t, await t.login('officer-zl'), res.body.id).expect(200)).body.applicant.idNumber).toBe(APPLICANT.idNumber);
    // the centre's clerks work at TC, not at the point
    await getCase(t, await t.login('clerk1'), res.body.id).expect(403);
  });

  it("a point's clerk uses the console at the point (no windows) and files there; the case goes to the same inbox", async () => {
    const admin = await t.login('admin');
    await t.http().post('/api/v1/users').set(bearer(admin))
      .send({ username: 'clerk-tc01', displayName: '服务点受理员', password: 'Tongcheng-2026', roles: ['clerk'], hallCodes: ['TC01'] }).expect(201);
    const page = await t.http().get('/console/TC01').expect(200);
    expect(page.text).toContain('桐城第一社区便民服务点');
    const first = await t.http().post('/api/v1/auth/login').send({ username: 'clerk-tc01', password: 'Tongcheng-2026' }).expect(200);
    await t.http().post('/api/v1/auth/password').set(bearer(first.body.accessToken)).send({ currentPassword: 'Tongcheng-2026', newPassword: 'Tongcheng-2027' }).expect(204);
    const clerk = await t.login('clerk-tc01', 'Tongcheng-2027');
    const res = await createCase(t, clerk, { hall: 'TC01', serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent: AGENT });
    expect(res.status).toBe(201);
    expect((await rows(t, 'SELECT hallCode, agentName FROM cases WHERE id = ?', [res.body.id]))[0]).toEqual({ hallCode: 'TC01', agentName: AGENT.name });
    expect((await list('officer-zl')).map((c) => c.id)).toEqual([res.body.id]);
    expect((await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' })).status).toBe(403); // not at the centre
    expect(await list('agent1')).toEqual([]); // a clerk's case is no agent's
  });

  it.each([
    ['at the centre', { hall: 'TC' }, 403, 'HALL_FORBIDDEN'],
    ['with an agent block', { agent: AGENT }, 422, 'AGENT_FROM_ACCOUNT'],
    ['deciding on the spot (reject)', { decision: 'reject', reason: '材料不符' }, 422, 'AGENT_DECISION_NOT_ALLOWED'],
  ])('an agent filing %s is refused', async (_name, body, status, code) => {
    const res = await fileAtPoint(body);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(await rows(t, 'SELECT id FROM cases')).toEqual([]);
  });

  it('an agent lists and reads only its own cases; ?agent=me narrows a clerk to none', async () => {
    const mine = (await fileAtPoint()).body;
    const centre = (await createCase(t, await t.login('clerk1'), { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent: AGENT })).body;
    expect((await list('agent1')).map((c) => c.id)).toEqual([mine.id]);
    expect((await list('agent1', '?agent=me')).map((c) => c.id)).toEqual([mine.id]);
    await getCase(t, await t.login('agent1'), centre.id).expect(403);
    expect((await getCase(t, await t.login('agent1'), mine.id).expect(200)).body.applicant.idNumber).toBe(APPLICANT.idNumber);
    expect(await list('clerk1', '?agent=me')).toEqual([]);
    // ?hall= : supervisors see the point, the centre's clerks may not ask for it
    expect((await list('supervisor', '?hall=TC01')).map((c) => c.id)).toEqual([mine.id]);
    expect((await list('supervisor', '?hall=TC')).map((c) => c.id)).toEqual([centre.id]);
    const other = await t.http().get('/api/v1/cases?hall=TC01').set(bearer(await t.login('clerk1')));
    expect([other.status, other.body.code]).toEqual([403, 'HALL_FORBIDDEN']);
    // an agent does none of the back office's or the window's other acts
    await caseAction(t, await t.login('agent1'), mine.id, 'claim').expect(403);
    await caseAction(t, await t.login('agent1'), mine.id, 'withdraw', { reason: '不办了' }).expect(403);
  });

  it('officer decides, the agent collects: pickup records the agent; supervision counts by hall; figures count visits', async () => {
    const agentCase = (await fileAtPoint()).body;
    // a centre case with a supplement at the window, posted: two visits
    const clerk = await t.login('clerk1');
    const centre = (await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE.filter((m) => m.code !== 'RESIDENCE'), decision: 'notify' })).body;
    expect(centre.status).toBe('awaiting_supplement');
    await caseAction(t, clerk, centre.id, 'supplement', { materials: [{ code: 'RESIDENCE', status: 'provided' }] }).expect(200);

    const overview = (await t.http().get('/api/v1/supervision/overview?hall=TC').set(bearer(await t.login('supervisor'))).expect(200)).body;
    expect(overview.halls.map((h: { code: string; total: number }) => [h.code, h.total])).toEqual([['TC', 1], ['TC01', 1]]);

    await decide(agentCase.id);
    await decide(centre.id);
    // another agent's case is not its to collect; a post is not an agent's pickup
    await caseAction(t, await t.login('agent1'), centre.id, 'deliver', { method: 'window' }).expect(403);
    const post = await caseAction(t, await t.login('agent1'), agentCase.id, 'deliver', { method: 'post', trackingNo: 'SF1' });
    expect([post.status, post.body.code]).toEqual([400, 'COLLECTOR_INVALID']);
    const picked = await caseAction(t, await t.login('agent1'), agentCase.id, 'deliver', { method: 'window' }).expect(200);
    expect(picked.body).toMatchObject({ status: 'delivered', delivery: { method: 'window', collectedBy: { type: 'agent', name: '桐一社区代办员' } } });
    const me = (await t.http().get('/api/v1/auth/me').set(bearer(await t.login('agent1'))).expect(200)).body;
    expect((await rows(t, 'SELECT collectedByType, deliveredBy FROM cases WHERE id = ?', [agentCase.id]))[0]).toEqual({ collectedByType: 'agent', deliveredBy: me.id });
    await caseAction(t, clerk, centre.id, 'deliver', { method: 'post', trackingNo: 'SF1234567890' }).expect(200);

    const figures = (await t.http().get('/api/v1/supervision/figures/points?hall=TC').set(bearer(await t.login('supervisor'))).expect(200)).body;
    expect(figures.byHall).toEqual([
      { code: 'TC', name: '桐城街道党群服务中心', kind: 'centre', cases: 1, byAgent: 0 },
      { code: 'TC01', name: '桐城第一社区便民服务点', kind: 'point', cases: 1, byAgent: 1 },
    ]);
    expect(figures.byAgent).toEqual([{ userId: me.id, username: 'agent1', displayName: '桐一社区代办员', hallCode: 'TC01', cases: 1, delivered: 1 }]);
    expect(figures.visits).toMatchObject({ cases: 2, averageVisits: 1, oneVisit: 1, oneVisitShare: 0.5 });
    expect(figures.visits.perCase).toEqual([
      { caseNumber: agentCase.caseNumber, hallCode: 'TC01', visits: 0 },
      { caseNumber: centre.caseNumber, hallCode: 'TC', visits: 2 },
    ]);
    await t.http().get('/api/v1/supervision/figures/points').set(bearer(await t.login('agent1'))).expect(403);

    const supervisor = await t.login('supervisor');
    const file = (format: string) => t.http().get(`/api/v1/supervision/figures/points?hall=TC&format=${format}`).set(bearer(supervisor)).buffer(true).parse(binary).expect(200);
    const { bom, lines } = csvLines((await file('csv')).body);
    expect([bom, lines]).toEqual([true, ['受理点,编号,类型,受理件数,其中代办', '桐城街道党群服务中心,TC,中心,1,0', '桐城第一社区便民服务点,TC01,便民服务点,1,1', '合计,,,2,1']]);
    const book = await readWorkbook((await file('xlsx')).body);
    expect(book.worksheets[1].getRow(3).values).toEqual([undefined, '桐一社区代办员', 'agent1', 'TC01', 1, 1]);
  });
});
