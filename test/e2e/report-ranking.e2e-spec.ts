import ExcelJS from 'exceljs';
import { caseAction, createCase } from '../support/case-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { binary } from '../support/export-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const at = (local: string) => Date.parse(`${local}+08:00`);
const M = (...codes: string[]) => codes.map((code) => ({ code, status: 'provided' }));

interface Ranked {
  rank: number | null;
  username?: string;
  departmentCode?: string;
  score: number | null;
  components: { key: string; value: number | null; points: number | null; weight: number }[];
}

/**
 * September–October: two LNYDZ cases across National Day (see beforeAll). November 2026, built through the API with
 * the pinned clock:
 *  Mon 11-02 09:00 tickets t1, t2, t3; clerk1 at window 1 serves t1 (service 4 min), rated 5; clerk2 at window 2
 *  serves t2 (10 min), rated 1, and t3 (20 min), rated 4.
 *  Cases accepted Mon 11-02: Z1 JZZ (ZL) decided Tue 11-03 (1 wd, on time); G1 LNYDZ (GG, 5 wd → due 11-09)
 *  decided Tue 11-10 (6 wd, late).
 * With the default weights (staff: served 30, satisfaction 40, bad reviews 20, service minutes 10):
 *  clerk1: served 1 → 0 pts (worst of 1..2), satisfied 1/1 → 100, 0 bad → 100, 4 min → 100: (0+4000+2000+1000)/100 = 70
 *  clerk2: served 2 → 100, satisfied 1/2 → 50, 1 bad → 0, 15 min → 0: (3000+2000)/100 = 50
 * Departments (on time 40, satisfaction 25, working days 10, rectified 15, requests 10), only figures present count:
 *  ZL: on time 1 → 100, 1 wd → 100 (best of 1..6): 100;  GG: 0 and 0: 0;  the others have no figure: rank null.
 */
