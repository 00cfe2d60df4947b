import { AGENT, APPLICANT, caseAction, createCase, getCase, JZZ_COMPLETE } from '../support/case-helpers';
import { rows } from '../support/evaluation-helpers';
import { openWindow } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';

const OTHER = { name: '王小五', idNumber: '110101198506150027' };

/** 出件: the window records who collected the result (applicant, agent, or a named person with ID number). */
describe('pickup records who collected the result (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  /** A JZZ case decided by ZL, waiting at the window; with the proxy agent when asked. */
  async function decided(withAgent = false): Promise<{ id: number; caseNumber: string; queryCode: string }> {
    const res = await createCase(t, await t.login('clerk1'), { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', ...(withAgent ? { agent: AGENT } : {}) });
    if (res.status !== 201) throw new Error(`accept: ${res.status} ${JSON.stringify(res.body)}`);
    const officer = await t.login('officer-zl');
    await caseAction(t, officer, res.body.id, 'claim').expect(200);
    await caseAction(t, officer, res.body.id, 'decide', { outcome: 'approved' }).expect(200);
    return res.body;
  }

  /** POST …/deliver as `who`, expecting `status`: the answer. */
  async function deliver(id: number, body: unknown, status: number, who = 'clerk1') {
    return caseAction(t, await t.login(who), id, 'deliver', body as Record<string, unknown>).expect(status);
  }
  const pickupColumns = async (id: number) =>
    (await rows(t, 'SELECT status, deliveryMethod, collectedByType, collectedByName, collectedByIdNumber, deliveredBy, deliveredAtWindow FROM cases WHERE id = ?', [id]))[0];

  it('the applicant collects at window 1: recorded on the case, in the detail and the trail, and the answer is logged as a personal-data read', async () => {
    await openWindow(t, 'clerk1', 1);
    const c = await decided();
    const res = await deliver(c.id, { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }, 200);
    expect(res.body).toMatchObject({
      status: 'delivered',
      delivery: { method: 'window', trackingNo: null, deliveredAt: '2026-11-23T09:30:00+08:00', collectedBy: { type: 'applicant', name: APPLICANT.name, idNumber: APPLICANT.idNumber }, windowNumber: 1 },
    });
    const me = (await t.http().get('/api/v1/auth/me').set({ Authorization: `Bearer ${await t.login('clerk1')}` }).expect(200)).body;
    expect(await pickupColumns(c.id)).toEqual({
      status: 'delivered', deliveryMethod: 'window', collectedByType: 'applicant', collectedByName: APPLICANT.name, collectedByIdNumber: APPLICANT.idNumber,
      deliveredBy: me.id, deliveredAtWindow: 1,
    });
    const deliverEvent = res.body.events.find((e: { action: string }) => e.action === 'deliver');
    expect(deliverEvent).toMatchObject({ actorName: '综合受理员一', payload: { method: 'window', collectedBy: { type: 'applicant', name: APPLICANT.name }, windowNumber: 1 } });
    expect(JSON.stringify(deliverEvent.payload)).not.toContain(APPLICANT.idNumber); // the trail carries no ID number
    const audit = await rows(t, "SELECT action, detail FROM audit_entries WHERE kind = 'personal_data' AND subjectId = ?", [String(c.id)]);
    expect(audit.map((a) => JSON.parse(a.detail).what)).toContain('action');
  });

  it('the agent collects: the case’s agent is recorded', async () => {
    const c = await decided(true);
    const res = await deliver(c.id, { method: 'window', collectedBy: { type: 'agent', idChecked: true } }, 200);
    expect(res.body.delivery).toMatchObject({ collectedBy: { type: 'agent', name: AGENT.name, idNumber: AGENT.idNumber }, windowNumber: null });
  });

  it('another named person collects with a valid ID number (trimmed, x upper-cased)', async () => {
    const c = await decided();
    const res = await deliver(c.id, { method: 'window', collectedBy: { type: 'other', name: ` ${OTHER.name} `, idNumber: OTHER.idNumber, idChecked: true } }, 200);
    expect(res.body.delivery.collectedBy).toEqual({ type: 'other', name: OTHER.name, idNumber: OTHER.idNumber });
    expect(await pickupColumns(c.id)).toMatchObject({ collectedByType: 'other', collectedByName: OTHER.name, collectedByIdNumber: OTHER.idNumber });
  });

  it("the contract's plain window pickup still works and records the applicant as the collector", async () => {
    const c = await decided();
    const res = await deliver(c.id, { method: 'window' }, 200);
    expect(res.body.status).toBe('delivered');
    expect(await pickupColumns(c.id)).toMatchObject({ collectedByType: 'applicant', collectedByName: expect.any(String) });
    expect(res.body.delivery.collectedBy).toMatchObject({ type: 'applicant' });
  });

  it('posting still takes only a tracking number, and records no collector', async () => {
    const c = await decided();
    const res = await deliver(c.id, { method: 'post', trackingNo: 'SF1234567890' }, 200);
    expect(res.body.delivery).toMatchObject({ method: 'post', trackingNo: 'SF1234567890', collectedBy: null });
  });

  it.each([
    ['the ID check not confirmed', { method: 'window', collectedBy: { type: 'applicant' } }, 400, 'COLLECTOR_REQUIRED'],
    ['the ID check false', { method: 'window', collectedBy: { type: 'applicant', idChecked: false } }, 400, 'COLLECTOR_REQUIRED'],
    ['another person without a name', { method: 'window', collectedBy: { type: 'other', idNumber: OTHER.idNumber, idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['another person with a blank name', { method: 'window', collectedBy: { type: 'other', name: '  ', idNumber: OTHER.idNumber, idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['another person without an ID number', { method: 'window', collectedBy: { type: 'other', name: OTHER.name, idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['another person with a wrong check digit', { method: 'window', collectedBy: { type: 'other', name: OTHER.name, idNumber: '110101198506150028', idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['the applicant with a typed ID number', { method: 'window', collectedBy: { type: 'applicant', idNumber: OTHER.idNumber, idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['a collector for a posted result', { method: 'post', trackingNo: 'SF1', collectedBy: { type: 'applicant', idChecked: true } }, 400, 'COLLECTOR_INVALID'],
    ['an unknown collector type', { method: 'window', collectedBy: { type: 'neighbour', idChecked: true } }, 400, 'VALIDATION_FAILED'],
    ['a collector that is an array', { method: 'window', collectedBy: [] }, 400, 'VALIDATION_FAILED'],
    ['a collector that is text', { method: 'window', collectedBy: 'applicant' }, 400, 'VALIDATION_FAILED'],
    ['idChecked as text', { method: 'window', collectedBy: { type: 'applicant', idChecked: 'yes' } }, 400, 'VALIDATION_FAILED'],
    ['an unknown collector field', { method: 'window', collectedBy: { type: 'applicant', idChecked: true, phone: '13800138000' } }, 400, 'VALIDATION_FAILED'],
    ['the agent of a case without one', { method: 'window', collectedBy: { type: 'agent', idChecked: true } }, 422, 'CASE_HAS_NO_AGENT'],
  ])('%s → %s %s, nothing changed', async (_what, body, status, code) => {
    const c = await decided();
    const before = await pickupColumns(c.id);
    const events = (await rows(t, 'SELECT COUNT(*) AS n FROM case_events WHERE caseId = ?', [c.id]))[0].n;
    const res = await deliver(c.id, body, status);
    expect(res.body).toMatchObject({ statusCode: status, code });
    expect(await pickupColumns(c.id)).toEqual(before);
    expect(before).toMatchObject({ status: 'decided_approved', collectedByType: null });
    expect((await rows(t, 'SELECT COUNT(*) AS n FROM case_events WHERE caseId = ?', [c.id]))[0].n).toBe(events);
  });

  it('only the front desk hands a result over: officers, heads, supervisors and the display account are refused', async () => {
    const c = await decided();
    const body = { method: 'window', collectedBy: { type: 'applicant', idChecked: true } };
    for (const who of ['officer-zl', 'head-zl', 'supervisor']) expect((await deliver(c.id, body, 403, who)).body.code).toBe('FORBIDDEN');
    await deliver(c.id, body, 403, 'screen');
    await t.http().post(`/api/v1/cases/${c.id}/deliver`).send(body).expect(401);
    expect(await pickupColumns(c.id)).toMatchObject({ status: 'decided_approved', collectedByType: null, deliveredBy: null });
  });

  it('masks the collector: the resident’s page says only 已领取 with the name masked; masked staff views mask the ID number', async () => {
    const c = await decided();
    await deliver(c.id, { method: 'window', collectedBy: { type: 'other', name: OTHER.name, idNumber: OTHER.idNumber, idChecked: true } }, 200);
    const pub = await t.http().get(`/api/v1/public/cases/${c.caseNumber}`).query({ code: c.queryCode }).expect(200);
    expect(pub.body.delivery).toEqual({ method: 'window', trackingNo: null, collectedBy: '王*五' });
    expect(pub.body.timeline.at(-1)).toMatchObject({ status: 'delivered', text: '已领取（领取人 王*五）' });
    expect(JSON.stringify(pub.body)).not.toContain(OTHER.name);
    expect(JSON.stringify(pub.body)).not.toContain(OTHER.idNumber);
    const page = await t.http().get(`/c/${c.caseNumber}`).query({ code: c.queryCode }).expect(200);
    expect(page.text).toContain('已领取（领取人 王*五）');
    expect(page.text).not.toContain(OTHER.name);
    expect(page.text).not.toContain(OTHER.idNumber);

    // a list row carries no collector's ID number
    const list = await t.http().get('/api/v1/cases').query({ hall: 'TC', status: 'delivered' }).set({ Authorization: `Bearer ${await t.login('clerk1')}` }).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(OTHER.idNumber);
    // the supervisor's overview is masked (no need of ID numbers); the deciding department's officer sees it in full
    const supervisor = await getCase(t, await t.login('supervisor'), c.id).expect(200);
    expect(supervisor.body).toMatchObject({ personalData: 'masked', delivery: { collectedBy: { type: 'other', name: OTHER.name, idNumber: '1101**********0027' } } });
    const officer = await getCase(t, await t.login('officer-zl'), c.id).expect(200);
    expect(officer.body).toMatchObject({ personalData: 'full', delivery: { collectedBy: { idNumber: OTHER.idNumber } } });
  });

  it('the 领取回执 page is staff-filled and never cached; the case offers it once collected at the window', async () => {
    const c = await decided();
    await deliver(c.id, { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }, 200);
    const page = await t.http().get(`/documents/pickup/${c.id}`).expect(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('办件结果领取回执');
    expect(page.text).toContain('领取人（签字）');
    expect(page.text).not.toContain(APPLICANT.name); // the shell carries no personal data: the page fetches the case with the clerk's token
    await t.http().get(`/documents/pickup/0x${c.id}`).expect(404);
  });
});
