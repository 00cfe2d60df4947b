import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Ticket } from '../../src/queue/ticket.entity';
import { binary } from '../support/export-helpers';
import { buildMonthEndFixture } from '../support/report-fixture';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const at = (local: string) => Date.parse(`${local}+08:00`);


/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies read field by field */
type Body = Record<string, any>;
const mean1 = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;
const mean2 = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

/**
 * The fixture of reports.e2e-spec.ts (November → December month end, pinned clock): at window 1 clerk1 serves t1
 * (wait 10, service 6, rated 5, phone given) and t2 (wait 20, service 9, rated 2), t3 a no-show after 30 minutes;
 * on 12-01 clerk2 serves t4 at window 2 (wait 5, service 5, rated 4) and a resident reports a request (SZ).
 * Cases G1, G2 (LNYDZ, GG) and Z1 (JZZ, ZL): Z1 decided 12-01, G1 12-02 (2 visits), G2 12-08 (late).
 * Each drill-down list is checked against the figures of its report row.
 */
describe('report drill-down records API (明细)', () => {
  let t: TestApp;
  const as = async (user: string) => bearer(await t.login(user));
  const get = async (path: string, query: Record<string, string>, user = 'supervisor', status = 200): Promise<Body> => {
    const res = await t.http().get(`/api/v1/reports/${path}`).query(query).set(await as(user));
    if (res.status !== status) throw new Error(`${path} ${JSON.stringify(query)}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const cases: Record<string, { id: number; caseNumber: string; queryCode: string }> = {};
  const RANGE = { from: '2026-11-30', to: '2026-12-08' };

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(cases, await buildMonthEndFixture(t, { firstPhone: '13800138000', g2Outcome: 'denied' }));
  });
  afterAll(async () => t?.close());

  describe('windows: the visits behind a window × clerk row', () => {
    it('each row: 办结 = served, 过号 = noShows, the mean wait, service and rating of the list = the row', async () => {
      const q = { from: '2026-11-30', to: '2026-12-01' };
      const rep = await get('windows', q);
      expect(rep.rows).toHaveLength(2);
      for (const row of rep.rows) {
        const list = await get('windows/records', { ...q, window: String(row.windowNumber), clerk: String(row.clerk.id) });
        expect(list).toMatchObject({ kind: 'windows', title: '窗口与人员明细', hall: { code: 'TC' }, ...q, filter: { window: row.windowNumber, clerk: row.clerk.id }, truncated: false, limit: 2000 });
        expect(list.total).toBe(row.served + row.noShows);
        expect(list.rows.filter((r: Body) => r.status === 'done')).toHaveLength(row.served);
        expect(list.rows.filter((r: Body) => r.statusName === '过号')).toHaveLength(row.noShows);
        expect(mean1(list.rows.map((r: Body) => r.waitMinutes))).toBe(row.averageWaitMinutes);
        expect(mean1(list.rows.flatMap((r: Body) => (r.serviceMinutes === null ? [] : [r.serviceMinutes])))).toBe(row.averageServiceMinutes);
        const scores = list.rows.flatMap((r: Body) => (r.rating ? [r.rating.score] : []));
        expect(scores).toHaveLength(row.ratings.count);
        expect(mean2(scores)).toBe(row.ratings.average);
        expect(list.rows.every((r: Body) => r.windowNumber === row.windowNumber && r.clerk.username === row.clerk.username)).toBe(true);
      }
      const all = await get('windows/records', q);
      expect(all.total).toBe(rep.totals.served + rep.totals.noShows);
    });

    it('hand-computed: newest first, hall-local times, the resident phone masked', async () => {
      const list = await get('windows/records', { from: '2026-11-30', to: '2026-11-30', window: '1' });
      expect(list.rows.map((r: Body) => [r.number, r.status, r.waitMinutes, r.serviceMinutes, r.rating?.score ?? null])).toEqual([
        ['A003', 'no_show', 30, null, null], ['A002', 'done', 20, 9, 2], ['A001', 'done', 10, 6, 5],
      ]);
      const t1 = list.rows[2];
      expect(t1).toMatchObject({
        businessDate: '2026-11-30', itemName: expect.any(String), phone: '138****8000', issuedAt: '2026-11-30T09:00:00+08:00',
        calledAt: '2026-11-30T09:10:00+08:00', startedAt: '2026-11-30T09:11:00+08:00', finishedAt: '2026-11-30T09:17:00+08:00',
        windowName: '1号综合窗口', clerk: { username: 'clerk1', displayName: '综合受理员一' },
      });
      expect(JSON.stringify(list)).not.toContain('13800138000');
      expect((await get('windows/records', { from: '2026-12-01', to: '2026-12-01', window: '1' })).total).toBe(0);
      expect((await get('windows/records', { from: '2026-11-30', to: '2026-12-01', window: '2' })).rows.map((r: Body) => [r.number, r.businessDate])).toEqual([['A001', '2026-12-01']]);
    });
  });

  describe('departments and items: the decided cases behind a row', () => {
    it('each department row: count = casesDecided, on-time share, working days and visits per case of the list = the row', async () => {
      const rep = await get('departments', { from: '2026-12-01', to: '2026-12-08' });
      const withCases = rep.rows.filter((r: Body) => r.casesDecided > 0);
      expect(withCases.map((r: Body) => r.departmentCode).sort()).toEqual(['GG', 'ZL']);
      for (const row of rep.rows) {
        const list = await get('departments/records', { from: '2026-12-01', to: '2026-12-08', department: row.departmentCode });
        expect(list.total).toBe(row.casesDecided);
        if (!row.casesDecided) continue;
        const promised = list.rows.filter((r: Body) => r.onTime !== null);
        expect(Math.round((promised.filter((r: Body) => r.onTime).length / promised.length) * 10000) / 10000).toBe(row.onTimeShare);
        expect(mean2(promised.map((r: Body) => r.workingDaysTaken))).toBe(row.averageWorkingDays);
        expect(mean2(list.rows.map((r: Body) => r.visits))).toBe(row.visitsPerCase);
      }
      expect((await get('departments/records', { from: '2026-12-01', to: '2026-12-08' })).total).toBe(rep.totals.casesDecided);
    });

    it('hand-computed: newest decision first, the applicant masked, no ID number or phone, the outcome', async () => {
      const list = await get('departments/records', { from: '2026-12-01', to: '2026-12-08', department: 'gg' });
      expect(list.filter).toEqual({ department: 'GG' });
      expect(list.rows.map((r: Body) => [r.caseNumber, r.workingDaysTaken, r.onTime, r.visits, r.outcomeName])).toEqual([
        [cases.G2.caseNumber, 6, false, 1, '不予批准'], [cases.G1.caseNumber, 2, true, 2, '准予'],
      ]);
      expect(list.rows[1]).toMatchObject({ itemCode: 'LNYDZ', departments: '公共服务办公室', applicantName: '张*三', decidedAt: '2026-12-02T10:00:00+08:00' });
      const text = JSON.stringify(list);
      expect(text).not.toContain('张小三');
      expect(text).not.toContain('33010619900101123X');
      expect(text).not.toContain('13800138000');
    });

    it('each item row: count = casesDecided', async () => {
      const rep = await get('items', { from: '2026-12-01', to: '2026-12-08' });
      expect(rep.rows.map((r: Body) => r.itemCode)).toEqual(['JZZ', 'LNYDZ']);
      for (const row of rep.rows) {
        const list = await get('items/records', { from: '2026-12-01', to: '2026-12-08', item: row.itemCode });
        expect(list.total).toBe(row.casesDecided);
        expect(list.rows.every((r: Body) => r.itemCode === row.itemCode)).toBe(true);
      }
      expect((await get('items/records', { from: '2026-12-01', to: '2026-12-01' })).rows.map((r: Body) => r.caseNumber)).toEqual([cases.Z1.caseNumber]);
    });
  });

  describe('requests and halls', () => {
    it('a request category row: count and within-limit share of the list = the row', async () => {
      const rep = await get('requests', RANGE);
      const row = rep.rows[0];
      const list = await get('requests/records', { ...RANGE, category: row.categoryCode });
      expect(list.total).toBe(row.count);
      expect(list.rows[0]).toMatchObject({ categoryCode: 'SZ', reportedAt: '2026-12-01T08:00:00+08:00', repliedAt: null, hoursToReply: null, sourceName: expect.any(String) });
      const known = list.rows.filter((r: Body) => r.withinLimit !== null);
      expect(known.length ? known.filter((r: Body) => r.withinLimit).length / known.length : null).toBe(row.withinLimitShare);
      expect((await get('requests/records', { ...RANGE, category: 'NOPE' })).total).toBe(0);
    });

    it('a hall row: the visits of the centre or of a point = ticketsServed + noShows', async () => {
      const rep = await get('halls', RANGE);
      for (const row of rep.rows) {
        const list = await get('halls/records', { ...RANGE, point: row.hallCode });
        expect(list.total).toBe(row.ticketsServed + row.noShows);
        expect(list.rows.filter((r: Body) => r.status === 'done')).toHaveLength(row.ticketsServed);
      }
      expect((await get('halls/records', RANGE)).total).toBe(4);
      expect((await get('halls/records', { ...RANGE, point: 'ZZ9' }, 'supervisor', 400)).code).toBe('INVALID_FILTER');
    });
  });

  describe('rights: the same as the report', () => {
    it('a head reads their own department and items only', async () => {
      const own = await get('departments/records', RANGE, 'head-gg');
      expect(own.rows.map((r: Body) => r.caseNumber).sort()).toEqual([cases.G1.caseNumber, cases.G2.caseNumber].sort());
      expect((await get('departments/records', { ...RANGE, department: 'GG' }, 'head-gg')).total).toBe(2);
      expect((await get('departments/records', { ...RANGE, department: 'ZL' }, 'head-gg', 403)).code).toBe('REPORT_FORBIDDEN');
      expect((await get('items/records', { ...RANGE, item: 'JZZ' }, 'head-zl')).total).toBe(1);
      expect((await get('items/records', RANGE, 'head-zl')).rows.map((r: Body) => r.itemCode)).toEqual(['JZZ']);
      expect((await get('items/records', { ...RANGE, item: 'LNYDZ' }, 'head-zl', 403)).code).toBe('REPORT_FORBIDDEN');
    });

    it.each([
      ['head-gg', 'windows', 'REPORT_FORBIDDEN'], ['head-gg', 'requests', 'REPORT_FORBIDDEN'], ['clerk1', 'windows', 'FORBIDDEN'], ['clerk1', 'departments', 'FORBIDDEN'], ['officer-gg', 'items', 'FORBIDDEN'],
    ])('%s reading %s records → 403 %s', async (user, kind, code) => {
      expect((await get(`${kind}/records`, RANGE, user, 403)).code).toBe(code);
    });

    it('anonymous → 401', async () => {
      await t.http().get('/api/v1/reports/windows/records').expect(401);
    });
  });

  describe('bad input', () => {
    it.each([
      ['windows', { window: 'abc' }, 400, 'INVALID_FILTER'],
      ['windows', { clerk: '-1' }, 400, 'INVALID_FILTER'],
      ['windows', { department: 'GG' }, 400, 'INVALID_FILTER'],
      ['departments', { department: 'G G' }, 400, 'INVALID_FILTER'],
      ['items', { item: 'x'.repeat(40) }, 400, 'VALIDATION_FAILED'],
      ['requests', { colour: 'red' }, 400, 'VALIDATION_FAILED'],
      ['windows', { format: 'pdf' }, 400, 'INVALID_FORMAT'],
      ['windows', { from: '2026-12-02', to: '2026-11-01' }, 400, 'INVALID_RANGE'],
      ['nonsense', {}, 404, 'UNKNOWN_REPORT'],
    ])('%s %j → %i %s', async (kind, query, status, code) => {
      expect((await get(`${kind}/records`, query as Record<string, string>, 'supervisor', status)).code).toBe(code);
    });
  });

  describe('exports', () => {
    it('CSV: UTF-8 with a BOM, the Chinese headers, the rows of the screen and the count line', async () => {
      const res = await t.http().get('/api/v1/reports/windows/records').query({ from: '2026-11-30', to: '2026-11-30', window: '1', format: 'csv' })
        .set(await as('supervisor')).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('窗口与人员明细_1_TC_2026-11-30_2026-11-30.csv')}`);
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('票号,业务日期,事项/业务,手机(脱敏),取号时间,叫号时间,开始办理,结束时间,等候(分钟),办理(分钟),状态,窗口,工作人员,评分');
      expect(lines[3]).toMatch(/^A001,2026-11-30,[^,]+,138\*\*\*\*8000,2026-11-30 09:00,2026-11-30 09:10,2026-11-30 09:11,2026-11-30 09:17,10\.0,6\.0,办结,1号综合窗口,综合受理员一,5$/);
      expect(lines[1]).toMatch(/^A003,.*,30\.0,,过号,/);
      expect(lines[4]).toBe('共 3 条,,,,,,,,,,,,,');
    });

    it('XLSX: read back with exceljs, the same cases with number formats', async () => {
      const res = await t.http().get('/api/v1/reports/departments/records').query({ from: '2026-12-01', to: '2026-12-08', department: 'GG', format: 'xlsx' })
        .set(await as('supervisor')).buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
      const sheet = book.worksheets[0];
      expect(sheet.name).toBe('部门办件明细');
      expect(sheet.getRow(2).values).toEqual([undefined, '办件编号', '事项', '承办部门', '申请人(脱敏)', '受理时间', '办结时间', '用时(工作日)', '按时办结', '跑动次数', '结果']);
      const g1 = sheet.getRow(4);
      expect([g1.getCell(1).value, g1.getCell(4).value, g1.getCell(7).value, g1.getCell(8).value, g1.getCell(9).value, g1.getCell(10).value])
        .toEqual([cases.G1.caseNumber, '张*三', 2, '是', 2, '准予']);
      expect(g1.getCell(7).numFmt).toBe('0');
      expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('共 2 条');
    });
  });

  it('a long period lists the newest 2,000 and says how many there are', async () => {
    const db = t.app.get(DataSource);
    const clerk = (await get('windows', { from: '2026-11-30', to: '2026-11-30' })).rows[0].clerk.id as number;
    const base = at('2026-11-10T08:00:00');
    const rows = Array.from({ length: 2005 }, (_, i) => ({
      hallCode: 'TC', queueCode: 'A', businessDate: '2026-11-10', seqNo: 5000 + i, number: `A${5000 + i}`, status: 'no_show' as const,
      statusToken: `bulk${i}`, issuedAt: base + i * 1000, enqueuedAt: base + i * 1000, calledAt: base + i * 1000 + 60_000, finishedAt: base + i * 1000 + 120_000,
      windowNumber: 1, servedBy: clerk,
    }));
    for (let i = 0; i < rows.length; i += 200) await db.getRepository(Ticket).insert(rows.slice(i, i + 200));
    const q = { from: '2026-11-10', to: '2026-11-30', window: '1', clerk: String(clerk) };
    const list = await get('windows/records', q);
    expect(list).toMatchObject({ total: 2008, truncated: true, limit: 2000 });
    expect(list.rows).toHaveLength(2000);
    expect(list.rows[0].number).toBe('A003');
    const row = (await get('windows', { from: q.from, to: q.to })).rows.find((r: Body) => r.windowNumber === 1 && r.clerk.id === clerk);
    expect(row.served + row.noShows).toBe(list.total);
    const csv = await t.http().get('/api/v1/reports/windows/records').query({ ...q, format: 'csv' }).set(await as('supervisor')).buffer(true).parse(binary).expect(200);
    expect((csv.body as Buffer).toString('utf8')).toContain('共 2008 条，仅列出最新 2000 条');
  });
});
