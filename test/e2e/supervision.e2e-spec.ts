import { CaseSweep } from '../../src/cases/case-sweep.service';
import { caseAction, createCase, JZZ_COMPLETE } from '../support/case-helpers';
import { binary, csvLines, readWorkbook } from '../support/export-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const at = (local: string) => Date.parse(`${local}+08:00`);

const M = (...codes: string[]) => codes.map((code) => ({ code, status: 'provided' }));
const MATERIALS: Record<string, Array<{ code: string; status: string }>> = {
  JZZ: JZZ_COMPLETE, LNYDZ: M('ID', 'HUKOU', 'PHOTO'), GTHBB: M('ID', 'PREMISES'), CJBT: M('ID', 'DISABILITY', 'BANK'),
  SYDJ: M('ID', 'HUKOU', 'MARRIAGE'), YBCB: M('ID', 'BIRTH'), SYDJ2: M('FORM', 'ID'),
};

interface Made {
  id: number;
  caseNumber: string;
  queryCode: string;
}

/**
 * One hall's fortnight (Mon 2026-11-23 … Wed 2026-12-02), built through the API with the pinned clock:
 *  A JZZ (ZL, 15 wd → due 12-14) claimed, open ·  B LNYDZ (GG, 5 wd → due 11-30, statutory 12-07) claimed, open, 督办 on 12-01
 *  C LNYDZ decided 11-25 (on time, 2 wd), delivered, rated 4 ·  D LNYDZ decided 12-02 (late, 7 wd)
 *  E GTHBB (FZ, 3 wd → due 11-26, statutory 11-30) never claimed ·  F CJBT (GG+ZL, 10 wd → due 12-07) not claimed
 *  G LNYDZ notified for 补正 on 11-23, supplemented and accepted 11-25, decided 11-26 (on time, 1 wd, not one visit)
 *  I1 SYDJ at window 1: ticket started 09:30, completed 10:10 (40 min > 15): overrun; rated 2 → rectification, closed 11-25
 *  I2 YBCB at window 2: started 09:30, completed 09:35 (5 min ≤ 10); rated 5
 *  I3 SYDJ2 without a ticket; rated 1 → rectification owned by GG, never closed (due 11-30)
 */
