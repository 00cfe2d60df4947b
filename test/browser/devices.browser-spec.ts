import { Browser, Page } from 'playwright-core';
import { pairingCode } from '../support/device-helpers';
import { rows } from '../support/evaluation-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage, queueApi, shot, waitForText } from './support/browser';

const TABLET = { width: 1280, height: 800 };

describe('hall devices in the browser: a pad paired once keeps rating across a server restart; the admin page', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const visible = (page: Page, selector: string, timeout = 10000) => page.locator(`${selector}:not([hidden])`).waitFor({ timeout });

  /** Window 1 serves one resident of queue A from issue to finish. */
  const serveOne = async (open: boolean) => {
    const api = queueApi(t);
    const ticket = await api.issue('A');
    if (open) await api.window('clerk1', 1, 'open');
    await api.window('clerk1', 1, 'call-next');
    await api.window('clerk1', 1, 'start');
    await api.window('clerk1', 1, 'finish');
    return ticket;
  };

  it('pairs with a code, rates, survives a restart on the same database and a reload, then unpairs when revoked', async () => {
    const { id, pairingCode: code } = await pairingCode(t, 'pad', 1);
    const { page, context } = await openPage(browser, `${t.url}/pad/TC/1`, { viewport: TABLET, allowStatus: [401] });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await visible(page, '#pad-pair');
    expect(await page.locator('#pad-pair label').textContent()).toBe('请输入配对码');
    await page.locator('#pad-pair-code').fill(code.toLowerCase());
    await page.locator('#pad-pair-submit').click();
    await visible(page, '#pad-idle');
    await page.locator('.pad-conn-live').waitFor({ timeout: 10000 });

    const first = await serveOne(true);
    await waitForText(page, '#pad-number', `您的号码 ${first.number}`);
    await page.locator('.rt-btn[data-score="5"]').click();
    await waitForText(page, '.rt-thanks-title', '感谢您的评价！');

    // the server restarts on the same database file and address; the tablet reloads the page
    const port = Number(new URL(t.url).port);
    const database = t.database;
    await t.close({ keepData: true });
    t = await createTestApp({}, undefined, { database, port });
    await page.reload();
    await visible(page, '#pad-idle');
    expect(await page.locator('#pad-pair').isHidden()).toBe(true);
    await page.locator('.pad-conn-live').waitFor({ timeout: 10000 });

    const second = await serveOne(false); // window 1 is still open after the restart
    await waitForText(page, '#pad-number', `您的号码 ${second.number}`);
    await page.locator('.rt-btn[data-score="4"]').click();
    await waitForText(page, '.rt-thanks-title', '感谢您的评价！');
    expect(await rows(t, "SELECT ticketId, score, source FROM evaluations ORDER BY id")).toEqual([
      { ticketId: first.id, score: 5, source: 'pad' }, { ticketId: second.id, score: 4, source: 'pad' },
    ]);
    await page.screenshot({ path: shot('devices-pad-after-restart') });

    // an admin revokes the pad: within seconds it drops its token and asks for a code again
    await t.http().delete(`/api/v1/devices/${id}`).set(bearer(await t.login('admin'))).expect(200);
    await visible(page, '#pad-pair', 15000);
    await waitForText(page, '#pad-pair-error', '本评价器已被停用，请重新配对');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('onewindow.device.')))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the admin page creates a pad with its code shown big, lists statuses, issues a new code and revokes with confirmation', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/devices`, { viewport: DESKTOP });
    await page.locator('#login[open]').waitFor();
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('table[data-hall="TC"] .ad-device').first().waitFor();
    expect(await page.locator('table[data-hall="TC"] .ad-device').count()).toBeGreaterThanOrEqual(7);

    await page.locator('#device-kind').selectOption('pad');
    await page.locator('#device-window').selectOption('2');
    expect(await page.locator('#device-name').inputValue()).toBe('2号综合窗口评价器');
    await page.locator('#device-name').fill('2号窗口新评价器');
    await page.locator('#device-create').click();
    await visible(page, '#code-panel');
    const code = (await page.locator('#code-value').textContent()) ?? '';
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await page.locator('#code-link').getAttribute('href')).toBe(`/pad/TC/2?pair=${code}`);
    const row = page.locator('.ad-device', { hasText: '2号窗口新评价器' });
    await row.waitFor();
    expect(await row.locator('.ad-status').textContent()).toContain('待配对');
    await page.screenshot({ path: shot('devices-admin-code'), fullPage: true });

    await t.http().post('/api/v1/devices/pair').send({ pairingCode: code }).expect(201);
    await page.locator('#devices-reload').click();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.ad-device')).some((r) => r.textContent?.includes('2号窗口新评价器') && r.textContent.includes('已配对')));

    await row.locator('.ad-new-code').click();
    await page.waitForFunction((old) => document.querySelector('#code-value')?.textContent !== old, code);
    expect(await page.locator('#code-value').textContent()).toMatch(/^[A-Z2-9]{8}$/);

    page.once('dialog', (d) => void d.dismiss());
    await row.locator('.ad-revoke').click();
    expect(await row.locator('.ad-status').textContent()).toContain('已配对');
    page.once('dialog', (d) => void d.accept());
    await row.locator('.ad-revoke').click();
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.ad-device')).some((r) => r.textContent?.includes('2号窗口新评价器') && r.textContent.includes('已吊销')));
    expect(await row.locator('.ad-revoke').count()).toBe(0);
    await page.screenshot({ path: shot('devices-admin-list'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
