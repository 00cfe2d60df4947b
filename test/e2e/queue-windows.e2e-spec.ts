import { DataSource } from 'typeorm';
import { kioskToken } from '../support/device-helpers';
import { countRows, issue, openWindow, trailOf, windowAction } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

describe('queue: window operation (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp()));
  afterEach(() => t.close());

  const tickets = () => sql<{ number: string; status: string; queueCode: string }>(t.app.get(DataSource), 'SELECT "id", "number", "queueCode", "status", "windowNumber", "recallCount", "transferredFromId" FROM tickets ORDER BY "id"');

  it('walks a resident through call → recall → start → hold → unhold → finish, recording each step', async () => {
    const { body: issued } = await issue(t, { queueCode: 'A' });
    const clerk = await openWindow(t, 'clerk3', 3);
    const called = await windowAction(t, clerk, 3, 'call-next').expect(200);
    expect(called.body.ticket).toMatchObject({ id: issued.id, number: 'A001', status: 'called', windowNumber: 3, calledAt: '2026-11-23T09:30:00+08:00' });
    expect(called.body.window).toMatchObject({ number: 3, status: 'open', currentTicketId: issued.id });
    expect((await windowAction(t, clerk, 3, 'recall').expect(200)).body.ticket).toMatchObject({ status: 'called', recallCount: 1 });
    expect((await windowAction(t, clerk, 3, 'recall').expect(200)).body.ticket.recallCount).toBe(2);
    expect((await windowAction(t, clerk, 3, 'start').expect(200)).body.ticket.status).toBe('serving');
    const held = await windowAction(t, clerk, 3, 'hold').expect(200);
    expect([held.body.ticket.status, held.body.window.currentTicketId]).toEqual(['on_hold', null]);
    const view = await t.http().get('/api/v1/halls/TC/windows/3').set('Authorization', `Bearer ${clerk}`).expect(200);
    expect([view.body.ticket, view.body.held.map((h: { number: string }) => h.number)]).toEqual([null, ['A001']]);
    expect((await windowAction(t, clerk, 3, 'unhold', {}).expect(200)).body.ticket.status).toBe('serving');
    expect((await windowAction(t, clerk, 3, 'finish').expect(200)).body).toMatchObject({ ticket: { status: 'done' }, window: { currentTicketId: null } });
    const trail = await trailOf(t, 'ticket', issued.id);
    expect(trail.map((e) => `${e.action}:${e.fromStatus}>${e.toStatus}`)).toEqual([
      'issue:null>waiting', 'call:waiting>called', 'recall:called>called', 'recall:called>called', 'start:called>serving',
      'hold:serving>on_hold', 'unhold:on_hold>serving', 'finish:serving>done',
    ]);
    expect(trail.slice(1).every((e) => e.actorId !== null)).toBe(true);
  });

  it('serves another resident while one is on hold, then brings the held one back', async () => {
    await issue(t, { queueCode: 'A' });
    await issue(t, { queueCode: 'A' });
    const clerk = await openWindow(t, 'clerk1', 1);
    await windowAction(t, clerk, 1, 'call-next').expect(200);
    await windowAction(t, clerk, 1, 'start').expect(200);
    await windowAction(t, clerk, 1, 'hold').expect(200);
    expect((await windowAction(t, clerk, 1, 'call-next').expect(200)).body.ticket.number).toBe('A002');
    expect((await windowAction(t, clerk, 1, 'unhold', {}).expect(409)).body.code).toBe('WINDOW_BUSY');
    await windowAction(t, clerk, 1, 'no-show').expect(200);
    expect((await windowAction(t, clerk, 1, 'unhold', {}).expect(200)).body.ticket.number).toBe('A001');
    expect((await windowAction(t, clerk, 1, 'finish').expect(200)).body.ticket.status).toBe('done');
    expect((await windowAction(t, clerk, 1, 'unhold', {}).expect(409)).body.code).toBe('NO_HELD_TICKET');
  });

  it('transfers the resident to another queue under the same number, keeping their place in time', async () => {
    const { body: first } = await issue(t, { queueCode: 'A' });
    t.clock.advance(60_000);
    await issue(t, { queueCode: 'C' });
    const clerk = await openWindow(t, 'clerk1', 1);
    await windowAction(t, clerk, 1, 'call-next').expect(200);
    await windowAction(t, clerk, 1, 'start').expect(200);
    const moved = await windowAction(t, clerk, 1, 'transfer', { queueCode: 'C' }).expect(200);
    expect(moved.body.ticket).toMatchObject({ number: 'A001', queueCode: 'C', status: 'waiting', transferredFromId: first.id });
    const rows = await tickets();
    expect(rows.map((r: { number: string; status: string; queueCode: string }) => `${r.number}/${r.queueCode}/${r.status}`)).toEqual(['A001/A/transferred', 'C001/C/waiting', 'A001/C/waiting']);
    // the dedicated C window calls the transferred resident first: they have waited longest
    const c = await openWindow(t, 'clerk6', 6);
    expect((await windowAction(t, c, 6, 'call-next').expect(200)).body.ticket).toMatchObject({ number: 'A001', queueCode: 'C' });
    // the resident's original link follows the transfer
    const status = await t.http().get(`/api/v1/tickets/${first.id}`).query({ token: first.statusToken }).expect(200);
    expect(status.body).toMatchObject({ number: 'A001', queueCode: 'C', status: 'called', windowNumber: 6, transferredFromQueueCode: 'A' });
  });

  it.each([
    [{ queueCode: 'A' }, 422, 'TRANSFER_SAME_QUEUE'],
    [{ queueCode: 'Z' }, 404, 'QUEUE_NOT_FOUND'],
    [{}, 400, 'VALIDATION_FAILED'],
  ])('refuses transfer %j with %d %s and changes nothing', async (body, status, code) => {
    await issue(t, { queueCode: 'A' });
    const clerk = await openWindow(t, 'clerk1', 1);
    await windowAction(t, clerk, 1, 'call-next').expect(200);
    const before = await tickets();
    expect((await windowAction(t, clerk, 1, 'transfer', body).expect(status)).body.code).toBe(code);
    expect(await tickets()).toEqual(before);
  });

  it('dedicated windows call only their queues; comprehensive windows call every queue, oldest first', async () => {
    await issue(t, { queueCode: 'B' });
    t.clock.advance(1000);
    await issue(t, { queueCode: 'C' });
    t.clock.advance(1000);
    await issue(t, { queueCode: 'A' });
    const a = await openWindow(t, 'clerk5', 5);
    expect((await windowAction(t, a, 5, 'call-next').expect(200)).body.ticket.number).toBe('A001');
    await windowAction(t, a, 5, 'no-show').expect(200);
    await windowAction(t, a, 5, 'call-next').expect(204);
    const any = await openWindow(t, 'clerk2', 2);
    expect((await windowAction(t, any, 2, 'call-next').expect(200)).body.ticket.number).toBe('B001');
    await windowAction(t, any, 2, 'no-show').expect(200);
    expect((await windowAction(t, any, 2, 'call-next').expect(200)).body.ticket.number).toBe('C001');
  });

  it('interleaves three priority tickets with one normal (绿色通道 3:1)', async () => {
    const kiosk = await kioskToken(t);
    for (const p of ['normal', 'normal', 'priority', 'priority', 'priority', 'priority', 'priority']) {
      await issue(t, { queueCode: 'A', priority: p }, 'TC', kiosk).expect(201);
      t.clock.advance(1000);
    }
    const clerk = await openWindow(t, 'clerk1', 1);
    const order: string[] = [];
    for (;;) {
      const res = await windowAction(t, clerk, 1, 'call-next');
      if (res.status === 204) break;
      order.push(`${res.body.ticket.number}${res.body.ticket.priority === 'priority' ? '*' : ''}`);
      await windowAction(t, clerk, 1, 'no-show').expect(200);
    }
    expect(order).toEqual(['A003*', 'A004*', 'A005*', 'A001', 'A006*', 'A007*', 'A002']);
  });

  it('honours a configured interleave of 0 (strict priority)', async () => {
    await t.close();
    t = await createTestApp({ PRIORITY_INTERLEAVE: '0' });
    const kiosk = await kioskToken(t);
    for (const p of ['normal', 'priority', 'priority', 'priority', 'priority']) await issue(t, { queueCode: 'A', priority: p }, 'TC', kiosk).expect(201);
    const clerk = await openWindow(t, 'clerk1', 1);
    const order: string[] = [];
    for (let res = await windowAction(t, clerk, 1, 'call-next'); res.status === 200; res = await windowAction(t, clerk, 1, 'call-next')) {
      order.push(res.body.ticket.number);
      await windowAction(t, clerk, 1, 'no-show').expect(200);
    }
    expect(order).toEqual(['A002', 'A003', 'A004', 'A005', 'A001']);
  });

  describe('wrong states and wrong people get a 4xx and change nothing', () => {
    it.each([
      ['recall', 'NO_CURRENT_TICKET'],
      ['start', 'NO_CURRENT_TICKET'],
      ['no-show', 'NO_CURRENT_TICKET'],
      ['hold', 'NO_CURRENT_TICKET'],
      ['finish', 'NO_CURRENT_TICKET'],
      ['resume', 'INVALID_TRANSITION'],
    ])('%s at an open, empty window → 409 %s', async (action, code) => {
      const clerk = await openWindow(t, 'clerk1', 1);
      expect((await windowAction(t, clerk, 1, action).expect(409)).body.code).toBe(code);
    });

    it.each([
      ['finish', 'INVALID_TRANSITION'], // called, not yet serving
      ['hold', 'INVALID_TRANSITION'],
      ['call-next', 'WINDOW_BUSY'],
      ['close', 'WINDOW_BUSY'],
    ])('%s with a called ticket → 409 %s', async (action, code) => {
      await issue(t, { queueCode: 'A' });
      const clerk = await openWindow(t, 'clerk1', 1);
      await windowAction(t, clerk, 1, 'call-next').expect(200);
      const before = await tickets();
      expect((await windowAction(t, clerk, 1, action).expect(409)).body.code).toBe(code);
      expect(await tickets()).toEqual(before);
    });

    it('start twice → 409 INVALID_TRANSITION', async () => {
      await issue(t, { queueCode: 'A' });
      const clerk = await openWindow(t, 'clerk1', 1);
      await windowAction(t, clerk, 1, 'call-next').expect(200);
      await windowAction(t, clerk, 1, 'start').expect(200);
      expect((await windowAction(t, clerk, 1, 'start').expect(409)).body.code).toBe('INVALID_TRANSITION');
      expect((await windowAction(t, clerk, 1, 'recall').expect(409)).body.code).toBe('INVALID_TRANSITION');
    });

    it('a closed or paused window cannot call', async () => {
      await issue(t, { queueCode: 'A' });
      const clerk = await t.login('clerk1');
      expect((await windowAction(t, clerk, 1, 'call-next').expect(403)).body.code).toBe('NOT_WINDOW_OPERATOR');
      await windowAction(t, clerk, 1, 'open').expect(200);
      await windowAction(t, clerk, 1, 'pause').expect(200);
      expect((await windowAction(t, clerk, 1, 'call-next').expect(409)).body.code).toBe('WINDOW_NOT_OPEN');
      expect((await windowAction(t, clerk, 1, 'pause').expect(409)).body.code).toBe('INVALID_TRANSITION');
      await windowAction(t, clerk, 1, 'resume').expect(200);
      expect((await windowAction(t, clerk, 1, 'call-next').expect(200)).body.ticket.number).toBe('A001');
    });

    it('only the operator works a window; a supervisor may close it; another clerk may open it after', async () => {
      const owner = await openWindow(t, 'clerk1', 1);
      const other = await t.login('clerk2');
      expect((await windowAction(t, other, 1, 'open').expect(409)).body.code).toBe('WINDOW_IN_USE');
      expect((await windowAction(t, other, 1, 'call-next').expect(403)).body.code).toBe('NOT_WINDOW_OPERATOR');
      expect((await windowAction(t, other, 1, 'close').expect(403)).body.code).toBe('NOT_WINDOW_OPERATOR');
      await windowAction(t, owner, 1, 'open').expect(200); // the operator re-opening is harmless
      const supervisor = await t.login('supervisor');
      expect((await windowAction(t, supervisor, 1, 'close').expect(200)).body.window).toMatchObject({ status: 'closed', operatorId: null });
      await windowAction(t, other, 1, 'open').expect(200);
      const trail = await trailOf(t, 'window', 1);
      expect(trail.map((e) => `${e.action}:${e.fromStatus}>${e.toStatus}`)).toEqual(['open:closed>open', 'close:open>closed', 'open:closed>open']);
    });

    it.each([
      ['/api/v1/halls/TC/windows/99/open', 404, 'WINDOW_NOT_FOUND'],
      ['/api/v1/halls/XX/windows/1/open', 404, 'HALL_NOT_FOUND'],
      ['/api/v1/halls/TC/windows/abc/open', 400, 'VALIDATION_FAILED'],
      ['/api/v1/halls/TC/windows/1/fly', 404, 'NOT_FOUND'],
    ])('POST %s → %d %s', async (path, status, code) => {
      const clerk = await t.login('clerk1');
      expect((await t.http().post(path).set('Authorization', `Bearer ${clerk}`).expect(status)).body.code).toBe(code);
    });

    it('unknown fields in a window action body are refused', async () => {
      const clerk = await openWindow(t, 'clerk1', 1);
      expect((await windowAction(t, clerk, 1, 'unhold', { ticketId: 'x' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect((await windowAction(t, clerk, 1, 'transfer', { queueCode: 'B', force: true }).expect(400)).body.code).toBe('VALIDATION_FAILED');
      expect(await countRows(t, 'tickets')).toBe(0);
    });
  });
});
