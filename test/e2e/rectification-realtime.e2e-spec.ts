import type { Socket } from 'socket.io-client';
import { deliveredJzz, rate } from '../support/evaluation-helpers';
import { connect, nextEvent, subscribe } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('rectifications live (e2e)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  beforeEach(async () => (t = await createTestApp()));
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.close();
  });

  it('a bad review reaches the owning department and the supervision room, and so does each step', async () => {
    const zl = await connect(t.url, await t.login('officer-zl'));
    const sup = await connect(t.url, await t.login('supervisor'));
    sockets.push(zl, sup);
    await subscribe(zl, { department: 'ZL' });
    await subscribe(sup, { supervision: true });
    const c = await deliveredJzz(t);
    const opened = Promise.all([nextEvent(zl, 'rectification.updated'), nextEvent(sup, 'rectification.updated')]);
    const { body } = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1, comment: '等太久' }).expect(201);
    const [dept, overseer] = await opened;
    expect(dept).toMatchObject({ rectificationId: body.rectificationId, action: 'open', department: 'ZL', dueDate: '2026-11-30' });
    expect(overseer).toMatchObject({ rectificationId: body.rectificationId, department: 'ZL', hall: 'TC' });
    const verified = nextEvent(zl, 'rectification.updated', (e) => e.action === 'verify');
    await t.http().post(`/api/v1/rectifications/${body.rectificationId}/verify`).set(bearer(await t.login('head-zl'))).send({ note: '情况属实' }).expect(200);
    expect(await verified).toMatchObject({ status: 'verified' });
  });
});
