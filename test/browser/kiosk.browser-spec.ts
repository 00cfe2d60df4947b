import { Browser } from 'playwright-core';
import { pairingCode } from '../support/device-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, shot, useAppAndBrowser } from './support/browser';

describe('kiosk page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('issues a ticket with its number, wait and a QR code to the status page', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: DESKTOP });
    await page.screenshot({ path: shot('kiosk-pick') });
    await page.locator('.queue-btn[data-queue="A"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#t-number').textContent()).toBe('A001');
    expect(await page.locator('#t-queue').textContent()).toBe('民生保障');
    expect(await page.locator('#t-ahead').textContent()).toBe('0');
    expect(await page.locator('#t-priority').isHidden()).toBe(true);
    await page.waitForFunction(() => (document.querySelector('#t-qr') as HTMLImageElement).naturalWidth > 0);
    const qr = await page.locator('#t-qr').getAttribute('src');
    expect(qr).toMatch(/^\/qr\/ticket\/\d+\.svg\?token=[\w-]+$/);
    expect(Number(await page.locator('#countdown').textContent())).toBeGreaterThan(20);
    await page.screenshot({ path: shot('kiosk-ticket') });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: shot('kiosk-print') });
    await page.emulateMedia({ media: 'screen' });

    await page.locator('#done').click();
    await page.locator('#pick:not([hidden])').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-waiting="A"]')?.textContent === '1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unpaired kiosk offers no 绿色通道, only a quiet 设备配对 entry', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: DESKTOP });
    await page.locator('#kiosk-device-entry').waitFor();
    expect(await page.locator('#kiosk-device-entry').textContent()).toBe('设备配对');
    expect(await page.locator('.priority').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes a priority ticket with a phone number on a phone, once paired by its link', async () => {
    const { pairingCode: code } = await pairingCode(t, 'kiosk');
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC?pair=${code}`, { viewport: PHONE, isMobile: true });
    await page.locator('.priority:not([hidden])').waitFor();
    expect(page.url()).toBe(`${t.url}/kiosk/TC`); // the code left the address bar
    expect(await page.locator('#kiosk-device-entry').textContent()).toBe('已配对');
    await page.locator('.priority').click();
    await page.locator('#phone').fill('1380013800');
    await page.locator('.queue-btn[data-queue="C"]').click();
    await page.locator('.toast-error').waitFor();
    expect(await page.locator('#result').isHidden()).toBe(true);
    await page.locator('#phone').fill('13800138000');
    await page.screenshot({ path: shot('kiosk-phone'), fullPage: true });
    await page.locator('.queue-btn[data-queue="C"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#t-number').textContent()).toBe('C001');
    expect(await page.locator('#t-priority').isVisible()).toBe(true);
    await page.screenshot({ path: shot('kiosk-phone-ticket'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
