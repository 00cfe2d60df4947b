import { DataSource } from 'typeorm';
import { acceptedJzz, caseAction, claimedJzz, createCase, getCase, JZZ_COMPLETE } from '../support/case-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

describe('cases: back office and delivery actions (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  const snapshot = async (id: number) => {
    const db = t.app.get(DataSource);
    return JSON.stringify([
      await sql(db, 'SELECT * FROM cases WHERE id = ?', [id]),
      await sql(db, 'SELECT * FROM case_tasks WHERE caseId = ? ORDER BY id', [id]),
      await sql(db, 'SELECT COUNT(*) AS n FROM case_events WHERE caseId = ?', [id]),
      await sql(db, 'SELECT * FROM case_extensions WHERE caseId = ?', [id]),
      await sql(db, 'SELECT * FROM case_suspensions WHERE caseId = ?', [id]),
    ]);
  };

  /** Runs an action expected to fail and checks that nothing about the case changed. */
  const refused = async (id: number, token: string, action: string, body: Record<string, unknown> | undefined, status: number, code: string) => {
    const before = await snapshot(id);
    const res = await caseAction(t, token, id, action, body).expect(status);
    expect(res.body).toMatchObject({ statusCode: status, code });
    expect(await snapshot(id)).toBe(before);
  };

  describe('role isolation', () => {
    it('an officer of GG cannot touch or read a ZL case; the ZL officer can', async () => {
      const c = await acceptedJzz(t);
      const gg = await t.login('officer-gg');
      await refused(c.id, gg, 'claim', undefined, 403, 'FORBIDDEN');
      expect((await getCase(t, gg, c.id).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await t.http().get('/api/v1/cases').set('Authorization', `Bearer ${gg}`).expect(200)).body).toEqual([]);
      await t.http().get('/api/v1/cases?department=ZL').set('Authorization', `Bearer ${gg}`).expect(403);
      const zl = await t.login('officer-zl');
      expect((await t.http().get('/api/v1/cases').set('Authorization', `Bearer ${zl}`).expect(200)).body.map((x: { id: number }) => x.id)).toEqual([c.id]);
      await caseAction(t, zl, c.id, 'claim').expect(200);
    });

    it('clerks cannot do back-office work, officers cannot deliver, only the head decides extensions', async () => {
      const c = await claimedJzz(t);
      const clerk = await t.login('clerk1');
      const officer = await t.login('officer-zl');
      await refused(c.id, clerk, 'decide', { outcome: 'approved' }, 403, 'FORBIDDEN');
      await refused(c.id, await t.login('supervisor'), 'suspend', { type: 'hearing', reason: '听证' }, 403, 'FORBIDDEN');
      await caseAction(t, officer, c.id, 'request-extension', { days: 2, reason: '需补充调查' }).expect(200);
      // the head's inbox finds pending requests in the list rows, without a full (logged) read per case
      const list = await t.http().get('/api/v1/cases?department=ZL&status=in_progress').set('Authorization', `Bearer ${await t.login('head-zl')}`).expect(200);
      const row = list.body.find((x: { id: number }) => x.id === c.id);
      expect(row.pendingExtensions).toEqual([expect.objectContaining({ departmentCode: 'ZL', days: 2, status: 'pending' })]);
      expect(row).not.toHaveProperty('applicant');
      await refused(c.id, officer, 'approve-extension', undefined, 403, 'FORBIDDEN');
      await refused(c.id, await t.login('head-gg'), 'approve-extension', undefined, 403, 'FORBIDDEN');
      await caseAction(t, await t.login('head-zl'), c.id, 'approve-extension').expect(200);
      await caseAction(t, officer, c.id, 'decide', { outcome: 'approved' }).expect(200);
      await refused(c.id, officer, 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }, 403, 'FORBIDDEN');
      await t.http().post(`/api/v1/cases/${c.id}/claim`).expect(401);
      await refused(c.id, await t.login('screen'), 'claim', undefined, 403, 'FORBIDDEN');
    });
  });

  describe('GET /cases/{id} actions follow the state and the reader', () => {
    const ENDPOINT: Record<string, [string, Record<string, unknown> | undefined]> = {
      claim: ['claim', undefined],
      decide: ['decide', { outcome: 'approved' }],
      ready: ['ready-for-pickup', undefined],
      suspend: ['suspend', { type: 'hearing', reason: '听证' }],
      resume: ['resume', undefined],
      extension: ['request-extension', { days: 1, reason: '需补充调查' }],
      escalate: ['escalate', { body: '区民政局' }],
      transfer: ['transfer', { department: 'GG', reason: '属公共服务办职责' }],
      return: ['return', { reason: '照片不合格', missingMaterials: ['PHOTO'] }],
      approveExtension: ['approve-extension', undefined],
      rejectExtension: ['reject-extension', { reason: '理由不足' }],
    };
    type Actions = Record<string, { enabled: boolean; reason?: string }>;
    const enabled = (actions: Actions) => Object.keys(actions).filter((id) => actions[id].enabled);

    /** What the reader is offered; every action offered as disabled is refused by the service with that reason. */
    const offered = async (id: number, token: string) => {
      const { actions } = (await getCase(t, token, id).expect(200)).body as { actions: Actions };
      for (const [action, state] of Object.entries(actions)) {
        if (state.enabled) continue;
        const before = await snapshot(id);
        const [endpoint, body] = ENDPOINT[action];
        const res = await caseAction(t, token, id, endpoint, body);
        expect([action, res.status >= 400, res.body.message]).toEqual([action, true, state.reason]);
        expect(await snapshot(id)).toBe(before);
      }
      return actions;
    };

    it('claim, then work; approveExtension only for the head while an extension is pending', async () => {
      const c = await acceptedJzz(t);
      const officer = await t.login('officer-zl');
      const head = await t.login('head-zl');
      expect(enabled(await offered(c.id, officer))).toEqual(['claim', 'transfer']);
      expect(enabled(await offered(c.id, await t.login('supervisor')))).toEqual([]);

      const claimed = await caseAction(t, officer, c.id, 'claim').expect(200);
      expect(claimed.body.actions.claim).toEqual({ enabled: false, reason: '本部门已签收该办件' });
      expect(enabled(await offered(c.id, officer))).toEqual(['decide', 'suspend', 'extension', 'transfer', 'return']);

      await caseAction(t, officer, c.id, 'request-extension', { days: 2, reason: '需补充调查' }).expect(200);
      const waiting = await offered(c.id, officer);
      expect(enabled(waiting)).toEqual(['decide', 'suspend', 'transfer', 'return']);
      expect(waiting.extension).toEqual({ enabled: false, reason: '已有待审批的延期申请' });
      expect(waiting.approveExtension).toEqual({ enabled: false, reason: '无权处理该办件' });
      expect(enabled((await getCase(t, head, c.id).expect(200)).body.actions)).toEqual(['decide', 'suspend', 'transfer', 'return', 'approveExtension', 'rejectExtension']);

      const approved = await caseAction(t, head, c.id, 'approve-extension').expect(200);
      expect(approved.body.actions.approveExtension).toEqual({ enabled: false, reason: '没有待审批的延期申请' });
      expect(approved.body.actions.extension).toEqual({ enabled: true });

      await caseAction(t, officer, c.id, 'suspend', { type: 'public_notice', reason: '公示七天' }).expect(200);
      expect(enabled(await offered(c.id, officer))).toEqual(['resume', 'extension']);
      await caseAction(t, officer, c.id, 'resume').expect(200);
      await caseAction(t, officer, c.id, 'decide', { outcome: 'approved' }).expect(200);
      expect(enabled(await offered(c.id, officer))).toEqual(['ready']);
      expect(enabled(await offered(c.id, await t.login('clerk1')))).toEqual(['ready']);
    });
  });

  describe('wrong states get 409 and change nothing', () => {
    it('before claim: no suspend, decide, return', async () => {
      const c = await acceptedJzz(t);
      const officer = await t.login('officer-zl');
      await refused(c.id, officer, 'suspend', { type: 'hearing', reason: '听证' }, 409, 'TASK_NOT_IN_PROGRESS');
      await refused(c.id, officer, 'decide', { outcome: 'approved' }, 409, 'TASK_NOT_IN_PROGRESS');
      await refused(c.id, officer, 'return', { reason: '材料不清', missingMaterials: ['PHOTO'] }, 409, 'TASK_NOT_IN_PROGRESS');
      await refused(c.id, officer, 'resume', undefined, 409, 'INVALID_TRANSITION');
      await refused(c.id, await t.login('clerk1'), 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }, 409, 'INVALID_TRANSITION');
    });

    it('claimed: no second claim, no resume, no extension decision without a request', async () => {
      const c = await claimedJzz(t);
      const officer = await t.login('officer-zl');
      await refused(c.id, officer, 'claim', undefined, 409, 'TASK_ALREADY_CLAIMED');
      await refused(c.id, officer, 'resume', undefined, 409, 'INVALID_TRANSITION');
      await refused(c.id, await t.login('head-zl'), 'approve-extension', undefined, 409, 'NO_PENDING_EXTENSION');
      await refused(c.id, await t.login('clerk1'), 'notify', {}, 409, 'INVALID_TRANSITION');
      await refused(c.id, await t.login('clerk1'), 'supplement', { materials: [{ code: 'ID', status: 'provided' }] }, 422, 'NOTHING_TO_SUPPLY');
      await refused(c.id, await t.login('clerk1'), 'supplement', { materials: [{ code: 'VISA', status: 'provided' }] }, 422, 'UNKNOWN_MATERIAL');
    });

    it('suspended: no decide, no second suspend; extensions still possible', async () => {
      const c = await claimedJzz(t);
      const officer = await t.login('officer-zl');
      await caseAction(t, officer, c.id, 'suspend', { type: 'public_notice', reason: '公示七天' }).expect(200);
      await refused(c.id, officer, 'suspend', { type: 'hearing', reason: '听证' }, 409, 'INVALID_TRANSITION');
      await refused(c.id, officer, 'decide', { outcome: 'approved' }, 409, 'INVALID_TRANSITION');
      await caseAction(t, officer, c.id, 'request-extension', { days: 2, reason: '公示期间需补充调查' }).expect(200);
      await refused(c.id, officer, 'request-extension', { days: 1, reason: '再延' }, 409, 'EXTENSION_PENDING');
    });

    it('decided and delivered cases are closed', async () => {
      const c = await claimedJzz(t);
      const officer = await t.login('officer-zl');
      const clerk = await t.login('clerk1');
      await caseAction(t, officer, c.id, 'decide', { outcome: 'denied', reason: '不符合居住年限' }).expect(200);
      await refused(c.id, officer, 'decide', { outcome: 'approved' }, 409, 'NO_TASK_FOR_DEPARTMENT');
      await refused(c.id, officer, 'transfer', { department: 'GG', reason: 'x' }, 409, 'NO_TASK_FOR_DEPARTMENT');
      await refused(c.id, clerk, 'withdraw', { reason: '不办了' }, 409, 'INVALID_TRANSITION');
      await caseAction(t, clerk, c.id, 'deliver', { method: 'post', trackingNo: 'SF1234567890' }).expect(200);
      await refused(c.id, clerk, 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }, 409, 'INVALID_TRANSITION');
      await refused(c.id, clerk, 'ready-for-pickup', undefined, 409, 'INVALID_TRANSITION');
      expect((await getCase(t, clerk, c.id)).body).toMatchObject({ status: 'delivered', decisionReason: '不符合居住年限', delivery: { method: 'post', trackingNo: 'SF1234567890' } });
    });
  });

  describe('bad input gets 400/422 and changes nothing', () => {
    it.each([
      ['suspend', { type: 'holiday', reason: 'x' }, 400, 'VALIDATION_FAILED'],
      ['suspend', { type: 'hearing' }, 400, 'VALIDATION_FAILED'],
      ['request-extension', { days: 0, reason: 'x' }, 400, 'VALIDATION_FAILED'],
      ['request-extension', { days: 1.5, reason: 'x' }, 400, 'VALIDATION_FAILED'],
      ['request-extension', { days: 11, reason: '太长' }, 422, 'EXTENSION_TOO_LONG'],
      ['transfer', { department: 'ZZ', reason: '错派' }, 422, 'UNKNOWN_DEPARTMENT'],
      ['transfer', { department: 'ZL', reason: '错派' }, 422, 'TRANSFER_SAME_DEPARTMENT'],
      ['transfer', { department: 'GG' }, 400, 'VALIDATION_FAILED'],
      ['decide', { outcome: 'denied' }, 422, 'REASON_REQUIRED'],
      ['decide', { outcome: 'perhaps' }, 400, 'VALIDATION_FAILED'],
      ['return', { reason: '缺材料', missingMaterials: ['VISA'] }, 422, 'UNKNOWN_MATERIAL'],
      ['return', { reason: '缺材料', missingMaterials: [] }, 400, 'VALIDATION_FAILED'],
      ['escalate', { body: '区民政局' }, 422, 'NOT_ESCALATED_ITEM'],
    ])('%s %j → %d %s', async (action, body, status, code) => {
      const c = await claimedJzz(t);
      await refused(c.id, await t.login('officer-zl'), action, body, status, code);
    });

    it.each([
      ['deliver', { method: 'post' }, 422, 'TRACKING_NO_REQUIRED'],
      ['deliver', { method: 'drone' }, 400, 'VALIDATION_FAILED'],
      ['withdraw', {}, 400, 'VALIDATION_FAILED'],
      ['supplement', { materials: [{ code: 'RESIDENCE', status: 'provided' }] }, 409, 'INVALID_TRANSITION'],
      ['supplement', { materials: [] }, 400, 'VALIDATION_FAILED'],
    ])('front desk %s %j → %d %s', async (action, body, status, code) => {
      const c = await claimedJzz(t);
      await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
      await refused(c.id, await t.login('clerk1'), action, body, status, code);
    });

    it.each([
      ['/api/v1/cases/999999', 404, 'CASE_NOT_FOUND'],
      ['/api/v1/cases/abc', 400, 'VALIDATION_FAILED'],
      ['/api/v1/cases?status=flying', 400, 'VALIDATION_FAILED'],
      ['/api/v1/cases?warning=purple', 400, 'VALIDATION_FAILED'],
    ])('GET %s → %d %s', async (path, status, code) => {
      const res = await t.http().get(path).set('Authorization', `Bearer ${await t.login('supervisor')}`).expect(status);
      expect(res.body.code).toBe(code);
    });
  });

  describe('department work', () => {
    it('a joint case is decided when every department is done, denied if any denies', async () => {
      const clerk = await t.login('clerk1');
      const res = await createCase(t, clerk, { serviceItemCode: 'CJBT', materials: [{ code: 'ID', status: 'provided' }, { code: 'DISABILITY', status: 'provided' }, { code: 'BANK', status: 'provided' }], decision: 'accept' }).expect(201);
      const gg = await t.login('officer-gg');
      const zl = await t.login('officer-zl');
      await caseAction(t, gg, res.body.id, 'claim').expect(200);
      const half = await caseAction(t, gg, res.body.id, 'decide', { outcome: 'approved' }).expect(200);
      expect(half.body).toMatchObject({ status: 'in_progress', tasks: [{ departmentCode: 'GG', status: 'done' }, { departmentCode: 'ZL', status: 'dispatched' }] });
      await caseAction(t, zl, res.body.id, 'claim').expect(200);
      const done = await caseAction(t, zl, res.body.id, 'decide', { outcome: 'denied', reason: '不符合重度残疾条件' }).expect(200);
      expect(done.body.status).toBe('decided_denied');
    });

    it('transfer hands the case to another department, which then owns it', async () => {
      const c = await claimedJzz(t);
      const moved = await caseAction(t, await t.login('officer-zl'), c.id, 'transfer', { department: 'GG', reason: '属公共服务办职责' }).expect(200);
      expect(moved.body).toMatchObject({ status: 'dispatched', tasks: [{ departmentCode: 'ZL', status: 'transferred' }, { departmentCode: 'GG', status: 'dispatched' }] });
      await refused(c.id, await t.login('officer-zl'), 'claim', undefined, 409, 'NO_TASK_FOR_DEPARTMENT');
      await caseAction(t, await t.login('officer-gg'), c.id, 'claim').expect(200);
    });

    it('return to the front desk → notify → supplement re-dispatches with a fresh clock', async () => {
      const c = await claimedJzz(t);
      const clerk = await t.login('clerk1');
      await caseAction(t, await t.login('officer-zl'), c.id, 'return', { reason: '照片不合格', missingMaterials: ['PHOTO'] }).expect(200);
      const notified = await caseAction(t, clerk, c.id, 'notify', {}).expect(200);
      expect(notified.body.status).toBe('awaiting_supplement');
      t.clock.advance(3 * 86_400_000); // Thursday
      const back = await caseAction(t, clerk, c.id, 'supplement', { materials: [{ code: 'PHOTO', status: 'provided' }, { code: 'RESIDENCE', status: 'provided' }] }).expect(200);
      expect(back.body).toMatchObject({ status: 'dispatched', acceptedAt: '2026-11-26T09:30:00+08:00', dueDate: '2026-12-17' });
      expect(back.body.tasks.map((x: { status: string }) => x.status)).toEqual(['cancelled', 'dispatched']);
    });

    it('an escalated item records the higher level and needs its decision number', async () => {
      const clerk = await t.login('clerk1');
      const res = await createCase(t, clerk, { serviceItemCode: 'GLJT', materials: [{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }, { code: 'BANK', status: 'provided' }], decision: 'accept' }).expect(201);
      const gg = await t.login('officer-gg');
      await caseAction(t, gg, res.body.id, 'claim').expect(200);
      await caseAction(t, gg, res.body.id, 'escalate', { body: '区民政局', reference: '桐民上报〔2026〕12号' }).expect(200);
      await refused(res.body.id, gg, 'decide', { outcome: 'approved' }, 422, 'EXTERNAL_DECISION_REQUIRED');
      const done = await caseAction(t, gg, res.body.id, 'decide', { outcome: 'approved', externalReference: '区民政批〔2026〕88号' }).expect(200);
      expect(done.body.status).toBe('decided_approved');
    });

    it('an applicant withdraws at an open stage; a running pause closes', async () => {
      const c = await claimedJzz(t);
      await caseAction(t, await t.login('officer-zl'), c.id, 'suspend', { type: 'hearing', reason: '听证' }).expect(200);
      const res = await caseAction(t, await t.login('clerk1'), c.id, 'withdraw', { reason: '申请人已搬离本街道' }).expect(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', warning: null, tasks: [{ status: 'cancelled' }] });
      expect(res.body.suspensions[0].endedAt).not.toBeNull();
    });

    it('lists cases by department, status and light, soonest due first', async () => {
      const a = await acceptedJzz(t);
      const clerk = await t.login('clerk1');
      await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'notify' }).expect(422);
      const b = await createCase(t, clerk, { serviceItemCode: 'GTHBB', materials: [{ code: 'ID', status: 'provided' }, { code: 'PREMISES', status: 'provided' }], decision: 'accept' }).expect(201);
      const sup = await t.login('supervisor');
      const all = await t.http().get('/api/v1/cases').set('Authorization', `Bearer ${sup}`).expect(200);
      expect(all.body.map((x: { id: number }) => x.id)).toEqual([b.body.id, a.id]);
      const fz = await t.http().get('/api/v1/cases?department=FZ&status=dispatched').set('Authorization', `Bearer ${sup}`).expect(200);
      expect(fz.body.map((x: { caseNumber: string; warning: string }) => [x.caseNumber, x.warning])).toEqual([[b.body.caseNumber, 'green']]);
      t.clock.set(Date.parse('2026-11-26T01:30:00Z')); // GTHBB (3 wd) due 11-26: yellow
      const yellow = await t.http().get('/api/v1/cases?warning=yellow').set('Authorization', `Bearer ${sup}`).expect(200);
      expect(yellow.body.map((x: { id: number }) => x.id)).toEqual([b.body.id]);
    });
  });
});