describe('考核排名 (ranking API)', () => {
  let t: TestApp;
  const as = async (user: string) => bearer(await t.login(user));
  const clock = (local: string) => t.clock.set(at(local));
  const ranking = async (query: Record<string, string>, user = 'supervisor') =>
    (await t.http().get('/api/v1/reports/ranking').query(query).set(await as(user)).expect(200)).body;

  async function serve(token: string, n: number, calledAt: string, minutes: number) {
    clock(calledAt);
    await windowAction(t, token, n, 'call-next').expect(200);
    await windowAction(t, token, n, 'start').expect(200);
    t.clock.set(at(calledAt) + minutes * 60_000);
    await windowAction(t, token, n, 'finish').expect(200);
  }
  const rateTicket = (ticket: { id: number; statusToken?: string; token?: string }, score: number) =>
    t.http().post('/api/v1/evaluations').send({ ticketId: ticket.id, token: ticket.statusToken ?? ticket.token, score }).expect(201);
  async function decide(user: string, id: number) {
    for (const [action, body] of [['claim', undefined], ['decide', { outcome: 'approved' }]] as const) {
      const res = await caseAction(t, await t.login(user), id, action, body);
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    // across National Day (10-01…10-07 off, Saturday 10-10 worked): two LNYDZ (GG, 5 wd) accepted Wed 09-30 are due
    // 10-13; one decided 10-13 (5 wd: 10-08, 10-09, 10-10, 10-12, 10-13, on time), one 10-14 (6 wd, late)
    clock('2026-09-30T10:00:00');
    const holiday = [];
    for (let i = 0; i < 2; i++) holiday.push((await createCase(t, await t.login('clerk3'), { serviceItemCode: 'LNYDZ', materials: M('ID', 'HUKOU', 'PHOTO'), decision: 'accept' }).expect(201)).body);
    clock('2026-10-13T10:00:00');
    await decide('officer-gg', holiday[0].id);
    clock('2026-10-14T10:00:00');
    await decide('officer-gg', holiday[1].id);

    clock('2026-11-02T09:00:00');
    const tickets = [];
    for (let i = 0; i < 3; i++) tickets.push((await issue(t, { queueCode: 'A' }).expect(201)).body);
    const w1 = await openWindow(t, 'clerk1', 1);
    await serve(w1, 1, '2026-11-02T09:05:00', 4);
    await rateTicket(tickets[0], 5);
    const w2 = await openWindow(t, 'clerk2', 2);
    await serve(w2, 2, '2026-11-02T09:10:00', 10);
    await rateTicket(tickets[1], 1);
    await serve(w2, 2, '2026-11-02T09:30:00', 20);
    await rateTicket(tickets[2], 4);

    clock('2026-11-02T11:00:00');
    const z1 = (await createCase(t, await t.login('clerk3'), { serviceItemCode: 'JZZ', materials: M('ID', 'PHOTO', 'RESIDENCE'), decision: 'accept' }).expect(201)).body;
    const g1 = (await createCase(t, await t.login('clerk3'), { serviceItemCode: 'LNYDZ', materials: M('ID', 'HUKOU', 'PHOTO'), decision: 'accept' }).expect(201)).body;
    clock('2026-11-03T10:00:00');
    await decide('officer-zl', z1.id);
    clock('2026-11-10T10:00:00');
    await decide('officer-gg', g1.id);
    clock('2026-12-02T10:00:00');
  });
  afterAll(async () => t?.close());

  it('ranks staff by the weighted score of their month, components shown (hand-computed)', async () => {
    const body = await ranking({ month: '2026-11' });
    expect(body).toMatchObject({ month: '2026-11', hall: { code: 'TC' }, from: '2026-11-01', to: '2026-11-30' });
    expect(body.staff.map((s: Ranked) => [s.rank, s.username, s.score])).toEqual([[1, 'clerk1', 70], [2, 'clerk2', 50]]);
    expect(body.staff[1]).toMatchObject({ userId: expect.any(Number), displayName: '综合受理员二' });
    expect(body.staff[1].components).toEqual([
      { key: 'served', label: '办件量', value: 2, points: 100, weight: 30 },
      { key: 'satisfactionShare', label: '满意率', value: 0.5, points: 50, weight: 40 },
      { key: 'badReviews', label: '差评数', value: 1, points: 0, weight: 20 },
      { key: 'averageServiceMinutes', label: '平均办理时长(分钟)', value: 15, points: 0, weight: 10 },
    ]);
  });

  it('ranks departments; a department without figures has no rank and comes last', async () => {
    const body = await ranking({ month: '2026-11' });
    const ranked = body.departments.filter((d: Ranked) => d.rank !== null).map((d: Ranked) => [d.rank, d.departmentCode, d.score]);
    expect(ranked).toEqual([[1, 'ZL', 100], [2, 'GG', 0]]);
    expect(body.departments.length).toBeGreaterThan(2);
    expect(body.departments.slice(2).every((d: Ranked) => d.rank === null && d.score === null)).toBe(true);
    const gg = body.departments.find((d: Ranked) => d.departmentCode === 'GG');
    expect(gg.components.find((c: Ranked['components'][number]) => c.key === 'averageWorkingDays')).toMatchObject({ value: 6, points: 0 });
  });

  it('counts working days across National Day and its make-up Saturday, in the report and the ranking', async () => {
    const departments = (await t.http().get('/api/v1/reports/departments').query({ from: '2026-10-01', to: '2026-10-31' }).set(await as('supervisor')).expect(200)).body;
    expect(departments.rows.find((r: { departmentCode: string }) => r.departmentCode === 'GG')).toMatchObject({ casesDecided: 2, onTimeShare: 0.5, averageWorkingDays: 5.5 });
    const october = await ranking({ month: '2026-10' });
    const gg = october.departments.find((d: Ranked) => d.departmentCode === 'GG');
    expect(gg.rank).toBe(1);
    expect(gg.components.filter((c: Ranked['components'][number]) => c.value !== null).map((c: Ranked['components'][number]) => [c.key, c.value, c.points]))
      .toEqual([['onTimeShare', 0.5, 50], ['averageWorkingDays', 5.5, 100]]);
  });

  it('a month without visits ranks no staff; the default month is the last one', async () => {
    expect((await ranking({ month: '2026-10' })).staff).toEqual([]);
    expect((await ranking({})).month).toBe('2026-11');
  });

  it('an admin sets the weights: the order follows, the change is audited, a supervisor may not', async () => {
    const admin = await as('admin');
    const before = (await t.http().get('/api/v1/reports/ranking/weights').set(await as('supervisor')).expect(200)).body;
    expect(before.staff.map((c: { key: string; weight: number; defaultWeight: number }) => [c.key, c.weight, c.defaultWeight])).toEqual([
      ['served', 30, 30], ['satisfactionShare', 40, 40], ['badReviews', 20, 20], ['averageServiceMinutes', 10, 10],
    ]);
    await t.http().put('/api/v1/reports/ranking/weights').set(await as('supervisor')).send({ staff: { served: 100, satisfactionShare: 0, badReviews: 0, averageServiceMinutes: 0 } }).expect(403);

    const saved = await t.http().put('/api/v1/reports/ranking/weights').set(admin)
      .send({ staff: { served: 100, satisfactionShare: 0, badReviews: 0, averageServiceMinutes: 0 } }).expect(200);
    expect(saved.body.staff.map((c: { weight: number }) => c.weight)).toEqual([100, 0, 0, 0]);
    const body = await ranking({ month: '2026-11' });
    expect(body.staff.map((s: Ranked) => [s.rank, s.username, s.score])).toEqual([[1, 'clerk2', 100], [2, 'clerk1', 0]]);
    expect(body.weights.staff).toEqual({ served: 100, satisfactionShare: 0, badReviews: 0, averageServiceMinutes: 0 });
    expect(body.weights.departments.onTimeShare).toBe(40);

    const audit = (await t.http().get('/api/v1/audit?subjectType=report_weights').set(admin).expect(200)).body;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'report.weights', subjectId: 'staff', detail: { before: { served: 30, satisfactionShare: 40 }, after: { served: 100, satisfactionShare: 0 } } });

    // the same weights again change nothing and write no audit entry
    await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({ staff: saved.body.staff.reduce((a: Record<string, number>, c: { key: string; weight: number }) => ({ ...a, [c.key]: c.weight }), {}) }).expect(200);
    expect((await t.http().get('/api/v1/audit?subjectType=report_weights').set(admin).expect(200)).body).toHaveLength(1);

    await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({ staff: { served: 30, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10 } }).expect(200);
  });

  it.each([
    [{ staff: { served: 30 } }, '满意率的权重须为 0–100 的整数'],
    [{ staff: { served: 30, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10.5 } }, '平均办理时长(分钟)的权重须为 0–100 的整数'],
    [{ staff: { served: 0, satisfactionShare: 0, badReviews: 0, averageServiceMinutes: 0 } }, '至少一项权重须大于 0'],
    [{ departments: { onTimeShare: 40, nope: 1 } }, '未知的考核指标 nope'],
    [{ staff: { served: 101, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10 } }, '办件量的权重须为 0–100 的整数'],
  ])('bad weights %j → 400 INVALID_WEIGHTS, nothing changes', async (body, message) => {
    const admin = await as('admin');
    // a valid department set beside a bad staff set is not written either
    const res = await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({ departments: { onTimeShare: 1, satisfactionShare: 0, averageWorkingDays: 0, rectifiedOnTimeShare: 0, requestsWithinLimitShare: 0 }, ...body }).expect(400);
    expect(res.body).toMatchObject({ code: 'INVALID_WEIGHTS', message });
    const now = (await t.http().get('/api/v1/reports/ranking/weights').set(admin).expect(200)).body;
    expect(now.departments.map((c: { weight: number }) => c.weight)).toEqual([40, 25, 10, 15, 10]);
  });

  it('no weights → 400 INVALID_WEIGHTS; non-object weights → 400 from validation', async () => {
    const admin = await as('admin');
    expect((await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({}).expect(400)).body).toMatchObject({ code: 'INVALID_WEIGHTS', message: '请提供 staff 或 departments 的权重' });
    await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({ staff: 5 }).expect(400);
  });

  it('two admins saving at once: both answered, the last write stands, no 5xx', async () => {
    const admin = await as('admin');
    const sets = [10, 20, 30, 40].map((served) => ({ staff: { served, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10 } }));
    const answers = await Promise.all(sets.map((s) => t.http().put('/api/v1/reports/ranking/weights').set(admin).send(s)));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const now = (await t.http().get('/api/v1/reports/ranking/weights').set(admin).expect(200)).body;
    expect([10, 20, 30, 40]).toContain(now.staff[0].weight);
    await t.http().put('/api/v1/reports/ranking/weights').set(admin).send({ staff: { served: 30, satisfactionShare: 40, badReviews: 20, averageServiceMinutes: 10 } }).expect(200);
  });

  it.each([
    ['clerk1', 403],
    ['head-gg', 403],
    ['officer-gg', 403],
  ])('%s may not read the ranking → %i', async (user, status) => {
    await t.http().get('/api/v1/reports/ranking?month=2026-11').set(await as(user)).expect(status);
  });

  it.each([['2026-13'], ['2026-1'], ['now']])('month=%s → 400 INVALID_MONTH', async (month) => {
    const res = await t.http().get('/api/v1/reports/ranking').query({ month }).set(await as('supervisor')).expect(400);
    expect(res.body.code).toBe('INVALID_MONTH');
  });

  it('format=pdf → 400 INVALID_FORMAT; list must be staff or departments', async () => {
    expect((await t.http().get('/api/v1/reports/ranking?month=2026-11&format=pdf').set(await as('supervisor')).expect(400)).body.code).toBe('INVALID_FORMAT');
    await t.http().get('/api/v1/reports/ranking?month=2026-11&format=csv&list=windows').set(await as('supervisor')).expect(400);
  });

  it('CSV: one list with a BOM, the weight in each header, the numbers of the JSON', async () => {
    const res = await t.http().get('/api/v1/reports/ranking?month=2026-11&format=csv').set(await as('supervisor')).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('考核排名_TC_2026-11.csv')}`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('名次,工作人员,账号,总分,办件量,办件量得分(权重30),满意率,满意率得分(权重40),差评数,差评数得分(权重20),平均办理时长(分钟),平均办理时长(分钟)得分(权重10)');
    expect(lines.slice(1)).toEqual([
      '1,综合受理员一,clerk1,70.00,1,0.0,100.0%,100.0,0,100.0,4.0,100.0',
      '2,综合受理员二,clerk2,50.00,2,100.0,50.0%,50.0,1,0.0,15.0,0.0',
    ]);
    const departments = await t.http().get('/api/v1/reports/ranking?month=2026-11&format=csv&list=departments').set(await as('supervisor')).buffer(true).parse(binary).expect(200);
    expect((departments.body as Buffer).toString('utf8').split('\r\n')[1]).toMatch(/^1,ZL,/);
  });

  it('XLSX: both lists, one sheet each, read back with exceljs', async () => {
    const res = await t.http().get('/api/v1/reports/ranking?month=2026-11&format=xlsx').set(await as('admin')).buffer(true).parse(binary).expect(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['人员考核排名', '部门考核排名']);
    const staff = book.getWorksheet('人员考核排名')!;
    expect(staff.getRow(3).values).toEqual([undefined, 1, '综合受理员一', 'clerk1', 70, 1, 0, 1, 100, 0, 100, 4, 100]);
    expect(staff.getRow(3).getCell(7).numFmt).toBe('0.0%');
    expect(book.getWorksheet('部门考核排名')!.getRow(3).getCell(2).value).toBe('ZL');
  });
});
