import { countRows } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { DAY, deliveredJzz, finishedTicket, listRectifications, rate, rectification, rectificationAction as act, rows } from '../support/evaluation-helpers';

describe('差评整改: the rectification loop (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  /** A 1-star rating of a delivered ZL case: the rectification id. */
  async function zlBadReview(comment = '办事拖拉'): Promise<number> {
    const c = await deliveredJzz(t);
    const res = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1, comment }).expect(201);
    return res.body.rectificationId;
  }

  async function windowBadReview(n = 2): Promise<number> {
    const ticket = await finishedTicket(t, `clerk${n}`, n);
    return (await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 2 }).expect(201)).body.rectificationId;
  }

  it('verify → rectify → reply → revisit closes the task, with a trail of who did what', async () => {
    const id = await zlBadReview();
    const officer = await t.login('officer-zl');
    const head = await t.login('head-zl');
    const steps: Array<[string, string, string, string, string[]]> = [
      ['verify', head, 'verified', '经核实，材料流转延误属实', ['rectify', 'appeal']],
      ['rectify', officer, 'rectified', '已调整内部流转，专人跟踪', ['reply']],
      ['reply', officer, 'replied', '已电话向群众说明并致歉', []], // the officer may not close: the head revisits
      ['revisit', head, 'closed', '回访群众，表示满意', []],
    ];
    for (const [action, token, status, note, next] of steps) {
      t.clock.advance(3_600_000);
      const res = await act(t, token, id, action, action === 'revisit' ? { note, satisfied: true } : { note }).expect(200);
      expect(res.body).toMatchObject({ status, actions: next });
    }
    const done = await rectification(t, await t.login('supervisor'), id).expect(200);
    expect(done.body).toMatchObject({
      status: 'closed', statusText: '已办结', result: 'rectified', resultText: '已整改并回访', resultNote: '回访群众，表示满意',
      revisitSatisfied: true, light: null, closedAt: '2026-11-23T13:30:00+08:00', actions: [],
    });
    expect(done.body.events.map((e: { action: string; fromStatus: string; toStatus: string; actorName: string; note: string }) => [e.action, e.fromStatus, e.toStatus, e.actorName, e.note])).toEqual([
      ['open', null, 'open', null, '办事拖拉'],
      ['verify', 'open', 'verified', '社会治理办负责人', '经核实，材料流转延误属实'],
      ['rectify', 'verified', 'rectified', '社会治理办经办人', '已调整内部流转，专人跟踪'],
      ['reply', 'rectified', 'replied', '社会治理办经办人', '已电话向群众说明并致歉'],
      ['revisit', 'replied', 'closed', '社会治理办负责人', '回访群众，表示满意'],
    ]);
    expect(done.body.events[4]).toMatchObject({ actionText: '回访', payload: { satisfied: true }, at: '2026-11-23T13:30:00+08:00' });

    // nothing moves a closed task, and a refused step writes nothing
    for (const action of ['rectify', 'reply', 'appeal']) {
      expect((await act(t, officer, id, action).expect(409)).body.code).toBe('INVALID_TRANSITION');
    }
    for (const action of ['verify', 'revisit']) expect((await act(t, head, id, action).expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect((await act(t, await t.login('supervisor'), id, 'recheck', { note: 'x', outcome: 'upheld' }).expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect(await countRows(t, 'rectification_events')).toBe(5);
  });

  it('keeps the order of the loop: out-of-order steps are 409 INVALID_TRANSITION and change nothing', async () => {
    const id = await zlBadReview();
    const officer = await t.login('head-zl');
    for (const action of ['rectify', 'reply', 'revisit']) {
      const res = await act(t, officer, id, action).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, code: 'INVALID_TRANSITION' });
    }
    await act(t, officer, id, 'verify').expect(200);
    expect((await act(t, officer, id, 'verify').expect(409)).body.code).toBe('INVALID_TRANSITION');
    expect((await act(t, officer, id, 'revisit').expect(409)).body.code).toBe('INVALID_TRANSITION');
    const [row] = await rows(t, 'SELECT status FROM rectifications WHERE id = ?', [id]);
    expect(row.status).toBe('verified');
    expect(await countRows(t, 'rectification_events')).toBe(2);
  });

  it.each([
    ['verify', 'no note', {}],
    ['verify', 'an empty note', { note: '' }],
    ['verify', 'a blank note', { note: '   ' }],
    ['verify', 'a note over 500 characters', { note: 'x'.repeat(501) }],
    ['verify', 'an outcome it does not take', { note: 'ok', outcome: 'upheld' }],
    ['revisit', 'satisfied as text', { note: 'ok', satisfied: 'yes' }],
    ['recheck', 'no outcome', { note: 'ok' }],
    ['recheck', 'an unknown outcome', { note: 'ok', outcome: 'maybe' }],
  ])('%s with %s is 400 VALIDATION_FAILED', async (action, _what, body) => {
    const id = await zlBadReview();
    const token = await t.login(action === 'recheck' ? 'supervisor' : 'head-zl');
    expect((await act(t, token, id, action, body).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect(await countRows(t, 'rectification_events')).toBe(1);
  });

  it('appeal → recheck overturned closes the task as 申诉成立', async () => {
    const id = await zlBadReview('恶意差评');
    const officer = await t.login('officer-zl');
    const supervisor = await t.login('supervisor');
    const appealed = await act(t, officer, id, 'appeal', { note: '该群众所提要求不符合政策，已按规定解释' }).expect(200);
    expect(appealed.body).toMatchObject({ status: 'appealed', statusText: '申诉待复核', appealed: true, actions: [], light: 'green' });
    expect((await rectification(t, supervisor, id).expect(200)).body.actions).toEqual(['recheck']);
    const closed = await act(t, supervisor, id, 'recheck', { outcome: 'overturned', note: '经复核，申诉成立' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', result: 'overturned', resultText: '申诉成立，差评撤销', resultNote: '经复核，申诉成立', light: null });
    expect(closed.body.events.map((e: { action: string; actionText: string }) => `${e.action}:${e.actionText}`)).toEqual([
      'open:收到差评，生成整改任务', 'appeal:申诉', 'overturn:复核（申诉成立）',
    ]);
    expect(closed.body.events[2]).toMatchObject({ actorName: '电子监察员', payload: { outcome: 'overturned' } });
  });

  it('appeal → recheck upheld sends the task back to rectifying, with no second appeal and the same due date', async () => {
    const id = await zlBadReview();
    const officer = await t.login('officer-zl');
    const supervisor = await t.login('supervisor');
    await act(t, await t.login('head-zl'), id, 'verify').expect(200);
    await act(t, officer, id, 'appeal', { note: '已按规定办理' }).expect(200);
    t.clock.advance(2 * DAY);
    const upheld = await act(t, supervisor, id, 'recheck', { outcome: 'upheld', note: '差评属实，申诉不成立，请整改' }).expect(200);
    expect(upheld.body).toMatchObject({ status: 'verified', appealed: true, dueDate: '2026-11-30', result: null });
    expect((await rectification(t, officer, id).expect(200)).body.actions).toEqual(['rectify']);
    const again = await act(t, officer, id, 'appeal', { note: '再次申诉' }).expect(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
    expect(again.body.message).toContain('只能申诉一次');
    await act(t, officer, id, 'rectify').expect(200);
    await act(t, officer, id, 'reply').expect(200);
    const closed = await act(t, await t.login('head-zl'), id, 'revisit', { note: '回访，群众基本认可' }).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', result: 'rectified', revisitSatisfied: null });
  });

  it('isolates departments and roles: 403 for the wrong people, nothing written', async () => {
    const id = await zlBadReview();
    const officerGg = await t.login('officer-gg');
    for (const action of ['verify', 'appeal']) expect((await act(t, officerGg, id, action).expect(403)).body.code).toBe('FORBIDDEN');
    await act(t, await t.login('officer-zl'), id, 'verify').expect(403); // the department rated: its head verifies
    await act(t, await t.login('head-gg'), id, 'verify').expect(403);
    await act(t, await t.login('clerk1'), id, 'verify').expect(403);
    await act(t, await t.login('supervisor'), id, 'verify').expect(403);
    await act(t, await t.login('admin'), id, 'verify').expect(403);
    await act(t, await t.login('screen'), id, 'verify').expect(403);
    await act(t, await t.login('officer-zl'), id, 'appeal', { note: '申诉' }).expect(200);
    await act(t, await t.login('officer-zl'), id, 'recheck', { note: '自己复核', outcome: 'overturned' }).expect(403);
    await act(t, await t.login('head-zl'), id, 'recheck', { note: '自己复核', outcome: 'overturned' }).expect(403);
    expect(await countRows(t, 'rectification_events')).toBe(2);
    await t.http().post(`/api/v1/rectifications/${id}/verify`).send({ note: 'x' }).expect(401);

    // reading follows the same lines
    await rectification(t, officerGg, id).expect(403);
    await rectification(t, await t.login('clerk1'), id).expect(403);
    await rectification(t, await t.login('screen'), id).expect(403);
    await rectification(t, await t.login('head-zl'), id).expect(200);
    await rectification(t, await t.login('admin'), id).expect(200);
    expect((await rectification(t, officerGg, 999999).expect(404)).body.code).toBe('RECTIFICATION_NOT_FOUND');
  });

  it('window tasks are the front desk’s: clerks work them, a supervisor verifies and closes, departments do not', async () => {
    const id = await windowBadReview(2);
    await act(t, await t.login('officer-zl'), id, 'verify').expect(403);
    await act(t, await t.login('clerk4'), id, 'verify').expect(403);
    const res = await act(t, await t.login('supervisor'), id, 'verify', { note: '调取录像核实' }).expect(200);
    expect(res.body).toMatchObject({ status: 'verified', ownerType: 'window', windowNumber: 2, owner: '2 号窗口' });
    await act(t, await t.login('clerk4'), id, 'rectify', { note: '前台组内学习服务规范' }).expect(200); // any clerk of the front desk
  });

  it('lists what each person may see, filtered by status and department', async () => {
    const zl = await zlBadReview();
    const win = await windowBadReview(3);
    const ids = (res: { body: Array<{ id: number }> }) => res.body.map((r) => r.id).sort((a, b) => a - b);
    expect(ids(await listRectifications(t, await t.login('supervisor')).expect(200))).toEqual([zl, win].sort((a, b) => a - b));
    expect(ids(await listRectifications(t, await t.login('officer-zl')).expect(200))).toEqual([zl]);
    expect(ids(await listRectifications(t, await t.login('head-zl'), { department: 'ZL' }).expect(200))).toEqual([zl]);
    expect(ids(await listRectifications(t, await t.login('officer-gg')).expect(200))).toEqual([]);
    expect(ids(await listRectifications(t, await t.login('clerk1')).expect(200))).toEqual([win]);
    expect(ids(await listRectifications(t, await t.login('supervisor'), { department: 'ZL' }).expect(200))).toEqual([zl]);
    await listRectifications(t, await t.login('officer-zl'), { department: 'GG' }).expect(403);
    await listRectifications(t, await t.login('clerk1'), { department: 'ZL' }).expect(403);
    await listRectifications(t, await t.login('screen')).expect(403);
    await listRectifications(t, await t.login('supervisor'), { status: 'pending' }).expect(400);

    const row = (await listRectifications(t, await t.login('officer-zl')).expect(200)).body[0];
    expect(row).toMatchObject({
      id: zl, status: 'open', ownerType: 'department', departmentCode: 'ZL', departmentName: '社会治理办公室', dueDate: '2026-11-30', light: 'green',
      evaluation: { score: 1, label: '非常不满意', comment: '办事拖拉', subjectType: 'case', itemName: '居住证申领' },
    });
    expect(row.contact).toBeUndefined(); // contact details only in the detail

    const officer = await t.login('officer-zl');
    await act(t, officer, zl, 'appeal', { note: '申诉' }).expect(200);
    await act(t, await t.login('supervisor'), zl, 'recheck', { note: '成立', outcome: 'overturned' }).expect(200);
    const supervisor = await t.login('supervisor');
    expect(ids(await listRectifications(t, supervisor, { status: 'active' }).expect(200))).toEqual([win]);
    expect(ids(await listRectifications(t, supervisor, { status: 'closed' }).expect(200))).toEqual([zl]);
    expect(ids(await listRectifications(t, supervisor, { status: 'open,closed' }).expect(200))).toEqual([zl, win].sort((a, b) => a - b));
    // open tasks first
    expect((await listRectifications(t, supervisor).expect(200)).body.map((r: { id: number }) => r.id)).toEqual([win, zl]);
  });

  it('lights the task green, yellow on the last working day, red once overdue; closing puts the light out', async () => {
    const id = await zlBadReview(); // Monday 2026-11-23, due Monday 2026-11-30
    const officer = await t.login('officer-zl');
    const light = async () => (await rectification(t, officer, id).expect(200)).body.light;
    expect(await light()).toBe('green');
    t.clock.advance(3 * DAY); // Thursday: Fri + Mon left
    expect(await light()).toBe('green');
    t.clock.advance(DAY); // Friday: only Monday left
    expect(await light()).toBe('yellow');
    t.clock.advance(4 * DAY); // Tuesday 12-01: overdue
    expect(await light()).toBe('red');
    expect((await listRectifications(t, officer).expect(200)).body[0].light).toBe('red');
    const head = await t.login('head-zl');
    await act(t, head, id, 'verify').expect(200);
    expect(await light()).toBe('red');
    await act(t, officer, id, 'rectify').expect(200);
    await act(t, officer, id, 'reply').expect(200);
    await act(t, head, id, 'revisit').expect(200);
    expect(await light()).toBeNull();
  });

  it('follows RECTIFICATION_DAYS', async () => {
    await t.close();
    t = await createTestApp({ RECTIFICATION_DAYS: '3' });
    const id = await zlBadReview();
    expect((await rectification(t, await t.login('supervisor'), id).expect(200)).body.dueDate).toBe('2026-11-26');
  });

  it('lets concurrent steps on one task through once', async () => {
    const id = await zlBadReview();
    const head = await t.login('head-zl');
    const results = await Promise.all([act(t, head, id, 'verify'), act(t, head, id, 'verify'), act(t, head, id, 'verify')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await countRows(t, 'rectification_events')).toBe(2);
  });
});
