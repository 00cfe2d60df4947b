import { readFileSync } from 'fs';
import { join } from 'path';
import { expectPageCsp } from '../support/page-csp';
import { createTestApp, ROOT, TestApp } from '../support/test-app';

type Block = [name: string, first: string, last: string];

/** DOMAIN.md "Public holidays and make-up days", with the names the official files carry. */
const OFF_BLOCKS: Block[] = [
  ['元旦', '2025-01-01', '2025-01-01'],
  ['春节', '2025-01-28', '2025-02-04'],
  ['清明节', '2025-04-04', '2025-04-06'],
  ['劳动节', '2025-05-01', '2025-05-05'],
  ['端午节', '2025-05-31', '2025-06-02'],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
];
const MAKE_UP_DAYS = [
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
];
const WORKED_EXAMPLES: [string, number, string][] = [
  ['2025-09-26', 5, '2025-10-10'],
  ['2025-09-26', 15, '2025-10-23'],
  ['2026-02-13', 5, '2026-02-27'],
  ['2026-09-18', 10, '2026-10-09'],
  ['2025-12-31', 3, '2026-01-06'],
  ['2026-04-30', 3, '2026-05-08'],
];

function shippedFile(year: number) {
  return JSON.parse(readFileSync(join(ROOT, 'config', 'holidays', `${year}.json`), 'utf8')) as {
    year: number;
    days: { name: string; date: string; isOffDay: boolean }[];
  };
}

