import { Browser } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { openPage, PHONE, queueApi, shot, useAppAndBrowser } from './support/browser';

describe('resident ticket status page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('shows waiting, then the window live when the number is called, and vibrates', async () => {
    const api = queueApi(t);
    await api.issue('B');
    const mine = await api.issue('B');
    const { page, errors, context } = await openPage(browser, `${t.url}/t/${mine.id}?token=${mine.statusToken}`, {
      viewport: PHONE,
      isMobile: true,
      init: () => {
        const w = window as unknown as { vibrations: unknown[] };
        w.vibrations = [];
        Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => (w.vibrations.push(p), true) });
      },
    });
    await page.locator('#tp-card:not([hidden])').waitFor();
    expect(await page.locator('#tp-number').textContent()).toBe('B002');
    expect(await page.locator('#tp-title').textContent()).toBe('等待中');
    expect(await page.locator('#tp-ahead').textContent()).toBe('1');
    await page.locator('.tp-conn-live').waitFor();
    await page.screenshot({ path: shot('status-waiting'), fullPage: true });

    await api.window('clerk1', 2, 'open');
    await api.window('clerk1', 2, 'call-next'); // B001: one fewer ahead
    await page.waitForFunction(() => document.querySelector('#tp-detail')?.textContent === '下一位就是您，请留意叫号', undefined, { timeout: 10000 });
    await api.window('clerk1', 2, 'start');
    await api.window('clerk1', 2, 'finish');
    await api.window('clerk1', 2, 'call-next'); // B002: mine
    await page.waitForFunction(() => document.querySelector('#tp-title')?.textContent === '请到 2 号窗口', undefined, { timeout: 10000 });
    expect(await page.locator('#tp-status').getAttribute('class')).toContain('tone-call');
    expect(await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length)).toBe(1);
    expect(await page.title()).toContain('【到号】');
    await page.screenshot({ path: shot('status-called'), fullPage: true });

    await api.window('clerk1', 2, 'start');
    await api.window('clerk1', 2, 'transfer', { queueCode: 'C' });
    await page.waitForFunction(() => document.querySelector('#tp-queue')?.textContent === '经济服务', undefined, { timeout: 10000 });
    expect(await page.locator('#tp-title').textContent()).toBe('等待中');
    expect(await page.locator('#tp-transfer').textContent()).toContain('已由「社情民意」转至「经济服务」');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says kindly that a ticket with a wrong token was not found', async () => {
    const mine = await queueApi(t).issue('A');
    const { page, errors, context } = await openPage(browser, `${t.url}/t/${mine.id}?token=wrong-token`, { viewport: PHONE, isMobile: true, allowStatus: [404] });
    await page.locator('#tp-missing:not([hidden])').waitFor();
    expect(await page.locator('#tp-missing-text').textContent()).toContain('未找到该号票');
    expect(errors.filter((e) => !e.includes('/api/v1/tickets/'))).toEqual([]);
    await context.close();
  });

  it('answers a malformed address with a friendly 404 page', async () => {
    const { page, context } = await openPage(browser, `${t.url}/t/abc?token=x`, { allowStatus: [404] });
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await context.close();
  });
});
