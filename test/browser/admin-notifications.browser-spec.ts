import { Browser } from 'playwright-core';
import { createCase, JZZ_COMPLETE } from '../support/case-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser } from './support/browser';

describe('notifications page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('signs an admin in, lists messages masked with their state, filters them and refreshes by itself', async () => {
    const clerk = await t.login('clerk1');
    await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(201);

    const { page, errors, context } = await openPage(browser, `${t.url}/admin/notifications`, { viewport: DESKTOP });
    await page.locator('#login-form').waitFor();
    expect(await page.locator('#work').isHidden()).toBe(true);
    expect(await page.locator('.admin-nav a[aria-current="page"]').textContent()).toBe('短信通知');
    await page.locator('#login-user').fill('admin');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#account', { hasText: '管理员：' }).waitFor();

    const row = page.locator('#rows tr', { hasText: '受理通知' });
    await row.locator('.nt-badge', { hasText: '已发送' }).waitFor();
    expect(await row.locator('.nt-to').textContent()).toBe('138****8000');
    expect(await row.locator('.nt-text').textContent()).toContain('查询码 ******');
    expect(await page.locator('#work').textContent()).not.toMatch(/1[3-9]\d{9}/);
    await page.screenshot({ path: shot('admin-notifications'), fullPage: true });

    await page.locator('#f-status').selectOption('failed');
    await page.locator('#rows', { hasText: '没有符合条件的短信' }).waitFor();
    await page.locator('#f-status').selectOption('');
    await row.waitFor();

    // a new message shows up without a click (auto-refresh)
    await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_COMPLETE, decision: 'accept' }).expect(201);
    await page.locator('#rows tr', { hasText: '受理通知' }).nth(1).waitFor({ timeout: 20_000 });

    expect(errors).toEqual([]);
    await context.close();
  });
});
