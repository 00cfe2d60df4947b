import { AGENT, APPLICANT, caseAction, createCase, getCase, JZZ_COMPLETE, JZZ_DEFERRED } from '../support/case-helpers';
import { countRows, issue } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';

describe('cases: intake at the window (e2e)', () => {
  let t: TestApp;
  let clerk: string;
  beforeEach(async () => {
    t = await createTestApp();
    clerk = await t.login('clerk2');
  });
  afterEach(() => t.close());

  it('numbers cases per hall and day with a 4-digit serial and a 6-character query code', async () => {
    const a = await createCase(t, clerk, { serviceItemCode: 'LNYDZ', materials: [{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }, { code: 'PHOTO', status: 'provided' }], decision: 'accept' }).expect(201);
    const b = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent: AGENT }).expect(201);
    expect([a.body.caseNumber, b.body.caseNumber]).toEqual(['TC202611230001', 'TC202611230002']);
    expect(a.body).toMatchObject({ status: 'dispatched', dueDate: '2026-11-30', statutoryDueDate: '2026-12-07', departmentCodes: ['GG'], supplyDueDate: null });
    t.clock.advance(86_400_000);
    const c = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(201);
    expect(c.body.caseNumber).toBe('TC202611240001');
    const detail = await getCase(t, clerk, b.body.id).expect(200);
    expect(detail.body.agent).toEqual({ type: 'proxy', name: '李四', idNumber: '330106198503152214', phone: '13900139000' });
  });

  it('notify lists every missing required material in one notice and starts no clock', async () => {
    const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: [{ code: 'ID', status: 'provided' }], decision: 'notify' }).expect(201);
    expect(res.body).toMatchObject({ status: 'awaiting_supplement', acceptedAt: null, dueDate: null });
    expect(res.body.missingMaterials).toEqual([
      { code: 'PHOTO', name: '近期一寸白底证件照' },
      { code: 'RESIDENCE', name: '合法稳定住所、就业或就读证明' },
    ]);
    // supplying part keeps it waiting; supplying the rest accepts and dispatches it the day it is complete
    await caseAction(t, clerk, res.body.id, 'supplement', { materials: [{ code: 'PHOTO', status: 'provided' }] }).expect(200);
    expect((await getCase(t, clerk, res.body.id)).body.status).toBe('awaiting_supplement');
    t.clock.advance(86_400_000);
    const done = await caseAction(t, clerk, res.body.id, 'supplement', { materials: [{ code: 'RESIDENCE', status: 'provided' }] }).expect(200);
    expect(done.body).toMatchObject({ status: 'dispatched', acceptedAt: '2026-11-24T09:30:00+08:00', dueDate: '2026-12-15', tasks: [{ departmentCode: 'ZL', status: 'dispatched' }] });
  });

  it('an immediate item completes at the window and is handed over', async () => {
    const res = await createCase(t, clerk, { serviceItemCode: 'SYDJ', materials: [{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }], decision: 'complete' }).expect(201);
    expect(res.body).toMatchObject({ status: 'delivered', departmentCodes: ['GG'] });
    const detail = await getCase(t, clerk, res.body.id).expect(200);
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual(['receive', 'complete', 'deliver']);
  });

  it('a joint item gets one task per department', async () => {
    const res = await createCase(t, clerk, { serviceItemCode: 'CJBT', materials: [{ code: 'ID', status: 'provided' }, { code: 'DISABILITY', status: 'provided' }, { code: 'BANK', status: 'provided' }], decision: 'accept' }).expect(201);
    expect(res.body.departmentCodes).toEqual(['GG', 'ZL']);
    expect((await getCase(t, clerk, res.body.id)).body.tasks.map((x: { departmentCode: string }) => x.departmentCode)).toEqual(['GG', 'ZL']);
  });

  it('a request (诉求) runs on hours', async () => {
    const res = await createCase(t, clerk, { serviceItemCode: 'SQ', materials: [{ code: 'DESC', status: 'provided' }, { code: 'CONTACT', status: 'provided' }], decision: 'accept' }).expect(201);
    expect(res.body).toMatchObject({ dueAt: '2026-11-25T09:30:00+08:00', dueDate: '2026-11-25', statutoryDueDate: '2026-11-26' });
  });

  it('links the ticket being served at the window', async () => {
    const { body: ticket } = await issue(t, { queueCode: 'A' }).expect(201);
    const refused = await createCase(t, clerk, { ticketId: ticket.id, serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(422);
    expect(refused.body.code).toBe('TICKET_NOT_AT_WINDOW');
  });

  it.each([
    ['a required material missing', 422, 'MATERIALS_MISSING', { serviceItemCode: 'JZZ', materials: [{ code: 'ID', status: 'provided' }, { code: 'RESIDENCE', status: 'deferred' }], decision: 'accept' }],
    ['deferring a non-deferrable material', 422, 'MATERIAL_NOT_DEFERRABLE', { serviceItemCode: 'JZZ', materials: [{ code: 'ID', status: 'deferred' }, { code: 'PHOTO', status: 'provided' }, { code: 'RESIDENCE', status: 'provided' }], decision: 'accept' }],
    ['completing a promised item', 422, 'NOT_IMMEDIATE_ITEM', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'complete' }],
    ['accepting an immediate item', 422, 'IMMEDIATE_ITEM_COMPLETES', { serviceItemCode: 'SYDJ', materials: [{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }], decision: 'accept' }],
    ['rejecting without a reason', 422, 'REASON_REQUIRED', { serviceItemCode: 'JZZ', materials: [], decision: 'reject' }],
    ['notify with nothing missing', 422, 'NOTHING_MISSING', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'notify' }],
    ['an unknown material', 422, 'UNKNOWN_MATERIAL', { serviceItemCode: 'JZZ', materials: [...JZZ_COMPLETE, { code: 'VISA', status: 'provided' }], decision: 'accept' }],
    ['a supply date past the due date', 422, 'SUPPLY_DEADLINE_TOO_LATE', { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept', supplyDueDate: '2027-01-30' }],
    ['a supply date that does not exist', 400, 'INVALID_DATE', { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept', supplyDueDate: '2026-02-30' }],
    ['a supply date without deferral', 422, 'NOTHING_TO_SUPPLY', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', supplyDueDate: '2026-12-01' }],
    ['an unknown item', 404, 'ITEM_NOT_FOUND', { serviceItemCode: 'NOPE', materials: [], decision: 'accept' }],
    ['an unknown hall', 404, 'HALL_NOT_FOUND', { hall: 'XX', serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }],
    ['a bad decision', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'maybe' }],
    ['a bad ID number', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', applicant: { ...APPLICANT, idNumber: '330106199001011234' } }],
    ['a bad phone', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', applicant: { ...APPLICANT, phone: '12' } }],
    ['a bad material status', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: [{ code: 'ID', status: 'maybe' }], decision: 'accept' }],
    ['a bad agent type', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', agent: { ...AGENT, type: 'friend' } }],
    ['an unknown field', 400, 'VALIDATION_FAILED', { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept', priority: 1 }],
  ])('refuses %s with %d %s and writes nothing', async (_name, status, code, body) => {
    const res = await createCase(t, clerk, body).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, code });
    expect(await countRows(t, 'cases')).toBe(0);
    expect(await countRows(t, 'case_counters')).toBe(0);
  });

  it('refuses a withdrawn item with 422 ITEM_NOT_AVAILABLE', async () => {
    await t.http().post('/api/v1/catalog/items/JZZ/deactivate').set('Authorization', `Bearer ${await t.login('admin')}`).expect(200);
    const res = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(422);
    expect(res.body.code).toBe('ITEM_NOT_AVAILABLE');
  });

  it.each([['officer-zl'], ['head-gg'], ['supervisor'], ['admin']])('refuses intake by %s (403)', async (username) => {
    const res = await createCase(t, await t.login(username), { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('needs a signed-in staff member (401)', async () => {
    await t.http().post('/api/v1/cases').send({}).expect(401);
    await t.http().get('/api/v1/cases').expect(401);
    expect(await countRows(t, 'cases')).toBe(0);
  });
});
