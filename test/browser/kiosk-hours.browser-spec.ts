import { Browser } from 'playwright-core';
import { MONDAY_MORNING, TestApp } from '../support/test-app';
import { openPage, queueApi, shot, useAppAndBrowser, waitForText } from './support/browser';

const KIOSK = { width: 1280, height: 1024 };
const HOUR = 3_600_000;

describe('kiosk: opening hours and queues without an open window', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });
  afterEach(() => t.clock.set(MONDAY_MORNING));

  it('in the hours: a queue no open window serves says so, on its button and on the ticket, until a window opens', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: KIOSK }); // Monday 09:30
    await page.waitForFunction(() => document.body.dataset.hours === 'open');
    expect(await page.locator('#closed').isHidden()).toBe(true);
    await page.locator('.queue-btn[data-queue="A"].q-no-window').waitFor(); // every window starts closed
    expect(await page.locator('.queue-btn[data-queue="A"] .q-none').innerText()).toContain('暂无窗口开放');
    expect(await page.locator('.queue-btn[data-queue="A"] .q-wait').isHidden()).toBe(true);
    await page.screenshot({ path: shot('kiosk-no-window') });

    await page.locator('.queue-btn[data-queue="A"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#t-no-window').isVisible()).toBe(true);
    expect(await page.locator('#ticket .t-facts').isHidden()).toBe(true);
    await page.locator('#done').click();

    await queueApi(t).window('clerk1', 1, 'open'); // window 1 serves every queue
    await page.locator('.queue-btn[data-queue="A"]:not(.q-no-window)').waitFor();
    await waitForText(page, '[data-open="A"]', '1');
    await page.locator('.queue-btn[data-queue="A"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#t-no-window').isHidden()).toBe(true);
    expect(await page.locator('#ticket .t-facts').isVisible()).toBe(true);
    await waitForText(page, '#t-ahead', '1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['after closing on a working day', MONDAY_MORNING + 8.5 * HOUR, 'ended', '今日已停止取号'], // 18:00
    ['before opening', MONDAY_MORNING - 1.5 * HOUR, 'not-yet', '尚未到服务时间'], // 08:00
    ['at lunch', MONDAY_MORNING + 3 * HOUR, 'break', '午间休息，暂停取号'], // 12:30
    ['on a Saturday', MONDAY_MORNING + 5 * 24 * HOUR, 'day-off', '今日不办公，暂停取号'],
  ])('%s it says so and shows the hours instead of the queues; the API still issues', async (_, now, reason, title) => {
    t.clock.set(now);
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: KIOSK });
    await page.waitForFunction((r) => document.body.dataset.hours === r, reason);
    await waitForText(page, '#closed-title', title);
    await waitForText(page, '#closed-detail', '服务时间：工作日 08:30–12:00、14:00–17:30');
    expect(await page.locator('#pick').isHidden()).toBe(true);
    await page.screenshot({ path: shot(`kiosk-closed-${reason}`) });
    await queueApi(t).issue('B'); // the server never refuses because of the hours
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['after closing on Monday', '2026-11-24', '预约明天办理', MONDAY_MORNING + 8.5 * HOUR], // 18:00
    ['before opening', '2026-11-23', '预约今天办理', MONDAY_MORNING - 1.5 * HOUR], // 08:00
    ['on a Saturday', '2026-11-30', '预约 11月30日（周一）办理', MONDAY_MORNING + 5 * 24 * HOUR],
  ])('%s the 24-hour self-service menu offers booking %s (%s), a request and the look-ups', async (_, date, label, now) => {
    t.clock.set(now);
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: KIOSK });
    await page.locator('#self-service:not([hidden])').waitFor();
    await waitForText(page, '#ss-booking-label', label);
    const hrefs = await page.locator('#self-service a').evaluateAll((as) => as.map((a) => [a.textContent?.trim().slice(0, 4), a.getAttribute('href')]));
    expect(hrefs).toEqual([
      [label.slice(0, 4), `/appointments/new?hall=TC&date=${date}&kiosk=1`],
      ['诉求反映', '/requests/new?hall=TC'],
      ['办件查询', '/c'],
      ['排队查询', '/board/TC'],
      ['诉求查询', '/requests/status'],
    ]);
    expect(await page.locator('.queue-btn').first().isVisible()).toBe(false); // no numbers outside the hours
    await page.screenshot({ path: shot(`kiosk-self-service-${date}`) });
    expect(errors).toEqual([]);

    // each link reaches a working page
    for (const [, href] of hrefs.slice(1)) {
      const res = await page.request.get(`${t.url}${href}`);
      expect(res.status()).toBe(200);
    }
    await page.locator('#ss-request').click();
    await page.waitForURL(/\/requests\/new\?hall=TC$/);
    await context.close();
  });

  it('in the hours the menu stays hidden', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: KIOSK }); // Monday 09:30
    await page.waitForFunction(() => document.body.dataset.hours === 'open');
    expect(await page.locator('#self-service').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
