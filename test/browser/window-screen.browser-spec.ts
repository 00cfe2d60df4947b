import { Browser } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { openPage, queueApi, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('window screen page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('follows its window: closed, the called number, 暂停服务 when paused', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/window/TC/5`, { viewport: { width: 1280, height: 720 } });
    expect(await page.locator('.ws-name').textContent()).toBe('5号民生保障专窗');
    expect(await page.locator('.ws-serves').textContent()).toBe('民生保障');
    await waitForText(page, '#ws-state', '暂未开放');
    await page.waitForFunction(() => document.querySelector('#conn')?.textContent === '');

    await api.issue('A');
    await api.window('clerk5', 5, 'open');
    await waitForText(page, '#ws-state', '服务中');
    await api.window('clerk5', 5, 'call-next');
    await waitForText(page, '#ws-number', 'A001');
    await waitForText(page, '#ws-label', '请 A001 号到本窗口办理');
    await page.screenshot({ path: shot('window-called') });
    await api.window('clerk5', 5, 'start');
    await api.window('clerk5', 5, 'pause');
    await waitForText(page, '#ws-state', '暂停服务');
    await waitForText(page, '#ws-number', 'A001'); // still being served during the pause
    await page.screenshot({ path: shot('window-paused') });
    await api.window('clerk5', 5, 'finish');
    await waitForText(page, '#ws-number', '');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is a friendly 404 for a window the hall does not have', async () => {
    const res = await t.http().get('/window/TC/99').expect(404);
    expect(res.text).toContain('页面不存在');
    expect(res.text).toContain('窗口 99 不存在');
  });
});
