import { Browser } from 'playwright-core';
import { pairingCode } from '../support/device-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, useAppAndBrowser, waitForText } from './support/browser';

// Issue 10: a ticked 绿色通道 and a typed phone number stayed on the kiosk for the next resident.
describe('kiosk: nothing of one resident is left for the next', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const options = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({ priority: (document.querySelector('#priority') as HTMLInputElement).checked, phone: (document.querySelector('#phone') as HTMLInputElement).value }));
  const CLEAR = { priority: false, phone: '' };

  it('clears 绿色通道 and the phone with each ticket, and returns to the start after the idle time (here ?idle=3)', async () => {
    const { pairingCode: code } = await pairingCode(t, 'kiosk');
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC?pair=${code}&idle=3`, { viewport: DESKTOP });
    await page.locator('.priority:not([hidden])').waitFor();
    expect(page.url()).toBe(`${t.url}/kiosk/TC?idle=3`);

    // a ticket with both options: they are gone as soon as it is issued, and still gone back at the start
    await page.locator('.priority').click();
    await page.locator('#phone').fill('13800138000');
    await page.locator('.queue-btn[data-queue="A"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#t-priority').isVisible()).toBe(true);
    expect(await options(page)).toEqual(CLEAR);
    await page.locator('#done').click();
    await page.locator('#pick:not([hidden])').waitFor();
    expect(await options(page)).toEqual(CLEAR);

    // a resident ticks 绿色通道, types a phone and walks away: a countdown shows, then all is cleared
    await page.locator('.priority').click();
    await page.locator('.keypad [data-key="1"]').click();
    await page.locator('.keypad [data-key="3"]').click();
    await page.locator('#idle-note:not([hidden])').waitFor();
    expect(Number(await page.locator('#idle-left').textContent())).toBeGreaterThan(0);
    await page.locator('#idle-note').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await options(page)).toEqual(CLEAR);
    expect(await page.locator('#pick').isVisible()).toBe(true);

    // a touch restarts the time: typing keeps what was typed for as long as the resident is there
    await page.locator('#phone').fill('139');
    for (let i = 0; i < 4; i += 1) {
      await page.waitForTimeout(1000);
      await page.locator('.keypad [data-key="0"]').click();
    }
    expect((await options(page)).phone).toBe('1390000');

    // the ticket screen goes back by itself after the idle time
    await page.locator('.keypad [data-key="clear"]').click();
    await page.locator('.queue-btn[data-queue="B"]').click();
    await page.locator('#result:not([hidden])').waitFor();
    await waitForText(page, '#t-number', 'B001');
    await page.locator('#pick:not([hidden])').waitFor({ timeout: 10_000 });
    expect(await page.locator('#result').isHidden()).toBe(true);
    expect(await options(page)).toEqual(CLEAR);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('waits 30 s by default', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: DESKTOP });
    await page.locator('#phone').fill('138');
    await page.locator('#idle-note:not([hidden])').waitFor();
    expect(Number(await page.locator('#idle-left').textContent())).toBeGreaterThanOrEqual(28);
    expect(await page.evaluate(() => JSON.parse(document.getElementById('page-data')!.textContent!).autoReturnSeconds)).toBe(30);
    expect(errors).toEqual([]);
    await context.close();
  });
});
