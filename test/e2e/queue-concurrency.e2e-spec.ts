import { DataSource } from 'typeorm';
import { kioskToken } from '../support/device-helpers';
import { addWindowsAndClerks, issue, openWindow, windowAction } from '../support/queue-helpers';
import { createTestApp, TestApp } from '../support/test-app';
import { sql } from '../support/test-database';

describe('queue under concurrency (e2e)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await createTestApp({ BOARD_COALESCE_MS: '50' })));
  afterEach(() => t.close());

  it('32 kiosks issuing at once get distinct, consecutive numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 32 }, () => issue(t, { queueCode: 'A' })));
    expect(responses.map((r) => r.status)).toEqual(Array(32).fill(201));
    const numbers = responses.map((r) => r.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
  });

  it('32 kiosks over four queues: every queue numbered 001.. without gap or repeat', async () => {
    const queues = ['A', 'B', 'C', 'D'];
    const responses = await Promise.all(Array.from({ length: 128 }, (_, i) => issue(t, { queueCode: queues[i % 4] })));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    for (const q of queues) {
      const mine = responses.filter((r) => r.body.queueCode === q).map((r) => r.body.number).sort();
      expect(mine).toEqual(Array.from({ length: 32 }, (_, i) => `${q}${String(i + 1).padStart(3, '0')}`));
    }
  });

  it('8 windows calling at once drain 200 waiting tickets: each called exactly once, no failed click', async () => {
    await addWindowsAndClerks(t, [7, 8]);
    const queues = ['A', 'B', 'C', 'D'];
    const kiosk = await kioskToken(t);
    for (let i = 0; i < 200; i++) await issue(t, { queueCode: queues[i % 4], priority: i % 7 === 0 ? 'priority' : 'normal' }, 'TC', kiosk).expect(201);
    const windows = [1, 2, 3, 4, 5, 6, 7, 8];
    const tokens = await Promise.all(windows.map((n) => openWindow(t, `clerk${n}`, n)));
    const calledBy = new Map<number, number[]>();
    const failures: string[] = [];
    await Promise.all(
      windows.map(async (n, i) => {
        for (;;) {
          const res = await windowAction(t, tokens[i], n, 'call-next');
          if (res.status === 204) return;
          if (res.status !== 200) {
            failures.push(`window ${n}: ${res.status} ${JSON.stringify(res.body)}`);
            return;
          }
          const id = res.body.ticket.id as number;
          calledBy.set(id, [...(calledBy.get(id) ?? []), n]);
          const done = await windowAction(t, tokens[i], n, i % 2 ? 'no-show' : 'start');
          if (done.status !== 200) failures.push(`window ${n}: ${done.status}`);
          if (i % 2 === 0 && (await windowAction(t, tokens[i], n, 'finish')).status !== 200) failures.push(`window ${n}: finish`);
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(calledBy.size).toBe(200);
    expect([...calledBy.values()].every((by) => by.length === 1)).toBe(true);
    const [{ waiting, calls }] = await sql<{ waiting: string; calls: string }>(t.app.get(DataSource),
      `SELECT SUM(CASE WHEN status = 'waiting' THEN 1 ELSE 0 END) AS waiting,
              (SELECT COUNT(*) FROM queue_events WHERE action = 'call') AS calls FROM tickets`,
    );
    expect([Number(waiting), Number(calls)]).toEqual([0, 200]);
    // dedicated windows took only their own queues
    const byWindow = await sql<{ windowNumber: number; queueCode: string }>(t.app.get(DataSource), 'SELECT "windowNumber", "queueCode" FROM tickets');
    expect(byWindow.filter((r: { windowNumber: number; queueCode: string }) => r.windowNumber === 5 && r.queueCode !== 'A')).toEqual([]);
    expect(byWindow.filter((r: { windowNumber: number; queueCode: string }) => r.windowNumber === 6 && r.queueCode !== 'C')).toEqual([]);
  });

  it('two clicks at once on the same window: one call, one clear refusal', async () => {
    await issue(t, { queueCode: 'A' });
    await issue(t, { queueCode: 'A' });
    const clerk = await openWindow(t, 'clerk1', 1);
    const [a, b] = await Promise.all([windowAction(t, clerk, 1, 'call-next'), windowAction(t, clerk, 1, 'call-next')]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('WINDOW_BUSY');
    const waiting = await sql(t.app.get(DataSource), "SELECT number FROM tickets WHERE status = 'waiting'");
    expect(waiting).toEqual([{ number: 'A002' }]);
  });
});
