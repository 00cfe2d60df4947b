import { Browser } from 'playwright-core';
import { ticketQrSvg, ticketStatusUrl } from '../../src/queue/ticket-qr';
import { createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage, queueApi, shot } from './support/browser';

describe('pages: index, errors, QR codes', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('links every page from the index, and every link opens', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/`, { viewport: DESKTOP });
    const hrefs = await page.locator('.links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/kiosk/TC', '/board/TC', '/console/TC', '/window/TC/1', '/window/TC/6']));
    await page.screenshot({ path: shot('index'), fullPage: true });
    for (const href of hrefs) {
      const res = await t.http().get(href!);
      expect([href, res.status, res.headers['content-type']]).toEqual([href, 200, expect.stringContaining('text/html')]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['/kiosk/XX', '/board/XX', '/console/XX', '/window/XX/1', '/window/TC/0', '/board/%3Cscript%3E', '/t/0?token=abc', '/t/12'])('%s is a friendly 404 page', async (path) => {
    const res = await t.http().get(path).expect(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toContain('页面不存在');
    expect(res.text).not.toContain('<script>');
  });

  it('sends a content security policy that allows no inline script', async () => {
    const res = await t.http().get('/board/TC').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('draws a ticket QR code pointing at the public status page, and refuses bad input', async () => {
    const ticket = await queueApi(t).issue('A');
    const res = await t.http().get(`/qr/ticket/${ticket.id}.svg?token=${ticket.statusToken}`).expect(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    const svg = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    expect(svg).toBe(await ticketQrSvg('https://tc.example.cn', { id: ticket.id, token: ticket.statusToken }));
    expect(ticketStatusUrl('https://tc.example.cn', { id: ticket.id, token: ticket.statusToken })).toBe(`https://tc.example.cn/t/${ticket.id}?token=${ticket.statusToken}`);
    for (const bad of ['/qr/ticket/abc.svg?token=x', '/qr/ticket/1.svg', '/qr/ticket/1.svg?token=%3Cx%3E', '/qr/ticket/0.svg?token=x']) {
      const r = await t.http().get(bad);
      expect([bad, r.status, r.body.code]).toEqual([bad, 400, 'VALIDATION_FAILED']);
    }
  });
});
