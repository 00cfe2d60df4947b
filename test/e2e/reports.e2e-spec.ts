import ExcelJS from 'exceljs';
import { binary } from '../support/export-helpers';
import { buildMonthEndFixture } from '../support/report-fixture';
import { bearer, createTestApp, TestApp } from '../support/test-app';

/**
 * The month-end fixture (test/support/report-fixture.ts), G2 approved:
 *  Mon 11-30 09:00 tickets t1, t2, t3 (A); clerk1 at window 1 serves t1 (wait 10, service 6) and t2 (wait 20,
 *  service 9), t3 is a no-show after a 30-minute wait; t1 rated 5, t2 rated 2.
 *  Tue 12-01 08:00 a resident's request (SZ); 09:00 ticket t4; clerk2 at window 2 serves it (wait 5, service 5), rated 4.
 *  Cases accepted Mon 11-30: G1, G2 LNYDZ (GG, 5 wd → due 12-07), Z1 JZZ (ZL). Z1 decided Tue 12-01 (1 wd) and
 *  posted; G1 decided Wed 12-02 (2 wd, on time), collected at the window (2 visits) and rated 5; G2 decided
 *  Tue 12-08 (6 wd, late; 1 visit).
 */
interface Row {
  itemCode: string;
  hallCode: string;
  windowNumber: number;
  clerk: { username: string };
  served: number;
  averageWaitMinutes: number;
  averageServiceMinutes: number;
  ratings: { average: number };
  departmentCode: string;
}

