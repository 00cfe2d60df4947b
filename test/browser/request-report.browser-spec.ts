import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

/** The narrowest phone the page must fit. */
const SMALL_PHONE = { width: 360, height: 740 };
/** A real 1×1 PNG (the server checks the bytes, not the name). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const values = (page: Page) =>
  page.evaluate(() => ['#rq-description', '#rq-location', '#rq-phone', '#rq-name'].map((s) => (document.querySelector(s) as HTMLInputElement).value));
const checkedCategory = (page: Page) => page.evaluate(() => (document.querySelector('input[name="categoryCode"]:checked') as HTMLInputElement | null)?.value ?? null);

// Issue 12 "Ways in": a resident scans the hall's QR code and reports from the phone.
describe('接诉即办: the resident reports from a phone', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('keeps the draft over a reload and a failed send, sends once with a photo, shows number and code, then the status page', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/requests/new?hall=TC`, { viewport: SMALL_PHONE, isMobile: true, allowStatus: [413] });
    await page.locator('.rq-choice', { hasText: '市政设施' }).click();
    await page.locator('#rq-description').fill('小区东门路灯连续三晚不亮');
    await page.locator('#rq-location').fill('天池路与东门路交叉口');
    await page.locator('#rq-phone').fill('1380013');
    await page.locator('#rq-name').click(); // leaving the phone field checks it
    await waitForText(page, '#rq-phone-problem', '手机号码应为 11 位，已输入 7 位');
    await page.locator('#rq-phone').fill('13800138000');
    await waitForText(page, '#rq-phone-problem', '');
    await page.locator('#rq-name').fill('王女士');

    await page.reload();
    await page.locator('.rq-choice').first().waitFor();
    expect(await values(page)).toEqual(['小区东门路灯连续三晚不亮', '天池路与东门路交叉口', '13800138000', '王女士']);
    expect(await checkedCategory(page)).toBe('SZ');

    await page.locator('#rq-gallery').setInputFiles({ name: 'lamp.png', mimeType: 'image/png', buffer: PNG });
    await page.locator('.rq-thumb canvas').waitFor();
    await page.locator('#rq-gallery').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await waitForText(page, '.rq-photos .rq-problem', '「notes.txt」不是 JPG、PNG 或 WebP 格式的照片');
    expect(await page.locator('.rq-thumb').count()).toBe(1);
    await page.screenshot({ path: shot('request-report-form'), fullPage: true });

    // the first send fails: the server's refusal in Chinese, nothing typed or picked is lost
    await page.route('**/api/v1/requests', (route) =>
      route.fulfill({ status: 413, contentType: 'application/json', body: JSON.stringify({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'request entity too large' }) }),
    );
    await page.locator('#rq-submit').click();
    await waitForText(page, '#rq-failure', '照片太大，请删除部分照片或重新拍摄后再提交');
    await page.unroute('**/api/v1/requests');
    expect(await values(page)).toEqual(['小区东门路灯连续三晚不亮', '天池路与东门路交叉口', '13800138000', '王女士']);
    expect(await page.locator('.rq-thumb').count()).toBe(1);

    // a double tap sends one report
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/requests')) posts.push(r.url());
    });
    await page.locator('#rq-submit').dblclick();
    await page.locator('#rq-done:not([hidden])').waitFor();
    const number = (await page.locator('#rq-done-number').textContent())!.trim();
    const code = (await page.locator('#rq-done-code').textContent())!.trim();
    expect(number).toMatch(/^STC\d{12}$/);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    expect(posts).toHaveLength(1);
    expect(await page.locator('.rq-save').textContent()).toContain('保存截图');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALL_PHONE.width);
    await page.screenshot({ path: shot('request-report-done'), fullPage: true });

    const dispatcher = await t.login('dispatcher');
    const list = await t.http().get('/api/v1/requests').set(bearer(dispatcher)).expect(200);
    const stored = list.body.find((r: { requestNumber: string }) => r.requestNumber === number);
    expect(stored).toMatchObject({ categoryCode: 'SZ', source: 'resident', description: '小区东门路灯连续三晚不亮', location: '天池路与东门路交叉口', photoCount: 1 });

    await page.locator('#rq-done-link').click();
    await waitForText(page, '#rq-status-text', '已受理，等待派单');
    expect(await page.getByText('正在查询').count()).toBe(0);
    expect(page.url()).toBe(`${t.url}/requests/status/${number}?code=${code}`);
    expect(await page.locator('#rq-number').textContent()).toBe(number);
    const body = await page.locator('body').textContent();
    expect(body).not.toContain('13800138000');
    expect(body).not.toContain('王女士');
    expect(await page.locator('#rq-rating').isHidden()).toBe(true);
    await page.screenshot({ path: shot('request-status'), fullPage: true });

    // after success the next visit starts empty
    await page.goto(`${t.url}/requests/new?hall=TC`);
    await page.locator('.rq-choice').first().waitFor();
    expect(await values(page)).toEqual(['', '', '', '']);
    expect(await checkedCategory(page)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks for the number and code when opened without them, and prints a QR poster of the hall', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/requests/status`, { viewport: SMALL_PHONE, isMobile: true, allowStatus: [404] });
    await page.locator('#rq-number').fill('STC202611230099');
    await page.locator('#rq-code').fill('abcdef');
    await page.locator('.rq-lookup button').click();
    await page.waitForURL(`${t.url}/requests/status/STC202611230099?code=ABCDEF`);
    await waitForText(page, '.rq-missing h2', '未查到诉求');

    await page.goto(`${t.url}/requests/qr?hall=TC`);
    const qr = page.locator('img.rp-qr');
    await qr.waitFor();
    await page.waitForFunction(() => (document.querySelector('img.rp-qr') as HTMLImageElement).naturalWidth > 0);
    expect(await page.locator('.rp-url').textContent()).toMatch(/\/requests\/new\?hall=TC$/);
    expect(errors.filter((e) => !e.includes('/api/v1/public/requests/'))).toEqual([]);
    await context.close();
  });
});
