import { FixedClock } from '../../src/common/clock';
import { expectPageCsp } from '../support/page-csp';
import { createTestApp, TestApp } from '../support/test-app';

/** 政务服务月报 (/reports/monthly): the HTML names the hall and the month (default: the one before the hall's today). */
describe('月报 page (e2e)', () => {
  let t: TestApp;
  // 2026-12-01 01:30 in Shanghai is still 2026-11-30 in UTC: the default month follows the hall's day
  beforeAll(async () => (t = await createTestApp({}, new FixedClock(Date.parse('2026-11-30T17:30:00Z')))));
  afterAll(() => t.close());

  it('defaults to the month before the hall-local today, and carries no figures', async () => {
    const res = await t.http().get('/reports/monthly').expect(200);
    expect(res.headers['content-type']).toContain('text/html');
    expectPageCsp(res);
    expect(res.text).toMatch(/<h1 id="mr-heading">[^<]+ 2026年11月 政务服务月报<\/h1>/);
    expect(res.text).toContain('<span id="mr-period">2026-11-01 至 2026-11-30</span>');
    expect(res.text).toContain('value="2026-11" max="2026-12"');
    expect(res.text).toContain('/assets/report-monthly.css');
  });

  it('shows the asked hall and month', async () => {
    const res = await t.http().get('/reports/monthly?hall=TC&month=2024-02').expect(200);
    expect(res.text).toMatch(/<h1 id="mr-heading">[^<]+ 2024年2月 政务服务月报<\/h1>/);
    expect(res.text).toContain('2024-02-01 至 2024-02-29');
  });

  it.each([
    ['/reports/monthly?month=2026-13', 400, 'month 须为 YYYY-MM，收到 &quot;2026-13&quot;'],
    ['/reports/monthly?month=november', 400, 'month 须为 YYYY-MM'],
    ['/reports/monthly?month=2026-10&month=2026-11', 400, 'month 只能给一个值'],
    ['/reports/monthly?hall=TC&hall=TC01', 400, 'hall 只能给一个值'],
    ['/reports/monthly?hall=NOPE', 404, '服务大厅 NOPE 不存在'],
  ])('%s → a clear %i page', async (path, status, message) => {
    const res = await t.http().get(path).expect(status);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain(`<p class="error-code">${status}</p>`);
    expect(res.text).toContain(message);
  });
});