describe('calendar API (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  const addWorkingDays = (from: string, days: number | string) => t.http().get(`/api/v1/calendar/add-working-days?from=${from}&days=${days}`);
  const isWorkingDay = (date: string) => t.http().get(`/api/v1/calendar/is-working-day?date=${date}`);
  const workingDays = (from: string, to: string) => t.http().get(`/api/v1/calendar/working-days?from=${from}&to=${to}`);

  describe('years loaded from config/holidays at start', () => {
    it.each([
      [2025, 33],
      [2026, 39],
    ])('GET /api/v1/calendar/%d is the shipped file in the holiday-cn shape (%d days)', async (year, count) => {
      const res = await t.http().get(`/api/v1/calendar/${year}`).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['days', 'year']);
      expect(res.body.year).toBe(year);
      expect(res.body.days).toHaveLength(count);
      for (const day of res.body.days) expect(Object.keys(day).sort()).toEqual(['date', 'isOffDay', 'name']);
      const expected = shippedFile(year).days
        .map(({ date, isOffDay, name }) => ({ date, isOffDay, name }))
        .sort((a, b) => a.date.localeCompare(b.date));
      expect(res.body.days).toEqual(expected);
    });

    it('reports the loaded years and warns that 2027 is missing in late November', async () => {
      const res = await t.http().get('/api/v1/calendar/status').expect(200);
      expect(res.body.years).toEqual([2025, 2026]);
      expect(res.body.warning).toContain('2027 年法定节假日安排尚未导入');
      expect(res.body.warning).not.toMatch(/[A-Za-z]/);
    });

    it('does not warn before November, and warns about the current year when it is missing', async () => {
      const pinned = t.clock.now();
      try {
        t.clock.set(Date.parse('2026-10-31T15:59:59Z')); // 23:59:59 in Asia/Shanghai
        expect((await t.http().get('/api/v1/calendar/status').expect(200)).body.warning).toBeNull();
        t.clock.set(Date.parse('2026-10-31T16:00:00Z')); // 1 November in the hall, still October in UTC
        expect((await t.http().get('/api/v1/calendar/status').expect(200)).body.warning).toContain('2027');
        t.clock.set(Date.parse('2027-03-01T01:00:00Z'));
        expect((await t.http().get('/api/v1/calendar/status').expect(200)).body.warning).toContain('2027 年法定节假日安排尚未导入');
      } finally {
        t.clock.set(pinned);
      }
    });

    it('GET of a year without a schedule is 404 CALENDAR_YEAR_NOT_FOUND', async () => {
      const res = await t.http().get('/api/v1/calendar/2027').expect(404);
      expect(res.body).toEqual({ statusCode: 404, code: 'CALENDAR_YEAR_NOT_FOUND', message: expect.stringContaining('2027') });
    });
  });

  describe('add-working-days counts from the next working day', () => {
    it.each(WORKED_EXAMPLES)('DOMAIN.md: accepted %s + %d → %s', async (from, days, due) => {
      expect((await addWorkingDays(from, days).expect(200)).body).toEqual({ date: due });
    });

    it.each([
      ['2025-12-31', 1, '2026-01-04'],
      ['2025-12-31', 2, '2026-01-05'],
      ['2025-12-30', 1, '2025-12-31'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2024-12-31', 1, '2025-01-02'],
      ['2026-02-13', 0, '2026-02-13'],
      ['2026-02-14', 1, '2026-02-24'],
      ['2026-09-30', 1, '2026-10-08'],
    ])('across holidays and year boundaries: %s + %d → %s', async (from, days, due) => {
      expect((await addWorkingDays(from, days).expect(200)).body).toEqual({ date: due });
    });
  });

  describe('is-working-day', () => {
    describe.each(OFF_BLOCKS)('%s %s…%s', (name, first, last) => {
      it.each([first, last])('%s is off, named', async (date) => {
        expect((await isWorkingDay(date).expect(200)).body).toEqual({ date, isWorkingDay: false, name });
      });
    });

    it.each(MAKE_UP_DAYS)('make-up day %s is a working weekend day', async (date) => {
      const res = await isWorkingDay(date).expect(200);
      expect(res.body).toEqual({ date, isWorkingDay: true, name: expect.any(String) });
      expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    });

    it.each([
      ['2026-11-23', true],
      ['2026-11-22', false],
      ['2026-10-08', true],
      ['2027-01-01', true],
    ])('%s without an exception follows the week: working %p, no name', async (date, working) => {
      expect((await isWorkingDay(date).expect(200)).body).toEqual({ date, isWorkingDay: working, name: null });
    });
  });

  describe('working-days', () => {
    it.each([2025, 2026])('%d has 248 working days', async (year) => {
      expect((await workingDays(`${year}-01-01`, `${year}-12-31`).expect(200)).body).toEqual({ workingDays: 248 });
      expect((await workingDays(`${year - 1}-12-31`, `${year}-12-31`).expect(200)).body).toEqual({ workingDays: 248 });
    });

    it('is the inverse of add-working-days, negative backwards', async () => {
      for (const [from, days, due] of WORKED_EXAMPLES) {
        expect((await workingDays(from, due).expect(200)).body).toEqual({ workingDays: days });
        expect((await workingDays(due, from).expect(200)).body).toEqual({ workingDays: -days });
      }
    });

    it('counts across the year boundary: 2025-12-31 to 2026-01-05 is 2 (Jan 4 make-up, Jan 5)', async () => {
      expect((await workingDays('2025-12-31', '2026-01-05').expect(200)).body).toEqual({ workingDays: 2 });
      expect((await workingDays('2025-12-30', '2025-12-30').expect(200)).body).toEqual({ workingDays: 0 });
    });
  });

  describe('bad input is a 400 with a stable code', () => {
    it.each([
      ['/api/v1/calendar/add-working-days?from=2026-02-30&days=1', 'INVALID_DATE'],
      ['/api/v1/calendar/add-working-days?from=2026-1-1&days=1', 'INVALID_DATE'],
      ['/api/v1/calendar/add-working-days?days=1', 'INVALID_DATE'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01T00:00:00Z&days=1', 'INVALID_DATE'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=-1', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=1.5', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=100000', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=3661', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=1e3', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=abc', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=2026-01-01&days=1&days=2', 'INVALID_DAYS'],
      ['/api/v1/calendar/add-working-days?from=9999-12-31&days=1', 'INVALID_DATE'],
      ['/api/v1/calendar/working-days?from=2026-01-01&to=2026-13-01', 'INVALID_DATE'],
      ['/api/v1/calendar/working-days?from=2026-01-01', 'INVALID_DATE'],
      ['/api/v1/calendar/is-working-day?date=2026-02-29', 'INVALID_DATE'],
      ['/api/v1/calendar/is-working-day?date=tomorrow', 'INVALID_DATE'],
      ['/api/v1/calendar/abc', 'INVALID_YEAR'],
      ['/api/v1/calendar/20260', 'INVALID_YEAR'],
      ['/api/v1/calendar/1899', 'INVALID_YEAR'],
    ])('GET %s → 400 %s', async (path, code) => {
      const res = await t.http().get(path).expect(400);
      expect(res.body).toEqual({ statusCode: 400, code, message: expect.any(String) });
    });

    it('days=3660 (the largest limit) still answers', async () => {
      expect((await addWorkingDays('2026-01-01', 3660).expect(200)).body.date).toMatch(/^20\d\d-\d\d-\d\d$/);
    });
  });

  describe('admin page', () => {
    it('/admin/calendar renders the current hall year with its page script', async () => {
      const res = await t.http().get('/admin/calendar').expect(200);
      expect(res.headers['content-type']).toContain('text/html');
      expectPageCsp(res);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('2026 年工作日历');
      expect(res.text).toContain('<script type="module" src="/assets/js/admin-calendar.js"></script>');
      expect(res.text).toContain('data-date="2026-12-31"');
      expect(res.text.match(/class="cal-day[^"]*" data-date=/g)).toHaveLength(365);
    });

    it('/admin/calendar/2025 renders 2025 with year navigation', async () => {
      const res = await t.http().get('/admin/calendar/2025').expect(200);
      expect(res.text).toContain('2025 年工作日历');
      expect(res.text).toContain('href="/admin/calendar/2024"');
      expect(res.text).toContain('href="/admin/calendar/2026"');
    });

    it('a bad year is a 400 answered with the friendly error page and the page headers, like every page', async () => {
      const res = await t.http().get('/admin/calendar/abc').expect(400);
      expect(res.headers['content-type']).toContain('text/html');
      expectPageCsp(res);
      expect(res.text).toContain('<p class="error-code">400</p>');
      expect(res.text).toContain('请求有误');
      expect(res.text).toContain('年份无效');
      expect(res.text).toContain('返回首页');
    });

    it('serves the page assets', async () => {
      await t.http().get('/assets/js/admin-calendar.js').expect(200);
      await t.http().get('/assets/admin-calendar.css').expect(200);
    });
  });
});
