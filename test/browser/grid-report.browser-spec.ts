import { Browser } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { openPage, PHONE, shot, useAppAndBrowser, waitForText } from './support/browser';

// Issue 12 "Ways in": a grid worker (网格员) reports what the patrol found with the residents' form.
describe('接诉即办: the grid worker reports from a phone', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('signs in as grid, reports a 巡查 event in the account’s hall and sees it in 我的上报', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/grid`, { viewport: PHONE, isMobile: true });
    await page.locator('#gr-login-user').fill('clerk1');
    await page.locator('#gr-login-pass').fill('demo1234');
    await page.locator('#gr-login-form button[type="submit"]').click();
    await waitForText(page, '#gr-login-error', '该账号不是网格员账号，请使用网格员账号登录');

    await page.locator('#gr-login-user').fill('grid1');
    await page.locator('#gr-login-pass').fill('demo1234');
    await page.locator('#gr-login-form button[type="submit"]').click();
    await page.locator('#gr-work:not([hidden])').waitFor();
    await waitForText(page, '#gr-mine', '还没有上报记录。');
    expect(await page.locator('#rq-hall').count()).toBe(0); // one hall on the account: no choice to make

    await page.locator('.rq-sources .rq-choice', { hasText: '巡查上报' }).click();
    await page.locator('.rq-categories .rq-choice', { hasText: '安全隐患' }).click();
    await page.locator('#rq-description').fill('桐城路 12 号门前井盖松动');
    await page.locator('#rq-phone').fill('13900139000');
    await page.locator('#rq-submit').click();
    await page.locator('#gr-done:not([hidden])').waitFor();
    const number = (await page.locator('#gr-done-number').textContent())!.trim();
    expect(number).toMatch(/^STC\d{12}$/);
    await page.locator('.rq-mine-item', { hasText: number }).waitFor();
    expect(await page.locator('.rq-mine-item').first().textContent()).toContain('巡查上报');
    expect(await page.locator('.rq-mine-item .rq-badge').first().textContent()).toBe('待派单');
    expect(await page.locator('#rq-description').inputValue()).toBe('');
    await page.screenshot({ path: shot('grid-report'), fullPage: true });

    const dispatcher = await t.login('dispatcher');
    const list = await t.http().get('/api/v1/requests').set(bearer(dispatcher)).expect(200);
    expect(list.body.find((r: { requestNumber: string }) => r.requestNumber === number)).toMatchObject({ hall: 'TC', source: 'patrol', categoryCode: 'AQ' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
