import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { bearer, createTestApp, ROOT, TestApp } from '../support/test-app';

const DAY = '/api/v1/calendar/days';

describe('calendar administration (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let original2026: unknown;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
    original2026 = (await t.http().get('/api/v1/calendar/2026').expect(200)).body;
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http().get(`/api/v1/calendar/${path}`);
  const putDay = (date: string, body: unknown, token = admin) => t.http().put(`${DAY}/${date}`).set(bearer(token)).send(body as object);
  const putYear = (year: string | number, body: unknown, token = admin) => t.http().put(`/api/v1/calendar/${year}`).set(bearer(token)).send(body as object);
  const due = async (from: string, days: number) => (await get(`add-working-days?from=${from}&days=${days}`).expect(200)).body.date;
  const count = async (year: number) => (await get(`working-days?from=${year}-01-01&to=${year}-12-31`).expect(200)).body.workingDays;

  async function expectUnchanged(): Promise<void> {
    expect((await get('2026').expect(200)).body).toEqual(original2026);
    expect(await count(2026)).toBe(248);
  }

  describe('only admins write', () => {
    it.each([
      ['PUT a day', () => t.http().put(`${DAY}/2026-03-23`).send({ isOffDay: true, name: '停办' })],
      ['DELETE a day', () => t.http().delete(`${DAY}/2026-01-01`)],
      ['PUT a year', () => t.http().put('/api/v1/calendar/2026').send({ year: 2026, days: [] })],
    ])('anonymous %s → 401', async (_case, send) => {
      expect((await send().expect(401)).body.statusCode).toBe(401);
      await expectUnchanged();
    });

    it.each(['clerk1', 'supervisor', 'officer-gg'])('%s → 403 FORBIDDEN on every write', async (username) => {
      const token = await t.login(username);
      expect((await putDay('2026-03-23', { isOffDay: true, name: '停办' }, token).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await t.http().delete(`${DAY}/2026-01-01`).set(bearer(token)).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await putYear(2026, { year: 2026, days: [] }, token).expect(403)).body.code).toBe('FORBIDDEN');
      await expectUnchanged();
    });
  });

  describe('PUT /api/v1/calendar/days/{date}', () => {
    afterAll(async () => {
      await putYear(2026, original2026).expect(200);
      await expectUnchanged();
    });

    it('turns a Monday into a holiday and add-working-days follows at once', async () => {
      expect(await due('2026-03-20', 1)).toBe('2026-03-23');
      const res = await putDay('2026-03-23', { isOffDay: true, name: ' 临时停办 ' }).expect(200);
      expect(res.body).toEqual({ date: '2026-03-23', isOffDay: true, name: '临时停办' });
      expect(await due('2026-03-20', 1)).toBe('2026-03-24');
      expect(await count(2026)).toBe(247);
      expect((await get('is-working-day?date=2026-03-23').expect(200)).body).toEqual({ date: '2026-03-23', isWorkingDay: false, name: '临时停办' });
      expect((await get('2026').expect(200)).body.days).toContainEqual({ date: '2026-03-23', isOffDay: true, name: '临时停办' });
    });

    it('renames a day in place', async () => {
      await putDay('2026-03-23', { isOffDay: true, name: '停电停办' }).expect(200);
      const days = (await get('2026').expect(200)).body.days.filter((day: { date: string }) => day.date === '2026-03-23');
      expect(days).toEqual([{ date: '2026-03-23', isOffDay: true, name: '停电停办' }]);
    });

    it('makes a Saturday a make-up day (班)', async () => {
      expect(await due('2026-03-06', 1)).toBe('2026-03-09');
      expect((await putDay('2026-03-07', { isOffDay: false, name: '调休' }).expect(200)).body).toEqual({ date: '2026-03-07', isOffDay: false, name: '调休' });
      expect(await due('2026-03-06', 1)).toBe('2026-03-07');
      expect(await count(2026)).toBe(248);
    });

    it('a working Monday–Friday is no exception: setting one removes the row', async () => {
      expect((await putDay('2026-10-05', { isOffDay: false, name: '国庆节' }).expect(200)).body).toEqual({ date: '2026-10-05', isOffDay: false, name: null });
      const days = (await get('2026').expect(200)).body.days.map((day: { date: string }) => day.date);
      expect(days).not.toContain('2026-10-05');
      expect((await get('is-working-day?date=2026-10-05').expect(200)).body).toEqual({ date: '2026-10-05', isWorkingDay: true, name: null });
      expect(await due('2026-09-30', 1)).toBe('2026-10-05');
    });

    it('DELETE drops an exception and is idempotent', async () => {
      expect((await t.http().delete(`${DAY}/2026-03-23`).set(bearer(admin)).expect(200)).body).toEqual({ date: '2026-03-23', isOffDay: false, name: null });
      expect((await t.http().delete(`${DAY}/2026-03-23`).set(bearer(admin)).expect(200)).body).toEqual({ date: '2026-03-23', isOffDay: false, name: null });
      expect((await t.http().delete(`${DAY}/2026-01-03`).set(bearer(admin)).expect(200)).body).toEqual({ date: '2026-01-03', isOffDay: true, name: null });
      expect(await due('2026-03-20', 1)).toBe('2026-03-23');
    });

    it('keeps every one of concurrent edits', async () => {
      const dates = ['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19'];
      const results = await Promise.all(dates.map((date) => putDay(date, { isOffDay: true, name: '并发测试' })));
      expect(results.map((res) => res.status)).toEqual(dates.map(() => 200));
      const listed = (await get('2026').expect(200)).body.days.map((day: { date: string }) => day.date);
      for (const date of dates) expect(listed).toContain(date);
    });
  });

  describe('bad day edits are 4xx with a stable code and change nothing', () => {
    it.each([
      ['2026-02-30', { isOffDay: true, name: '停办' }, 400, 'INVALID_DATE'],
      ['2026-1-1', { isOffDay: true, name: '停办' }, 400, 'INVALID_DATE'],
      ['2026-03-23', { isOffDay: 'yes', name: '停办' }, 400, 'VALIDATION_FAILED'],
      ['2026-03-23', { isOffDay: true }, 400, 'VALIDATION_FAILED'],
      ['2026-03-23', { isOffDay: true, name: '   ' }, 400, 'VALIDATION_FAILED'],
      ['2026-03-23', { isOffDay: true, name: '节'.repeat(65) }, 400, 'VALIDATION_FAILED'],
      ['2026-03-23', { isOffDay: true, name: '停办', year: 2026 }, 400, 'VALIDATION_FAILED'],
      ['2027-03-01', { isOffDay: true, name: '停办' }, 409, 'CALENDAR_YEAR_NOT_LOADED'],
    ])('PUT %s %j → %d %s', async (date, body, status, code) => {
      const res = await putDay(date, body).expect(status);
      expect(res.body).toEqual({ statusCode: status, code, message: expect.any(String) });
      await expectUnchanged();
      await get('2027').expect(404);
    });

    it('DELETE of an invalid date → 400 INVALID_DATE', async () => {
      expect((await t.http().delete(`${DAY}/2026-02-30`).set(bearer(admin)).expect(400)).body.code).toBe('INVALID_DATE');
    });
  });

  describe('PUT /api/v1/calendar/{year}: import a whole year', () => {
    afterAll(async () => {
      await putYear(2026, original2026).expect(200);
      await expectUnchanged();
    });

    it('export then import is a round trip', async () => {
      const exported = (await get('2025').expect(200)).body;
      const res = await putYear(2025, exported).expect(200);
      expect(res.body).toEqual(exported);
      expect((await get('2025').expect(200)).body).toEqual(exported);
      expect(await count(2025)).toBe(248);
    });

    it('replaces the year atomically with the file (holiday-cn extras ignored)', async () => {
      const file = {
        $schema: 'https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/schema.json',
        year: 2026,
        papers: ['https://www.gov.cn/'],
        days: [
          { name: '元旦', date: '2026-01-02', isOffDay: true },
          { name: '元旦', date: '2026-01-01', isOffDay: true },
        ],
      };
      const res = await putYear(2026, file).expect(200);
      expect(res.body).toEqual({
        year: 2026,
        days: [
          { date: '2026-01-01', isOffDay: true, name: '元旦' },
          { date: '2026-01-02', isOffDay: true, name: '元旦' },
        ],
      });
      expect(await count(2026)).toBe(259);
      expect(await due('2026-02-13', 5)).toBe('2026-02-20');
    });

    it('loads a new year and the missing-year warning goes away', async () => {
      const file = { year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] };
      expect((await putYear(2027, file).expect(200)).body).toEqual({ year: 2027, days: [{ date: '2027-01-01', isOffDay: true, name: '元旦' }] });
      expect((await get('status').expect(200)).body).toEqual({ years: [2025, 2026, 2027], warning: null });
      expect(await due('2026-12-31', 1)).toBe('2027-01-04');
    });

    it.each([
      ['the body year differs from the path', 2026, { year: 2025, days: [] }, 'INVALID_CALENDAR_FILE'],
      ['an impossible date', 2026, { year: 2026, days: [{ name: '春节', date: '2026-02-30', isOffDay: true }] }, 'INVALID_CALENDAR_FILE'],
      ['an unpadded date', 2026, { year: 2026, days: [{ name: '元旦', date: '2026-1-1', isOffDay: true }] }, 'INVALID_CALENDAR_FILE'],
      ['a day of another year', 2026, { year: 2026, days: [{ name: '元旦', date: '2025-01-01', isOffDay: true }] }, 'INVALID_CALENDAR_FILE'],
      ['a duplicate date', 2026, { year: 2026, days: [{ name: 'a', date: '2026-01-01', isOffDay: true }, { name: 'b', date: '2026-01-01', isOffDay: false }] }, 'INVALID_CALENDAR_FILE'],
      ['isOffDay as a string', 2026, { year: 2026, days: [{ name: '元旦', date: '2026-01-01', isOffDay: 'true' }] }, 'INVALID_CALENDAR_FILE'],
      ['a missing name', 2026, { year: 2026, days: [{ date: '2026-01-01', isOffDay: true }] }, 'INVALID_CALENDAR_FILE'],
      ['no days', 2026, { year: 2026 }, 'INVALID_CALENDAR_FILE'],
      ['an array', 2026, [{ name: '元旦', date: '2026-01-01', isOffDay: true }], 'INVALID_CALENDAR_FILE'],
      ['a bad path year', 'abc', { year: 2026, days: [] }, 'INVALID_YEAR'],
    ])('refuses %s → 400 %s, nothing changed', async (_case, year, body, code) => {
      const before = (await get('2026').expect(200)).body;
      const res = await putYear(year, body).expect(400);
      expect(res.body).toEqual({ statusCode: 400, code, message: expect.any(String) });
      expect((await get('2026').expect(200)).body).toEqual(before);
    });

    it('refuses a body that is not JSON with 400 and changes nothing', async () => {
      const before = (await get('2026').expect(200)).body;
      const res = await t.http().put('/api/v1/calendar/2026').set(bearer(admin)).set('Content-Type', 'application/json').send('{"year": 2026, "days": [');
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('BAD_BODY'); // API.md "Limits": a body that can't be parsed
      expect((await get('2026').expect(200)).body).toEqual(before);
    });
  });
});

