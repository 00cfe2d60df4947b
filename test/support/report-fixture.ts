import { caseAction, createCase } from './case-helpers';
import { issue, openWindow, windowAction } from './queue-helpers';
import { report as fileRequest } from './request-helpers';
import type { TestApp } from './test-app';

const at = (local: string) => Date.parse(`${local}+08:00`);
const M = (...codes: string[]) => codes.map((code) => ({ code, status: 'provided' }));
const JZZ = M('ID', 'PHOTO', 'RESIDENCE');
const LNYDZ = M('ID', 'HUKOU', 'PHOTO');

export type FixtureCase = { id: number; caseNumber: string; queryCode: string };

/**
 * The reports' fixture across the November → December month end, built through the API with the pinned clock:
 *  Mon 11-30 09:00 tickets t1 (with `firstPhone`), t2, t3 (A); clerk1 at window 1 serves t1 (wait 10, service 6)
 *  and t2 (wait 20, service 9), t3 is a no-show after a 30-minute wait; t1 rated 5, t2 rated 2.
 *  Tue 12-01 08:00 a resident's request (SZ); 09:00 ticket t4; clerk2 at window 2 serves it (wait 5, service 5), rated 4.
 *  Cases accepted Mon 11-30: G1, G2 LNYDZ (GG, 5 wd → due 12-07), Z1 JZZ (ZL). Z1 decided Tue 12-01 (1 wd) and
 *  posted; G1 decided Wed 12-02 (2 wd, on time), collected at the window (2 visits) and rated 5; G2 decided
 *  Tue 12-08 (6 wd, late; 1 visit) with `g2Outcome`.
 */
export async function buildMonthEndFixture(
  t: TestApp,
  options: { firstPhone?: string; g2Outcome?: 'approved' | 'denied' } = {},
): Promise<Record<'G1' | 'G2' | 'Z1', FixtureCase>> {
  const clock = (local: string) => t.clock.set(at(local));
  const cases = {} as Record<'G1' | 'G2' | 'Z1', FixtureCase>;
  async function serve(token: string, n: number, calledAt: string, startedAt: string | null, finishedAt: string) {
    clock(calledAt);
    await windowAction(t, token, n, 'call-next').expect(200);
    if (startedAt) {
      clock(startedAt);
      await windowAction(t, token, n, 'start').expect(200);
    }
    clock(finishedAt);
    await windowAction(t, token, n, startedAt ? 'finish' : 'no-show').expect(200);
  }
  const rateTicket = (ticket: { id: number; statusToken?: string; token?: string }, score: number) =>
    t.http().post('/api/v1/evaluations').send({ ticketId: ticket.id, token: ticket.statusToken ?? ticket.token, score }).expect(201);
  const act = async (user: string, name: keyof typeof cases, action: string, body?: Record<string, unknown>) => {
    const res = await caseAction(t, await t.login(user), cases[name].id, action, body);
    if (res.status !== 200) throw new Error(`${action} ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  };

  clock('2026-11-30T09:00:00');
  const tickets = [(await issue(t, { queueCode: 'A', ...(options.firstPhone ? { phone: options.firstPhone } : {}) }).expect(201)).body];
  for (let i = 0; i < 2; i++) tickets.push((await issue(t, { queueCode: 'A' }).expect(201)).body);
  const w1 = await openWindow(t, 'clerk1', 1);
  await serve(w1, 1, '2026-11-30T09:10:00', '2026-11-30T09:11:00', '2026-11-30T09:17:00');
  await rateTicket(tickets[0], 5);
  await serve(w1, 1, '2026-11-30T09:20:00', '2026-11-30T09:21:00', '2026-11-30T09:30:00');
  await rateTicket(tickets[1], 2);
  await serve(w1, 1, '2026-11-30T09:30:00', null, '2026-11-30T09:35:00');

  for (const [name, item, materials] of [['G1', 'LNYDZ', LNYDZ], ['G2', 'LNYDZ', LNYDZ], ['Z1', 'JZZ', JZZ]] as const) {
    const res = await createCase(t, await t.login('clerk3'), { serviceItemCode: item, materials, decision: 'accept' });
    if (res.status !== 201) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
    cases[name] = res.body;
  }

  clock('2026-12-01T08:00:00');
  await fileRequest(t, { categoryCode: 'SZ' }).expect(201);
  clock('2026-12-01T09:00:00');
  const t4 = (await issue(t, { queueCode: 'A' }).expect(201)).body;
  const w2 = await openWindow(t, 'clerk2', 2);
  await serve(w2, 2, '2026-12-01T09:05:00', '2026-12-01T09:06:00', '2026-12-01T09:11:00');
  await rateTicket(t4, 4);
  clock('2026-12-01T10:00:00');
  await act('officer-zl', 'Z1', 'claim');
  await act('officer-zl', 'Z1', 'decide', { outcome: 'approved' });
  await act('clerk1', 'Z1', 'deliver', { method: 'post', trackingNo: 'SF1234567890' });

  clock('2026-12-02T10:00:00');
  await act('officer-gg', 'G1', 'claim');
  await act('officer-gg', 'G1', 'decide', { outcome: 'approved' });
  await act('clerk1', 'G1', 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } });
  await t.http().post('/api/v1/evaluations').send({ caseNumber: cases.G1.caseNumber, code: cases.G1.queryCode, score: 5 }).expect(201);

  clock('2026-12-08T10:00:00');
  await act('officer-gg', 'G2', 'claim');
  await act('officer-gg', 'G2', 'decide', options.g2Outcome === 'denied' ? { outcome: 'denied', reason: '材料不符合条件' } : { outcome: 'approved' });
  return cases;
}
