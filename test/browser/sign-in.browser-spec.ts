import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('staff sign-in', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const signIn = async (page: Page, username: string, password: string) => {
    await page.locator('#login-user').fill(username);
    await page.locator('#login-pass').fill(password);
    await page.locator('#login-form button[type="submit"]').click();
  };

  it('makes a reset account change its password first, with the rules shown live, then works; 修改密码 later', async () => {
    const admin = await t.login('admin');
    const clerk2 = ((await t.http().get('/api/v1/users').set(bearer(admin)).expect(200)).body as Array<{ id: number; username: string }>).find((u) => u.username === 'clerk2')!;
    await t.http().post(`/api/v1/users/${clerk2.id}/reset-password`).set(bearer(admin)).send({ password: 'Reset-Temp-2026' }).expect(204);

    const { page, errors, context } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [422] });
    await signIn(page, 'clerk2', 'Reset-Temp-2026');
    await page.locator('#login-change:not([hidden])').waitFor();
    await waitForText(page, '#login-heading', '修改密码');
    expect(await page.locator('#login-form').isHidden()).toBe(true);
    expect(await page.locator('#cs-pick').isHidden()).toBe(true); // nothing works before the change

    await page.locator('#login-new').fill('clerk2abc');
    await page.locator('#login-rules [data-rule="too_short"].rule-bad').waitFor();
    await page.locator('#login-rules [data-rule="contains_username"].rule-bad').waitFor();
    await page.locator('#login-new').fill('Window-Two-2026');
    await page.locator('#login-rules [data-rule="too_short"].rule-ok').waitFor();
    await page.locator('#login-rules [data-rule="contains_username"].rule-ok').waitFor();
    await page.locator('#login-repeat').fill('Window-Two-2025');
    await page.locator('#login-rules [data-rule="repeat"].rule-bad').waitFor();
    await page.screenshot({ path: shot('sign-in-forced-change') });
    await page.locator('#login-change button[type="submit"]').click();
    await waitForText(page, '#login-change-error', '新密码不符合要求，请按提示修改');
    await page.locator('#login-repeat').fill('Window-Two-2026');
    await page.locator('#login-change button[type="submit"]').click();
    await page.locator('#cs-pick:not([hidden]) .window-card[data-window="2"]').waitFor();
    await waitForText(page, '#cs-user-name', '综合受理员二');

    // the old password is gone, the new one signs in without another change
    await t.http().post('/api/v1/auth/login').send({ username: 'clerk2', password: 'Reset-Temp-2026' }).expect(401);
    const relogin = await t.http().post('/api/v1/auth/login').send({ username: 'clerk2', password: 'Window-Two-2026' }).expect(200);
    expect(relogin.body.user.mustChangePassword).toBe(false);

    // the clerk's own 修改密码 from the console header: a wrong current password says so, then it works
    await page.locator('#cs-password').click();
    await page.locator('#login-change:not([hidden])').waitFor();
    expect(await page.locator('#login-current').inputValue()).toBe('');
    await page.locator('#login-current').fill('not-my-password');
    await page.locator('#login-new').fill('Window-Two-2027');
    await page.locator('#login-repeat').fill('Window-Two-2027');
    await page.locator('#login-change button[type="submit"]').click();
    await waitForText(page, '#login-change-error', '当前密码不正确');
    expect(await page.locator('#login-new').inputValue()).toBe('Window-Two-2027'); // nothing typed is lost
    await page.locator('#login-current').fill('Window-Two-2026');
    await page.locator('#login-change button[type="submit"]').click();
    await page.locator('.toast', { hasText: '密码已修改' }).waitFor();
    expect(await page.locator('#login').isHidden()).toBe(true);
    await page.locator('.window-card[data-window="2"]').click(); // still signed in, with the new token
    await page.locator('#cs-work:not([hidden])').waitFor();
    await waitForText(page, '#w-name', '2号综合窗口');

    // 退出登录 signs out on the server too: the tab's token no longer works anywhere
    const token = await page.evaluate(() => sessionStorage.getItem('onewindow.token'));
    await t.http().get('/api/v1/auth/me').set(bearer(token!)).expect(200);
    await page.locator('#cs-logout').click();
    await page.locator('#login:not([hidden]) #login-form:not([hidden])').waitFor();
    let status = 200;
    for (let i = 0; i < 50 && status !== 401; i++) {
      if (i) await new Promise((r) => setTimeout(r, 100));
      status = (await t.http().get('/api/v1/auth/me').set(bearer(token!))).status;
    }
    expect(status).toBe(401);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['garbage', 'not-a-token', '{oops'],
    ['an older shape', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl', JSON.stringify({ id: 3, username: 'clerk1', displayName: '综合受理员一', roles: ['clerk'], departmentCodes: [] })],
  ])('a broken stored session (%s) shows the sign-in form instead of a blank page', async (_name, token, user) => {
    const init = `sessionStorage.setItem('onewindow.token', ${JSON.stringify(token)}); sessionStorage.setItem('onewindow.user', ${JSON.stringify(user)});`;
    const consolePage = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP });
    await consolePage.page.evaluate(init);
    await consolePage.page.reload();
    await consolePage.page.locator('#login:not([hidden]) #login-form:not([hidden])').waitFor();
    expect(await consolePage.page.evaluate(() => sessionStorage.getItem('onewindow.token'))).toBeNull(); // dropped
    await signIn(consolePage.page, 'clerk1', 'demo1234');
    await consolePage.page.locator('#cs-pick:not([hidden]) .window-card').first().waitFor();
    expect(consolePage.errors).toEqual([]);
    await consolePage.context.close();

    const adminPage = await openPage(browser, `${t.url}/admin/users`, { viewport: DESKTOP });
    await adminPage.page.evaluate(init);
    await adminPage.page.reload();
    await adminPage.page.locator('#login[open]').waitFor();
    expect(adminPage.errors).toEqual([]);
    await adminPage.context.close();
  });

  it('tells how long to wait after too many wrong passwords', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [401, 429] });
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await signIn(page, 'clerk3', `wrong-${i}`);
      status = (await answer).status();
    }
    expect(status).toBe(429);
    await page.waitForFunction(() => /^尝试次数过多，请 (\d+ 秒|\d+ 分钟|\d+ 分 \d+ 秒)后再试$/.test(document.querySelector('#login-error')?.textContent ?? ''));
    await page.screenshot({ path: shot('sign-in-locked') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
