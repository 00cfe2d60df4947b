import type { Socket } from 'socket.io-client';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { connect, nextEvent, record, subscribe } from '../support/socket-helpers';
import { createTestApp, TestApp } from '../support/test-app';

describe('realtime (e2e, socket.io-client)', () => {
  let t: TestApp;
  const sockets: Socket[] = [];
  const open = async (token?: string) => {
    const s = await connect(t.url, token);
    sockets.push(s);
    return s;
  };

  beforeEach(async () => (t = await createTestApp()));
  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await t.close();
  });

  it('acks a hall subscription with the board snapshot and its seq', async () => {
    await issue(t, { queueCode: 'A' }).expect(201);
    const screen = await open();
    const ack = await subscribe(screen, { hall: 'TC' });
    expect(ack).toMatchObject({ ok: true, hall: 'TC', seq: expect.any(Number), recentCalls: [], waiting: { A: 1, B: 0, C: 0, D: 0 } });
    expect(ack.windows).toHaveLength(6);
  });

  it('a call made on one connection reaches a hall subscriber with the next seq, then the board update', async () => {
    await issue(t, { queueCode: 'A', phone: '13900001111' }).expect(201);
    const clerk = await openWindow(t, 'clerk3', 3);
    const screen = await open();
    const seen = record(screen);
    const ack = await subscribe(screen, { hall: 'TC' });
    const called = nextEvent(screen, 'ticket.called');
    await windowAction(t, clerk, 3, 'call-next').expect(200);
    const call = await called;
    expect(call).toEqual({
      seq: expect.any(Number), hall: 'TC', number: 'A001', windowNumber: 3, windowName: '3号综合窗口', queueCode: 'A',
      calledAt: '2026-11-23T09:30:00+08:00', recall: false,
    });
    // read from the recording: the update may arrive in the same packet batch as the call
    for (let waited = 0; !seen.some((e) => e.event === 'board.updated' && e.payload.seq > call.seq) && waited < 5000; waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const board = seen.find((e) => e.event === 'board.updated' && e.payload.seq > call.seq)!.payload;
    expect(board).toMatchObject({ seq: call.seq + 1, waiting: { A: 0 } });
    expect(board.windows.find((w: { number: number }) => w.number === 3)).toEqual({ number: 3, name: '3号综合窗口', status: 'open', currentNumber: 'A001' });
    // from the snapshot on, seq rises by exactly one per hall event (an update of opening the window may still
    // arrive after the snapshot that already shows it), and no public payload carries personal data
    const seqs = seen.map((e) => e.payload.seq).filter((seq) => seq > ack.seq);
    expect(seqs).toEqual(seqs.map((_, i) => ack.seq + 1 + i));
    expect(seqs).toContain(call.seq);
    expect(JSON.stringify(seen)).not.toContain('13900001111');
    const recall = nextEvent(screen, 'ticket.called', (e) => e.recall);
    await windowAction(t, clerk, 3, 'recall').expect(200);
    expect(await recall).toMatchObject({ number: 'A001', recall: true });
  });

  it('sends board updates for kiosk tickets, as small deltas', async () => {
    const screen = await open();
    await subscribe(screen, { hall: 'TC' });
    const update = nextEvent(screen, 'board.updated', (e) => e.waiting.B === 1);
    await issue(t, { queueCode: 'B' }).expect(201);
    const payload = await update;
    expect(Object.keys(payload).sort()).toEqual(['seq', 'waiting', 'windows']);
  });

  it('coalesces a burst of tickets into few board updates', async () => {
    await t.close();
    t = await createTestApp({ BOARD_COALESCE_MS: '200' });
    const screen = await open();
    await subscribe(screen, { hall: 'TC' });
    const seen = record(screen);
    const started = Date.now();
    await Promise.all(Array.from({ length: 20 }, () => issue(t, { queueCode: 'A' }).expect(201)));
    const elapsed = Date.now() - started;
    await nextEvent(screen, 'board.updated', (e) => e.waiting.A === 20, 3000);
    // at most one update per 200 ms window while the burst lasted (however slow the machine), never one per ticket
    const updates = seen.filter((e) => e.event === 'board.updated').length;
    expect(updates).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 1);
    expect(updates).toBeLessThan(20);
  });

  it('window screens join their window room and hear its changes', async () => {
    const screen = await open();
    const ack = await subscribe(screen, { hall: 'TC', window: 2 });
    expect(ack.ok).toBe(true);
    const changed = nextEvent(screen, 'window.updated');
    await openWindow(t, 'clerk2', 2);
    expect(await changed).toEqual({ hallCode: 'TC', windowNumber: 2, status: 'open', currentNumber: null });
  });

  it('window updates keep the number at the counter when the window pauses', async () => {
    await issue(t, { queueCode: 'A' }).expect(201);
    const clerk = await openWindow(t, 'clerk2', 2);
    await windowAction(t, clerk, 2, 'call-next').expect(200);
    const screen = await open();
    await subscribe(screen, { hall: 'TC', window: 2 });
    const paused = nextEvent(screen, 'window.updated');
    const res = await windowAction(t, clerk, 2, 'pause').expect(200);
    expect(res.body.ticket).toMatchObject({ number: 'A001', status: 'called' });
    expect(await paused).toEqual({ hallCode: 'TC', windowNumber: 2, status: 'paused', currentNumber: 'A001' });
  });

  it.each([
    [{}, 'VALIDATION_FAILED'],
    [{ hall: 'TC', window: 'x' }, 'VALIDATION_FAILED'],
    [{ hall: 'TC', extra: 1 }, 'VALIDATION_FAILED'],
    ['TC', 'VALIDATION_FAILED'],
    [{ hall: 'NOPE' }, 'HALL_NOT_FOUND'],
    [{ hall: 'TC', window: 42 }, 'WINDOW_NOT_FOUND'],
    [{ department: 'ZL' }, 'UNAUTHORIZED'],
  ])('refuses subscribe %j with %s in the ack', async (body, code) => {
    const screen = await open();
    const ack = await subscribe(screen, body);
    expect(ack).toMatchObject({ ok: false, error: { code } });
    expect(screen.connected).toBe(true);
  });

  it('department rooms need a staff token of that department', async () => {
    const officer = await open(await t.login('officer-zl'));
    expect(await subscribe(officer, { department: 'ZL' })).toEqual({ ok: true, department: 'ZL' });
    expect((await subscribe(officer, { department: 'GG' })).error.code).toBe('FORBIDDEN');
    const supervisor = await open(await t.login('supervisor'));
    expect((await subscribe(supervisor, { department: 'GG' })).ok).toBe(true);
  });

  it('refuses a connection that brings a forged token', async () => {
    const refused = await connect(t.url, 'forged').then(
      (s) => (sockets.push(s), null),
      (error: Error & { data?: unknown }) => error,
    );
    expect(refused?.data).toMatchObject({ statusCode: 401, code: 'INVALID_TOKEN' });
  });
});
