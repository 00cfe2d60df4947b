// Two app instances on one PostgreSQL database and one Redis (the city layout of README "Running a city"):
// screens, windows, kiosks and department inboxes spread over both behave as one server.
import { createClient } from 'redis';
import type { Socket } from 'socket.io-client';
import { CaseSweep } from '../../src/cases/case-sweep.service';
import { FixedClock } from '../../src/common/clock';
import { acceptedJzz, APPLICANT, createCase, JZZ_DEFERRED } from '../support/case-helpers';
import { kioskToken } from '../support/device-helpers';
import { addWindowsAndClerks, issue, openWindow, windowAction } from '../support/queue-helpers';
import { connect, nextEvent, record, subscribe } from '../support/socket-helpers';
import { bearer, createTestApp, MONDAY_MORNING, TestApp } from '../support/test-app';
import { onPostgres } from '../support/test-database';

/** A Redis database of this spec's own, emptied first: counters from earlier runs do not leak in. */
const REDIS_URL = `${process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6390'}/3`;
const at = (local: string) => Date.parse(`${local}+08:00`);

describe('two instances on one PostgreSQL and one Redis (city)', () => {
  let a: TestApp;
  let b: TestApp;
  const sockets: Socket[] = [];
  const env = { REDIS_URL, BOARD_COALESCE_MS: '20' };

  beforeAll(() => expect(onPostgres).toBe(true)); // the city tier's configuration sets TEST_DATABASE_URL

  beforeEach(async () => {
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.flushDb();
    await redis.close();
    a = await createTestApp(env, new FixedClock(MONDAY_MORNING));
    b = await createTestApp(env, new FixedClock(MONDAY_MORNING), { database: a.database });
  });

  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.disconnect());
    await b.close({ keepData: true });
    await a.close();
  });

  it('each instance reports the shared database and Redis healthy', async () => {
    for (const t of [a, b]) await t.http().get('/health').expect(200, { status: 'ok', database: 'postgres', redis: 'ok' });
  });

  const screen = async (t: TestApp) => {
    const s = await connect(t.url);
    sockets.push(s);
    const snapshot = await subscribe(s, { hall: 'TC' });
    return { socket: s, seen: record(s), snapshot };
  };

  it('a hall screen on instance A hears a call made on instance B, with one continuous seq', async () => {
    const onA = await screen(a);
    const onB = await screen(b);
    const clerk = await openWindow(b, 'clerk1', 1);
    for (let i = 0; i < 6; i++) await issue(i % 2 ? a : b, { queueCode: 'A' }).expect(201);
    const called = nextEvent(onA.socket, 'ticket.called', (m) => m.number === 'A001');
    await windowAction(b, clerk, 1, 'call-next').expect(200);
    expect(await called).toMatchObject({ hall: 'TC', number: 'A001', windowNumber: 1 });
    await windowAction(b, clerk, 1, 'start').expect(200);
    await windowAction(b, clerk, 1, 'finish').expect(200);
    await windowAction(a, clerk, 1, 'call-next').expect(200); // the same window through the other instance
    await nextEvent(onB.socket, 'ticket.called', (m) => m.number === 'A002');
    await new Promise((r) => setTimeout(r, 200)); // the last coalesced board update
    for (const { seen, snapshot } of [onA, onB]) {
      const seqs = seen.filter((e) => e.event === 'ticket.called' || e.event === 'board.updated').map((e) => e.payload.seq as number);
      expect(seqs.length).toBeGreaterThanOrEqual(3);
      expect(seqs).toEqual(seqs.map((_, i) => snapshot.seq + 1 + i)); // no gap, no repeat, in order
    }
    // both screens heard the same numbered messages
    const calls = (s: typeof onA) => s.seen.filter((e) => e.event === 'ticket.called').map((e) => [e.payload.seq, e.payload.number]);
    expect(calls(onA)).toEqual(calls(onB));
    // a subscribe on either instance reads the same current seq
    expect((await subscribe(onA.socket, { hall: 'TC' })).seq).toBe((await subscribe(onB.socket, { hall: 'TC' })).seq);
  });

  it('32 kiosks split across both get distinct consecutive numbers per queue', async () => {
    const queues = ['A', 'B'];
    const responses = await Promise.all(Array.from({ length: 64 }, (_, i) => issue(i % 2 ? a : b, { queueCode: queues[Math.floor(i / 2) % 2] })));
    expect(responses.map((r) => r.status)).toEqual(Array(64).fill(201));
    for (const q of queues) {
      const numbers = responses.filter((r) => r.body.queueCode === q).map((r) => r.body.number).sort();
      expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => `${q}${String(i + 1).padStart(3, '0')}`));
    }
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(64);
    expect(responses.every((r) => r.body.id > 0)).toBe(true);
  });

  it('8 windows split across both drain 200 tickets: each called once, no failed click', async () => {
    await addWindowsAndClerks(a, [7, 8]);
    const queues = ['A', 'B', 'C', 'D'];
    const kiosk = await kioskToken(a);
    for (let i = 0; i < 200; i++) await issue(i % 2 ? a : b, { queueCode: queues[i % 4], priority: i % 7 === 0 ? 'priority' : 'normal' }, 'TC', kiosk).expect(201);
    const windows = [1, 2, 3, 4, 5, 6, 7, 8];
    const via = (n: number) => (n <= 4 ? a : b);
    const tokens = await Promise.all(windows.map((n) => openWindow(via(n), `clerk${n}`, n)));
    const calledBy = new Map<number, number[]>();
    const failures: string[] = [];
    await Promise.all(windows.map(async (n, i) => {
      for (;;) {
        const res = await windowAction(via(n), tokens[i], n, 'call-next');
        if (res.status === 204) return;
        if (res.status !== 200) return void failures.push(`window ${n}: ${res.status} ${JSON.stringify(res.body)}`);
        const id = res.body.ticket.id as number;
        calledBy.set(id, [...(calledBy.get(id) ?? []), n]);
        const done = await windowAction(via(n), tokens[i], n, i % 2 ? 'no-show' : 'start');
        if (done.status !== 200) failures.push(`window ${n}: ${done.status}`);
        if (i % 2 === 0 && (await windowAction(via(n), tokens[i], n, 'finish')).status !== 200) failures.push(`window ${n}: finish`);
      }
    }));
    expect(failures).toEqual([]);
    expect(calledBy.size).toBe(200);
    expect([...calledBy.values()].every((by) => by.length === 1)).toBe(true);
  });

  it('a case accepted on one instance appears live in a department inbox connected to the other', async () => {
    const inbox = await connect(b.url, await b.login('officer-zl'));
    sockets.push(inbox);
    expect((await subscribe(inbox, { department: 'ZL' })).ok).toBe(true);
    const assigned = nextEvent(inbox, 'case.assigned');
    const created = await createCase(a, await a.login('clerk1'), { serviceItemCode: 'JZZ', applicant: APPLICANT, materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
    expect(created.body.id).toBeGreaterThan(0);
    expect(await assigned).toMatchObject({ caseId: created.body.id, caseNumber: created.body.caseNumber });
  });

  it('exactly one instance runs each sweep, so a light change is announced once', async () => {
    const c = await acceptedJzz(a); // due 12-14, yellow from 12-09
    const inbox = await connect(a.url, await a.login('officer-zl'));
    sockets.push(inbox);
    await subscribe(inbox, { department: 'ZL' });
    const seen = record(inbox);
    for (const t of [a, b]) t.clock.set(at('2026-12-09T08:00:00'));
    const results = await Promise.all([a.app.get(CaseSweep).tick(), b.app.get(CaseSweep).tick()]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)).toEqual({ checked: 1, changed: 1 });
    // the holder keeps the job at its next ticks; the other still stays out
    expect(await Promise.all([a.app.get(CaseSweep).tick(), b.app.get(CaseSweep).tick()]).then((r) => r.filter((x) => x === null).length)).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.filter((e) => e.event === 'case.warning').map((e) => [e.payload.caseId, e.payload.level])).toEqual([[c.id, 'yellow']]);
  });

  it('a calendar day an admin changes through one instance counts on the other at once', async () => {
    const admin = await a.login('admin');
    const isWorkingDay = async (t: TestApp) => (await t.http().get('/api/v1/calendar/is-working-day?date=2026-12-21').expect(200)).body.isWorkingDay;
    expect(await isWorkingDay(b)).toBe(true);
    await a.http().put('/api/v1/calendar/days/2026-12-21').set(bearer(admin)).send({ isOffDay: true, name: '临时停办' }).expect(200);
    await new Promise((r) => setTimeout(r, 200)); // the relay through Redis, then B's reload
    expect(await isWorkingDay(b)).toBe(false);
  });

  it('a token revoked through one instance is refused by the other at once', async () => {
    const clerk = await b.login('clerk2');
    await b.http().get('/api/v1/auth/me').set(bearer(clerk)).expect(200); // now cached on B
    await a.http().post('/api/v1/auth/logout').set(bearer(clerk)).expect((res) => expect(res.status).toBeLessThan(300));
    await new Promise((r) => setTimeout(r, 100)); // the relay through Redis (B's cache would keep it for 2 s)
    await b.http().get('/api/v1/auth/me').set(bearer(clerk)).expect(401);
  });
});
