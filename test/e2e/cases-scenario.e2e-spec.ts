import type { Socket } from 'socket.io-client';
import { caseAction, createCase, getCase, JZZ_DEFERRED } from '../support/case-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { connect, nextEvent, subscribe } from '../support/socket-helpers';
import { createTestApp, TestApp } from '../support/test-app';

describe('one-window case from the ticket to the resident (e2e scenario)', () => {
  let t: TestApp;
  let zlRoom: Socket;
  beforeAll(async () => {
    t = await createTestApp();
    zlRoom = await connect(t.url, await t.login('officer-zl'));
    expect(await subscribe(zlRoom, { department: 'ZL' })).toEqual({ ok: true, department: 'ZL' });
  });
  afterAll(async () => {
    zlRoom.disconnect();
    await t.close();
  });

  it('ticket → JZZ accepted with a deferral → ZL assigned → claim → suspend/resume → extension → decide → deliver → timeline', async () => {
    // a resident takes a number and a window calls it
    const { body: ticket } = await issue(t, { queueCode: 'A' }).expect(201);
    const clerk = await openWindow(t, 'clerk1', 1);
    await windowAction(t, clerk, 1, 'call-next').expect(200);
    await windowAction(t, clerk, 1, 'start').expect(200);

    // the window accepts 居住证申领 with the residence proof deferred (容缺受理)
    const assigned = nextEvent(zlRoom, 'case.assigned');
    const created = await createCase(t, clerk, { ticketId: ticket.id, serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
    expect(created.body).toMatchObject({
      caseNumber: 'TC202611230001', status: 'dispatched', acceptedAt: '2026-11-23T09:30:00+08:00',
      dueDate: '2026-12-14', statutoryDueDate: '2026-12-14', queryCode: expect.stringMatching(/^[A-Z2-9]{6}$/), departmentCodes: ['ZL'],
      supplyDueDate: '2026-12-07',
    });
    const id = created.body.id;
    expect(await assigned).toMatchObject({ caseId: id, caseNumber: 'TC202611230001', level: 'green', department: 'ZL' });

    // the back office works it
    const officer = await t.login('officer-zl');
    const head = await t.login('head-zl');
    expect((await caseAction(t, officer, id, 'claim').expect(200)).body).toMatchObject({ status: 'in_progress', tasks: [{ departmentCode: 'ZL', status: 'in_progress' }] });
    await caseAction(t, officer, id, 'suspend', { type: 'site_survey', reason: '需现场核实居住情况' }).expect(200);
    t.clock.advance(2 * 86_400_000); // Wednesday: two working days paused
    const resumed = await caseAction(t, officer, id, 'resume').expect(200);
    expect(resumed.body).toMatchObject({ status: 'in_progress', dueDate: '2026-12-16' });
    await caseAction(t, officer, id, 'request-extension', { days: 3, reason: '需补充调查' }).expect(200);
    const extended = await caseAction(t, head, id, 'approve-extension').expect(200);
    expect(extended.body).toMatchObject({ extensionDays: 3, dueDate: '2026-12-21', extensions: [{ days: 3, status: 'approved' }] });
    // the deferred material comes in at the window
    await caseAction(t, clerk, id, 'supplement', { materials: [{ code: 'RESIDENCE', status: 'provided' }] }).expect(200);
    const decided = await caseAction(t, officer, id, 'decide', { outcome: 'approved' }).expect(200);
    expect(decided.body).toMatchObject({ status: 'decided_approved', warning: null });
    await caseAction(t, officer, id, 'ready-for-pickup').expect(200);
    const delivered = await caseAction(t, clerk, id, 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } }).expect(200);
    expect(delivered.body).toMatchObject({ status: 'delivered', delivery: { method: 'window' } });
    expect(delivered.body.materials.map((m: { code: string; status: string }) => `${m.code}:${m.status}`)).toEqual(['ID:provided', 'PHOTO:provided', 'RESIDENCE:supplied']);

    // the trail records every step with its actor
    const detail = await getCase(t, await t.login('supervisor'), id).expect(200);
    expect(detail.body.events.map((e: { action: string }) => e.action)).toEqual([
      'receive', 'accept', 'dispatch', 'claim', 'suspend', 'resume', 'request_extension', 'approve_extension', 'supplement', 'decide', 'ready', 'deliver',
    ]);
    expect(detail.body.events.every((e: { actorName: string | null }) => e.actorName)).toBe(true);

    // the resident's status page, from the QR code
    const pub = await t.http().get(`/api/v1/public/cases/${created.body.caseNumber}`).query({ code: created.body.queryCode }).expect(200);
    expect(pub.body).toMatchObject({
      caseNumber: 'TC202611230001', itemName: '居住证申领', status: 'delivered', statusText: '已送达',
      applicantName: '张*三', applicantIdNumber: '3301**********123X', dueDate: '2026-12-21',
    });
    expect(pub.body.timeline.map((e: { text: string }) => e.text)).toEqual([
      '综合窗口已收件',
      '已受理，承诺于 2026-12-14 前办结（容缺：合法稳定住所、就业或就读证明，请于 2026-12-07 前补交）',
      '已派单至 社会治理办公室',
      '社会治理办公室 开始办理',
      '进入特别程序（现场勘查），办理时限暂停：需现场核实居住情况',
      '特别程序结束，恢复计时',
      '延期 3 个工作日（需补充调查），新的办结时限 2026-12-21',
      '已补交 合法稳定住所、就业或就读证明',
      '办结：准予',
      '结果已送达综合窗口，请携带身份证领取',
      '已领取（领取人 张*三）',
    ]);
    expect(JSON.stringify(pub.body)).not.toContain('张小三');
    expect(JSON.stringify(pub.body)).not.toContain('社会治理办经办人');
    await t.http().get(`/api/v1/public/cases/${created.body.caseNumber}`).query({ code: 'WRONG1' }).expect(404);
  });
});