describe('calendar across restarts (e2e)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-calendar-'));
    mkdirSync(join(dir, 'config', 'holidays'), { recursive: true });
    for (const file of ['demo-centre.json', 'demo-catalog.json']) copyFileSync(join(ROOT, 'config', file), join(dir, 'config', file));
    for (const year of [2025, 2026]) copyFileSync(join(ROOT, 'config', 'holidays', `${year}.json`), join(dir, 'config', 'holidays', `${year}.json`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const env = () => ({ CONFIG_DIR: join(dir, 'config') });

  it('loads missing years at start and never overwrites admins\' edits', async () => {
    const first = await createTestApp(env());
    try {
      const admin = await first.login('admin');
      expect((await first.http().get('/api/v1/calendar/status').expect(200)).body.years).toEqual([2025, 2026]);
      await first.http().put('/api/v1/calendar/days/2026-03-23').set(bearer(admin)).send({ isOffDay: true, name: '临时停办' }).expect(200);
      await first.http().delete('/api/v1/calendar/days/2025-01-01').set(bearer(admin)).expect(200);
    } finally {
      await first.close({ keepData: true });
    }

    // The files change on disk (2026 loses a day, 2027 appears): only the missing year is loaded.
    const file2026 = JSON.parse(readFileSync(join(dir, 'config', 'holidays', '2026.json'), 'utf8'));
    file2026.days = file2026.days.filter((day: { date: string }) => day.date !== '2026-01-01');
    writeFileSync(join(dir, 'config', 'holidays', '2026.json'), JSON.stringify(file2026));
    writeFileSync(join(dir, 'config', 'holidays', '2027.json'), JSON.stringify({ year: 2027, days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }));

    const second = await createTestApp(env(), undefined, { database: first.database });
    try {
      const http = second.http;
      expect((await http().get('/api/v1/calendar/status').expect(200)).body).toEqual({ years: [2025, 2026, 2027], warning: null });
      const days2026 = (await http().get('/api/v1/calendar/2026').expect(200)).body.days;
      expect(days2026).toContainEqual({ date: '2026-03-23', isOffDay: true, name: '临时停办' });
      expect(days2026).toContainEqual({ date: '2026-01-01', isOffDay: true, name: '元旦' });
      expect(days2026).toHaveLength(40);
      expect((await http().get('/api/v1/calendar/2025').expect(200)).body.days).toHaveLength(32);
      expect((await http().get('/api/v1/calendar/add-working-days?from=2026-03-20&days=1').expect(200)).body).toEqual({ date: '2026-03-24' });
      expect((await http().get('/api/v1/calendar/is-working-day?date=2027-01-01').expect(200)).body).toEqual({ date: '2027-01-01', isWorkingDay: false, name: '元旦' });
    } finally {
      await second.close();
    }
  });

  it('refuses to start on a broken holiday file, naming it', async () => {
    writeFileSync(join(dir, 'config', 'holidays', '2028.json'), JSON.stringify({ year: 2028, days: [{ name: 'x', date: '2028-02-30', isOffDay: true }] }));
    await expect(createTestApp(env())).rejects.toThrow(/2028\.json is invalid/);
  });
});