describe('supervision API (电子监察)', () => {
  let t: TestApp;
  const made: Record<string, Made> = {};
  const snapshots: Record<string, any> = {};

  const as = async (user: string) => bearer(await t.login(user));
  const clock = (local: string) => t.clock.set(at(local));
  const sweep = () => t.app.get(CaseSweep).sweep(t.clock.now());
  const overview = async (query: Record<string, string> = {}) => (await t.http().get('/api/v1/supervision/overview').query(query).set(await as('supervisor')).expect(200)).body;
  const figures = async (query: Record<string, string>) => (await t.http().get('/api/v1/supervision/figures').query(query).set(await as('supervisor')).expect(200)).body;

  async function make(name: string, item: string, clerk: string, extra: Record<string, unknown> = {}) {
    const res = await createCase(t, await t.login(clerk), { serviceItemCode: item, materials: MATERIALS[item], decision: 'accept', ...extra });
    if (res.status !== 201) throw new Error(`${name} ${item}: ${res.status} ${JSON.stringify(res.body)}`);
    made[name] = res.body;
    return res.body as Made;
  }
  const act = async (user: string, name: string, action: string, body?: Record<string, unknown>) => {
    const res = await caseAction(t, await t.login(user), made[name].id, action, body);
    if (res.status !== 200) throw new Error(`${action} ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const rate = (name: string, score: number) =>
    t.http().post('/api/v1/evaluations').send({ caseNumber: made[name].caseNumber, code: made[name].queryCode, score }).expect(201);

  beforeAll(async () => {
    t = await createTestApp();
    // ── Mon 11-23 09:30 ──
    await make('A', 'JZZ', 'clerk3');
    for (const name of ['B', 'C', 'D']) await make(name, 'LNYDZ', 'clerk3');
    await make('E', 'GTHBB', 'clerk3');
    await make('F', 'CJBT', 'clerk3');
    await make('G', 'LNYDZ', 'clerk3', { decision: 'notify', materials: M('ID', 'HUKOU').concat([{ code: 'PHOTO', status: 'missing' }]) });
    await act('officer-zl', 'A', 'claim');
    for (const name of ['B', 'C', 'D']) await act('officer-gg', name, 'claim');

    const first = (await issue(t, { queueCode: 'A' }).expect(201)).body;
    const second = (await issue(t, { queueCode: 'A' }).expect(201)).body;
    const w1 = await openWindow(t, 'clerk1', 1);
    const w2 = await openWindow(t, 'clerk2', 2);
    expect((await windowAction(t, w1, 1, 'call-next').expect(200)).body.ticket.id).toBe(first.id);
    expect((await windowAction(t, w2, 2, 'call-next').expect(200)).body.ticket.id).toBe(second.id);
    await windowAction(t, w1, 1, 'start').expect(200);
    await windowAction(t, w2, 2, 'start').expect(200);
    clock('2026-11-23T09:35:00');
    await make('I2', 'YBCB', 'clerk2', { decision: 'complete', ticketId: second.id });
    clock('2026-11-23T10:10:00');
    await make('I1', 'SYDJ', 'clerk1', { decision: 'complete', ticketId: first.id });
    await make('I3', 'SYDJ2', 'clerk3', { decision: 'complete' });
    await rate('I1', 2);
    await rate('I2', 5);
    await rate('I3', 1);
    snapshots.monday = await overview({ hall: 'TC' });

    // ── Wed 11-25 10:00 ──
    clock('2026-11-25T10:00:00');
    await act('officer-gg', 'C', 'decide', { outcome: 'approved' });
    await act('clerk1', 'C', 'deliver', { method: 'window', collectedBy: { type: 'applicant', idChecked: true } });
    await rate('C', 4);
    await act('clerk1', 'G', 'supplement', { materials: [{ code: 'PHOTO', status: 'provided' }] });
    const listed = (await t.http().get('/api/v1/rectifications').set(await as('clerk1')).expect(200)).body as Array<{ id: number; ownerType: string; windowNumber: number }>;
    const rectification = listed.find((r) => r.ownerType === 'window' && r.windowNumber === 1)!;
    for (const action of ['verify', 'rectify', 'reply', 'revisit']) {
      const who = action === 'verify' || action === 'revisit' ? 'supervisor' : 'clerk1'; // the rated window's clerk never verifies or closes
      await t.http().post(`/api/v1/rectifications/${rectification.id}/${action}`).set(await as(who)).send({ note: '已处理' }).expect(200);
    }
    expect(await sweep()).toMatchObject({ changed: 1 }); // E turns yellow: due tomorrow
    snapshots.wednesday = await overview();

    // ── Thu 11-26 ──
    clock('2026-11-26T10:00:00');
    await act('officer-gg', 'G', 'claim');
    await act('officer-gg', 'G', 'decide', { outcome: 'approved' });

    // ── Tue 12-01: B and D red, E red+ ──
    clock('2026-12-01T09:00:00');
    expect(await sweep()).toMatchObject({ changed: 3 });
    clock('2026-12-01T10:00:00');
    await act('supervisor', 'B', 'supervise', { note: '请说明逾期原因，12月3日前办结', respondBy: '2026-12-03' });
    clock('2026-12-01T14:00:00');
    await act('officer-gg', 'B', 'request-extension', { days: 2, reason: '需补充入户核验' });

    // ── Wed 12-02 ──
    clock('2026-12-02T10:00:00');
    await act('officer-gg', 'D', 'decide', { outcome: 'approved' });
    snapshots.december = await overview();
  });
  afterAll(async () => t?.close());

  describe('overview', () => {
    it('counts the open cases by light, overall and per department (a joint case in both)', () => {
      const monday = snapshots.monday;
      expect(monday.hall).toEqual({ code: 'TC', name: expect.any(String), timeZone: 'Asia/Shanghai' });
      expect(monday).toMatchObject({ today: '2026-11-23', generatedAt: '2026-11-23T10:10:00+08:00' });
      expect(monday.lights).toEqual({ green: 6, yellow: 0, red: 0, red_plus: 0, total: 6 });
      const row = (snapshot: any, code: string) => snapshot.departments.find((d: any) => d.code === code);
      expect(monday.departments.map((d: any) => d.code)).toEqual(['DJ', 'FZ', 'GG', 'XC', 'ZH', 'ZL']);
      expect(row(monday, 'GG')).toMatchObject({ name: '公共服务办公室', green: 4, total: 4 });
      expect(row(monday, 'ZL')).toMatchObject({ green: 2, total: 2 });
      expect(row(monday, 'FZ')).toMatchObject({ green: 1, total: 1 });
      expect(row(monday, 'DJ')).toMatchObject({ total: 0 });
      expect(monday.warnings).toEqual([]);

      expect(snapshots.wednesday.lights).toEqual({ green: 5, yellow: 1, red: 0, red_plus: 0, total: 6 });
      expect(snapshots.wednesday.warnings.map((w: any) => [w.caseNumber, w.level, w.daysLeft])).toEqual([[made.E.caseNumber, 'yellow', 1]]);

      const december = snapshots.december;
      expect(december.lights).toEqual({ green: 2, yellow: 0, red: 1, red_plus: 1, total: 4 });
      expect(row(december, 'GG')).toMatchObject({ green: 1, red: 1, total: 2 });
      expect(row(december, 'ZL')).toMatchObject({ green: 2, total: 2 });
      expect(row(december, 'FZ')).toMatchObject({ red_plus: 1, total: 1 });
    });

    it('lists the red cases with owner, days over in working days and the latest 督办意见', () => {
      const [e, b, ...rest] = snapshots.december.warnings;
      expect(rest).toEqual([]);
      expect(e).toMatchObject({
        caseId: made.E.id, caseNumber: made.E.caseNumber, itemCode: 'GTHBB', level: 'red_plus', status: 'dispatched', supervised: true,
        departments: [{ code: 'FZ', name: '区域发展办公室' }], assignees: [], dueDate: '2026-11-26', statutoryDueDate: '2026-11-30',
        overdue: true, daysOver: 4, daysLeft: null, latestNote: null,
      });
      expect(b).toMatchObject({
        caseId: made.B.id, itemName: '老年人优待证', level: 'red', status: 'in_progress', supervised: true,
        departments: [{ code: 'GG', name: '公共服务办公室' }], assignees: ['公共服务办经办人'], dueDate: '2026-11-30', daysOver: 2,
        latestNote: { note: '请说明逾期原因，12月3日前办结', respondBy: '2026-12-03', actorName: '电子监察员', at: '2026-12-01T10:00:00+08:00' },
      });
    });

    it('shows the supervised cases with their notes and what the department did since, closed ones last', () => {
      const list = snapshots.december.supervised;
      expect(list.map((c: any) => [c.caseNumber, c.level, c.open, c.answered])).toEqual([
        [made.E.caseNumber, 'red_plus', true, true], // supervised by the sweep, no note to answer
        [made.B.caseNumber, 'red', true, true],
        [made.D.caseNumber, null, false, true], // decided today, stays on the board for a week
      ]);
      const b = list[1];
      expect(b.notes).toHaveLength(1);
      expect(b.notes[0]).toMatchObject({ note: '请说明逾期原因，12月3日前办结', respondBy: '2026-12-03' });
      expect(b.notes[0].followUps).toEqual([
        { at: '2026-12-01T14:00:00+08:00', action: 'request_extension', text: '申请延期', actorName: '公共服务办经办人', departmentCode: 'GG', status: 'in_progress', reason: '需补充入户核验' },
      ]);
    });

    it('lists the immediate items served beyond their minutes, today only', () => {
      expect(snapshots.monday.overrunDate).toBe('2026-11-23');
      expect(snapshots.monday.overruns).toEqual([{
        caseId: made.I1.id, caseNumber: made.I1.caseNumber, itemCode: 'SYDJ', itemName: '生育登记', windowNumber: 1, ticketNumber: 'A001',
        startedAt: '2026-11-23T09:30:00+08:00', endedAt: '2026-11-23T10:10:00+08:00', minutes: 40, limitMinutes: 15, overByMinutes: 25,
      }]);
      expect(snapshots.december.overruns).toEqual([]);
    });

    it('shows a new note live in the next overview, and the department sees it', async () => {
      clock('2026-12-02T11:00:00');
      await act('supervisor', 'E', 'supervise', { note: '请区域发展办今日签收办理' });
      const now = await overview();
      const e = now.supervised.find((c: any) => c.caseId === made.E.id);
      expect(e).toMatchObject({ answered: false, notes: [{ note: '请区域发展办今日签收办理', respondBy: null, followUps: [] }] });
      expect(now.warnings[0].latestNote.note).toBe('请区域发展办今日签收办理');
      const seen = await t.http().get(`/api/v1/cases/${made.E.id}`).set(await as('officer-fz')).expect(200);
      expect(seen.body.events.at(-1)).toMatchObject({ action: 'supervise', reason: '请区域发展办今日签收办理' });
    });
  });

  describe('figures', () => {
    const range = { from: '2026-11-23', to: '2026-12-02' };

    it('per day', async () => {
      const body = await figures({ period: 'day', ...range });
      expect(body).toMatchObject({ period: 'day', from: '2026-11-23', to: '2026-12-02', today: '2026-12-02', hall: { code: 'TC' } });
      expect(body.buckets).toHaveLength(10);
      const day = (key: string) => body.buckets.find((b: any) => b.key === key);
      expect(day('2026-11-23')).toMatchObject({
        label: '11-23', title: '2026-11-23（周一）',
        onTime: { decided: 0, rate: null },
        oneVisit: { decided: 3, oneVisit: 3, rate: 1 },
        satisfaction: { ratings: 3, satisfied: 1, bad: 2, rate: 0.3333 },
        rectification: { opened: 2, due: 2, onTime: 1, pending: 0, rate: 0.5 },
      });
      expect(day('2026-11-25')).toMatchObject({ onTime: { decided: 1, onTime: 1, rate: 1 }, duration: { cases: 1, averageWorkingDays: 2 }, satisfaction: { ratings: 1, rate: 1 } });
      expect(day('2026-11-26')).toMatchObject({ onTime: { decided: 1, onTime: 1, rate: 1 }, duration: { averageWorkingDays: 1 }, oneVisit: { decided: 1, oneVisit: 0, rate: 0 } });
      expect(day('2026-12-02')).toMatchObject({ onTime: { decided: 1, onTime: 0, late: 1, rate: 0 }, duration: { averageWorkingDays: 7 }, oneVisit: { rate: 1 } });
      expect(day('2026-11-28')).toMatchObject({ onTime: { decided: 0, rate: null }, satisfaction: { ratings: 0, rate: null } });
    });

    it('per week and per month, with totals over the range', async () => {
      const week = await figures({ period: 'week', ...range });
      expect(week.buckets.map((b: any) => [b.key, b.from, b.to, b.onTime.rate, b.duration.averageWorkingDays, b.oneVisit.rate, b.satisfaction.rate, b.rectification.rate])).toEqual([
        ['2026-11-23', '2026-11-23', '2026-11-29', 1, 1.5, 0.8, 0.5, 0.5],
        ['2026-11-30', '2026-11-30', '2026-12-02', 0, 7, 1, null, null],
      ]);
      const month = await figures({ period: 'month', ...range });
      expect(month.buckets.map((b: any) => [b.key, b.label, b.onTime.decided, b.oneVisit.decided])).toEqual([['2026-11', '11月', 2, 5], ['2026-12', '12月', 1, 1]]);
      expect(month.totals).toEqual(week.totals);
      expect(week.totals).toMatchObject({
        onTime: { decided: 3, onTime: 2, late: 1, rate: 0.6667 },
        duration: { cases: 3, totalWorkingDays: 10, averageWorkingDays: 3.33, byItem: [{ itemCode: 'LNYDZ', itemName: '老年人优待证', cases: 3, averageWorkingDays: 3.33 }] },
        satisfaction: { ratings: 4, satisfied: 2, bad: 2, defaults: 0, rate: 0.5 },
        rectification: { opened: 2, due: 2, onTime: 1, rate: 0.5 },
        oneVisit: { decided: 6, oneVisit: 5, rate: 0.8333 },
      });
    });

    it('as CSV (the periods, 合计 last) and XLSX (periods and items), with the JSON figures', async () => {
      const get = async (format: string) => t.http().get('/api/v1/supervision/figures').query({ period: 'week', ...range, format }).set(await as('supervisor')).buffer(true).parse(binary).expect(200);
      const csv = await get('csv');
      expect(csv.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('效能统计_TC_2026-11-23_2026-12-02.csv')}`);
      const { bom, lines } = csvLines(csv.body);
      expect(bom).toBe(true);
      expect(lines[0].split(',').slice(0, 5)).toEqual(['统计周期', '承诺件办结数', '按时办结', '超期办结', '按时办结率']);
      expect(lines.slice(1).map((l) => l.split(',').slice(0, 5))).toEqual([
        ['2026-11-23 至 2026-11-29 当周', '2', '2', '0', '100.0%'],
        ['2026-11-30 至 2026-12-06 当周', '1', '0', '1', '0.0%'],
        ['合计', '3', '2', '1', '66.7%'],
      ]);
      const book = await readWorkbook((await get('xlsx')).body);
      expect(book.worksheets.map((w) => w.name)).toEqual(['效能统计(按周)', '事项办理时长']);
      expect(book.worksheets[0].getRow(5).values).toEqual(expect.arrayContaining(['合计', 3, 2, 1, 0.6667]));
      expect(book.worksheets[1].getRow(3).values).toEqual([undefined, 'LNYDZ', '老年人优待证', 3, 10, 3.33]);
      expect((await t.http().get('/api/v1/supervision/figures').query({ format: 'pdf' }).set(await as('supervisor')).expect(400)).body.code).toBe('INVALID_FORMAT');
    });

    it('defaults to the last 14 days by day', async () => {
      const body = await figures({});
      expect(body).toMatchObject({ period: 'day', from: '2026-11-19', to: '2026-12-02' });
      expect(body.buckets).toHaveLength(14);
    });
  });

  describe('rights and bad input', () => {
    it.each([
      ['overview', 'clerk1', 403], ['overview', 'officer-gg', 403], ['overview', 'head-gg', 403], ['overview', 'admin', 200],
      ['figures', 'clerk1', 403], ['figures', 'officer-zl', 403], ['figures', 'admin', 200], ['figures', 'supervisor', 200],
    ])('%s as %s → %i', async (what, user, status) => {
      const res = await t.http().get(`/api/v1/supervision/${what}`).set(await as(user)).expect(status);
      if (status === 403) expect(res.body.code).toBe('FORBIDDEN');
    });

    it.each(['overview', 'figures'])('%s without a token → 401', async (what) => {
      expect((await t.http().get(`/api/v1/supervision/${what}`).expect(401)).body.code).toBe('INVALID_TOKEN');
    });

    it.each([
      [{ period: 'year' }, 'INVALID_PERIOD'],
      [{ period: '' }, 'INVALID_PERIOD'],
      [{ from: '2026-13-01' }, 'INVALID_DATE'],
      [{ from: '2026-02-29' }, 'INVALID_DATE'],
      [{ to: '20261202' }, 'INVALID_DATE'],
      [{ from: '2026-12-02', to: '2026-12-01' }, 'INVALID_RANGE'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'RANGE_TOO_LONG'],
      [{ period: 'day', extra: '1' }, 'VALIDATION_FAILED'],
      [{ hall: 'T C' }, 'VALIDATION_FAILED'],
    ])('figures %j → 400 %s', async (query, code) => {
      const res = await t.http().get('/api/v1/supervision/figures').query(query).set(await as('supervisor')).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code });
    });

    it('accepts a full leap-length year', async () => {
      await t.http().get('/api/v1/supervision/figures').query({ period: 'month', from: '2025-01-01', to: '2026-01-01' }).set(await as('supervisor')).expect(200);
    });

    it('is a 404 for an unknown hall', async () => {
      for (const what of ['overview', 'figures']) {
        const res = await t.http().get(`/api/v1/supervision/${what}`).query({ hall: 'NOPE' }).set(await as('supervisor')).expect(404);
        expect(res.body.code).toBe('HALL_NOT_FOUND');
      }
    });
  });
});
