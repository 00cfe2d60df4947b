import { Browser } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser } from './support/browser';

describe('calendar admin page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const cell = (date: string) => `.cal-day[data-date="${date}"]`;

  it('marks the year, signs an admin in at the first edit, and sets, names and clears a day', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/calendar`, { viewport: DESKTOP });
    await page.locator('#year-state', { hasText: '已导入' }).waitFor();
    expect(await page.locator(`${cell('2026-10-01')} .cal-tag`).textContent()).toBe('休');
    expect(await page.locator(cell('2026-10-01')).getAttribute('aria-label')).toBe('2026-10-01 休息日（休）· 国庆节');
    expect(await page.locator('#year-count').textContent()).toMatch(/^全年工作日 \d+ 天$/);
    expect(await page.locator('#login-open').isVisible()).toBe(true);
    await page.screenshot({ path: shot('admin-calendar'), fullPage: true });

    await page.locator(cell('2026-12-07')).click();
    await page.locator('#login[open]').waitFor();
    expect(await page.locator('#login-user').inputValue()).toBe('admin');
    await page.screenshot({ path: shot('admin-calendar-login') });
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#account', { hasText: '管理员：' }).waitFor();
    expect(await page.locator('#login').getAttribute('open')).toBeNull();

    await page.locator(cell('2026-12-07')).click();
    await page.locator('#day-dialog[open]').waitFor();
    expect(await page.locator('#day-title').textContent()).toBe('2026-12-07（周一）');
    expect(await page.locator('#day-state').textContent()).toBe('当前：工作日。可设为休息日（休）。');
    await page.locator('#day-dialog [data-action="off"]').click();
    expect(await page.locator('#day-error').textContent()).toBe('请填写名称（节日名，或“调休”）');
    await page.locator('#day-name').fill('临时停办');
    await page.locator('#day-dialog [data-action="off"]').click();
    await page.locator('#message', { hasText: '2026-12-07 已保存' }).waitFor();
    await page.locator(`${cell('2026-12-07')}.is-off`).waitFor();
    expect(await page.locator(`${cell('2026-12-07')} .cal-name`).textContent()).toBe('临时停办');

    await page.locator(cell('2026-12-07')).click();
    await page.locator('#day-dialog [data-action="clear"]').click();
    await page.locator(`${cell('2026-12-07')}:not(.is-off)`).waitFor();
    expect(await page.locator(`${cell('2026-12-07')} .cal-tag`).textContent()).toBe('');

    await page.locator('#account button', { hasText: '退出' }).click();
    await page.locator('#login-open').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