describe('reports API (考核)', () => {
  let t: TestApp;
  const as = async (user: string) => bearer(await t.login(user));
  const report = async (kind: string, query: Record<string, string>, user = 'supervisor'): Promise<{ rows: Row[]; totals: unknown } & Record<string, unknown>> =>
    (await t.http().get(`/api/v1/reports/${kind}`).query(query).set(await as(user)).expect(200)).body;
  const cases: Record<string, { id: number; caseNumber: string; queryCode: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(cases, await buildMonthEndFixture(t));
  });
  afterAll(async () => t?.close());

  describe('windows', () => {
    it('one row per window × clerk for a single day (hand-computed)', async () => {
      const body = await report('windows', { from: '2026-11-30', to: '2026-11-30' });
      expect(body).toMatchObject({ kind: 'windows', title: '窗口与人员', hall: { code: 'TC' }, from: '2026-11-30', to: '2026-11-30' });
      expect(body.rows).toEqual([{
        windowNumber: 1, windowName: '1号综合窗口', clerk: { id: expect.any(Number), username: 'clerk1', displayName: '综合受理员一' },
        served: 2, noShows: 1, noShowShare: 0.3333, averageWaitMinutes: 20, averageServiceMinutes: 7.5,
        ratings: { count: 2, average: 3.5, bad: 1 },
      }]);
    });

    it('across the month end: both days, and the totals over every visit', async () => {
      const body = await report('windows', { from: '2026-11-30', to: '2026-12-01' });
      expect(body.rows.map((r: Row) => [r.windowNumber, r.clerk.username, r.served, r.averageWaitMinutes, r.averageServiceMinutes, r.ratings.average]))
        .toEqual([[1, 'clerk1', 2, 20, 7.5, 3.5], [2, 'clerk2', 1, 5, 5, 4]]);
      expect(body.totals).toEqual({
        served: 3, noShows: 1, noShowShare: 0.25, averageWaitMinutes: 16.3, averageServiceMinutes: 6.7,
        ratings: { count: 3, average: 3.67, bad: 1 },
      });
      expect((await report('windows', { from: '2026-12-01', to: '2026-12-01' })).rows.map((r: Row) => r.clerk.username)).toEqual(['clerk2']);
      expect((await report('windows', { from: '2026-12-02' })).rows).toEqual([]);
    });
  });

  describe('departments', () => {
    it('decided cases, on-time share, working days, satisfaction and visits per case (hand-computed)', async () => {
      const body = await report('departments', { from: '2026-12-01', to: '2026-12-08' });
      const row = (code: string) => body.rows.find((r: Row) => r.departmentCode === code);
      expect(row('GG')).toEqual({
        departmentCode: 'GG', departmentName: '公共服务办公室', casesDecided: 2, onTimeShare: 0.5, averageWorkingDays: 4,
        satisfactionShare: 1, badReviews: 0, badReviewsRectifiedOnTime: 0, visitsPerCase: 1.5,
      });
      expect(row('ZL')).toMatchObject({ casesDecided: 1, onTimeShare: 1, averageWorkingDays: 1, visitsPerCase: 1 });
      expect(body.totals).toMatchObject({ casesDecided: 3, visitsPerCase: 1.33 });
      expect((await report('departments', { from: '2026-12-01', to: '2026-12-01' })).totals).toMatchObject({ casesDecided: 1 });
    });

    it('a department head sees only their department', async () => {
      const body = await report('departments', { from: '2026-12-01', to: '2026-12-08' }, 'head-gg');
      expect(body.rows.map((r: Row) => r.departmentCode)).toEqual(['GG']);
      expect(body.totals).toMatchObject({ casesDecided: 2 });
    });
  });

  describe('items, requests and halls', () => {
    it('per item: decided cases, on time, working days, visits and ratings', async () => {
      const body = await report('items', { from: '2026-12-01', to: '2026-12-08' });
      expect(body.rows.map((r) => r.itemCode)).toEqual(['JZZ', 'LNYDZ']);
      expect(body.rows[1]).toMatchObject({ itemName: expect.any(String), casesDecided: 2, onTimeShare: 0.5, averageWorkingDays: 4, visitsPerCase: 1.5, ratings: 1, satisfactionShare: 1 });
      expect(body.rows[0]).toMatchObject({ casesDecided: 1, onTimeShare: 1, averageWorkingDays: 1, visitsPerCase: 1, ratings: 0 });
      expect((await report('items', { from: '2026-12-01', to: '2026-12-08' }, 'head-zl')).rows.map((r) => r.itemCode)).toEqual(['JZZ']);
    });

    it('per request category', async () => {
      const body = await report('requests', { from: '2026-11-30', to: '2026-12-08' });
      expect(body.rows).toEqual([{ categoryCode: 'SZ', categoryName: expect.any(String), count: 1, medianHoursToReply: null, p90HoursToReply: null, withinLimitShare: expect.any(Number) }]);
      expect(body.totals).toMatchObject({ count: 1 });
    });

    it('the centre and its community point', async () => {
      const body = await report('halls', { from: '2026-11-30', to: '2026-12-08' });
      expect(body.rows.map((r) => r.hallCode)).toEqual(['TC', 'TC01']);
      expect(body.rows[0]).toMatchObject({
        kindName: '中心', ticketsServed: 3, noShows: 1, averageWaitMinutes: 16.3, casesReceived: 3, casesDecided: 3, onTimeShare: 0.6667, visitsPerCase: 1.33, requests: 1,
      });
      expect(body.rows[1]).toMatchObject({ kindName: '便民服务点', ticketsServed: 0, casesReceived: 0, requests: 0 });
      expect(body.totals).toMatchObject({ ticketsServed: 3, casesDecided: 3, requests: 1 });
    });

    it.each(['items', 'requests', 'halls'])('%s exports as CSV with the 合计 row', async (kind) => {
      const res = await t.http().get(`/api/v1/reports/${kind}`).query({ from: '2026-11-30', to: '2026-12-08', format: 'csv' }).set(await as('supervisor'))
        .buffer(true).parse(binary).expect(200);
      const lines = (res.body as Buffer).toString('utf8').split('\r\n');
      expect(lines.find((l) => l.startsWith('合计'))).toBeDefined();
    });
  });

  describe('exports', () => {
    it('CSV: UTF-8 with a BOM, Chinese headers, the rows of the screen and 合计', async () => {
      const res = await t.http().get('/api/v1/reports/windows').query({ from: '2026-11-30', to: '2026-12-01', format: 'csv' }).set(await as('supervisor'))
        .buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('窗口与人员考核_TC_2026-11-30_2026-12-01.csv')}`);
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('窗口号,窗口名称,工作人员,账号,办结人次,过号人次,过号率,平均等候(分钟),平均办理(分钟),评价数,平均评分,差评数');
      expect(lines[1]).toBe('1,1号综合窗口,综合受理员一,clerk1,2,1,33.3%,20.0,7.5,2,3.50,1');
      expect(lines[2]).toBe('2,2号综合窗口,综合受理员二,clerk2,1,0,0.0%,5.0,5.0,1,4.00,0');
      expect(lines[3]).toBe('合计,,,,3,1,25.0%,16.3,6.7,3,3.67,1');
    });

    it('XLSX: a real workbook read back with exceljs holds the same numbers with formats', async () => {
      const res = await t.http().get('/api/v1/reports/departments').query({ from: '2026-12-01', to: '2026-12-08', format: 'xlsx' }).set(await as('supervisor'))
        .buffer(true).parse(binary).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
      const sheet = book.worksheets[0];
      expect(sheet.name).toBe('部门考核');
      expect(sheet.getRow(2).values).toEqual([undefined, '部门代码', '部门', '办结件数', '按时办结率', '平均办理工作日', '满意率', '差评数', '差评按时整改数', '件均跑动次数']);
      const gg = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => r.getCell(1).value === 'GG')!;
      expect([gg.getCell(3).value, gg.getCell(4).value, gg.getCell(5).value, gg.getCell(6).value, gg.getCell(9).value]).toEqual([2, 0.5, 4, 1, 1.5]);
      expect(gg.getCell(4).numFmt).toBe('0.0%');
      const last = sheet.getRow(sheet.rowCount);
      expect([last.getCell(1).value, last.getCell(3).value]).toEqual(['合计', 3]);
    });
  });

  describe('rights and bad input', () => {
    it.each([
      ['head-gg', 'windows', 403, 'REPORT_FORBIDDEN'],
      ['officer-gg', 'departments', 403, undefined],
      ['clerk1', 'windows', 403, undefined],
    ])('%s reading %s → %i', async (user, kind, status, code) => {
      const res = await t.http().get(`/api/v1/reports/${kind}`).set(await as(user)).expect(status);
      if (code) expect(res.body.code).toBe(code);
    });

    it('anonymous → 401', async () => {
      await t.http().get('/api/v1/reports/windows').expect(401);
    });

    it.each([
      ['windows', { format: 'pdf' }, 400, 'INVALID_FORMAT'],
      ['nonsense', {}, 404, 'UNKNOWN_REPORT'],
      ['windows', { from: '2026-13-01' }, 400, 'INVALID_DATE'],
      ['windows', { from: '2026-12-02', to: '2026-11-01' }, 400, 'INVALID_RANGE'],
      ['windows', { hall: 'NOPE' }, 404, 'HALL_NOT_FOUND'],
    ])('%s %j → %i %s', async (kind, query, status, code) => {
      const res = await t.http().get(`/api/v1/reports/${kind}`).query(query).set(await as('supervisor')).expect(status);
      expect(res.body.code).toBe(code);
    });
  });
});
