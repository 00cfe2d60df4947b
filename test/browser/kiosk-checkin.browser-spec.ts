import { Browser, Route } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

// 预约签到 at the kiosk against the contract (API.md "Appointments"): the check-in answer is chosen by a
// stand-in of the API here; appointments.browser-spec.ts checks in against the real one.
const KIOSK = { width: 1280, height: 1024 };
const TICKET = { id: 1, number: 'A001', queueCode: 'A', priority: 'normal', status: 'waiting', issuedAt: '2026-11-23T09:30:00+08:00', ahead: 0, estimatedWaitMinutes: 0, statusToken: 'x'.repeat(32), appointment: true };

describe('kiosk: 预约签到', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('an unpaired kiosk asks for code and phone, prints a 预约 ticket; outside the window it offers a normal number', async () => {
    const { page, errors, context } = await openPage(browser, 'about:blank', { viewport: KIOSK, allowStatus: [404, 409] });
    const calls: Array<{ path: string; body: unknown }> = [];
    let answer: { status: number; body: unknown } = { status: 409, body: { statusCode: 409, code: 'CHECK_IN_CLOSED', message: 'closed' } };
    await page.route('**/api/v1/halls/TC/appointments/*/check-in', (route: Route) => {
      calls.push({ path: new URL(route.request().url()).pathname, body: route.request().postDataJSON() });
      return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
    });
    await page.route('**/qr/ticket/**', (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }));
    await page.goto(`${t.url}/kiosk/TC`); // Monday 09:30: open
    await page.waitForFunction(() => document.body.dataset.hours === 'open');

    await page.locator('#checkin-open').click();
    expect(await page.locator('#pick').isVisible()).toBe(false);
    expect(await page.locator('#checkin-phone').isVisible()).toBe(true); // unpaired: the phone proves the booking
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('checkin-code');
    await page.keyboard.type('ab23cd4');
    await page.keyboard.press('Enter');
    await waitForText(page, '#checkin-problem', '预约码为 8 位字母和数字，请核对后重新输入');
    await page.locator('#checkin-code').fill('ab23-cd45');
    await page.locator('#checkin-phone').fill('13900009000');
    await page.keyboard.press('Enter');
    await waitForText(page, '#checkin-problem', '不在签到时间（预约时段前30分钟至开始后15分钟），请取普通号');
    expect(calls).toEqual([{ path: '/api/v1/halls/TC/appointments/AB23CD45/check-in', body: { phone: '13900009000' } }]);
    await page.screenshot({ path: shot('kiosk-checkin-closed') });
    await page.locator('#checkin-normal').click();
    await page.locator('#pick').waitFor({ state: 'visible' });
    expect(await page.locator('#checkin').isHidden()).toBe(true);

    // a scanner types the code and Enter with nothing focused: the entry opens by itself
    answer = { status: 201, body: TICKET };
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.type('AB23CD45');
    await page.locator('#checkin:not([hidden])').waitFor();
    expect(await page.locator('#checkin-code').inputValue()).toBe('AB23CD45');
    await page.locator('#checkin-phone').fill('13900009000');
    await page.locator('#checkin-submit').click();
    await page.locator('#result:not([hidden])').waitFor();
    await waitForText(page, '#t-number', 'A001');
    expect(await page.locator('#t-appointment').isVisible()).toBe(true);
    await waitForText(page, '#t-appointment', '预约');
    await page.screenshot({ path: shot('kiosk-checkin-ticket') });
    await page.locator('#done').click();
    expect(await page.locator('#t-appointment').isHidden()).toBe(true);

    // F2 opens it too; 返回 closes it; a wrong phone is 404 in Chinese
    answer = { status: 404, body: { statusCode: 404, code: 'APPOINTMENT_NOT_FOUND', message: 'not found' } };
    await page.keyboard.press('F2');
    await page.locator('#checkin:not([hidden])').waitFor();
    await page.locator('#checkin-code').fill('AB23CD45');
    await page.locator('#checkin-phone').fill('13900001111');
    await page.locator('#checkin-submit').click();
    await waitForText(page, '#checkin-problem', '未找到该预约，请核对预约码和手机号');
    expect(await page.locator('#checkin-normal').isHidden()).toBe(true);
    await page.locator('#checkin-cancel').click();
    await page.locator('#pick').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
