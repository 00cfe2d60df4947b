import { Browser } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, queueApi, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('clerk console page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('signs in, opens window 1, calls the next resident with F1 and works the ticket by keyboard', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [401] });
    await page.screenshot({ path: shot('console-login') });

    await page.locator('#login-user').fill('clerk1');
    await page.locator('#login-pass').fill('wrong-password');
    await page.locator('#login-form button').click();
    await waitForText(page, '#login-error', '用户名或密码错误');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();

    await page.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    await waitForText(page, '#w-status', '暂未开放');
    expect(await page.locator('[data-action="callNext"]').isDisabled()).toBe(true);
    await page.keyboard.press('o');
    await waitForText(page, '#w-status', '服务中');

    await page.keyboard.press('F1'); // nobody waits yet
    await page.locator('.toast', { hasText: '当前没有等候的群众' }).waitFor();

    await api.issue('A');
    await api.issue('B', { phone: '13800138000' });
    await waitForText(page, '#w-callable', '2'); // live, from the hall room
    await waitForText(page, '#waiting [data-waiting="B"]', '1');

    await page.keyboard.press('F1');
    await waitForText(page, '#tc-number', 'A001');
    await waitForText(page, '#tc-status', '已叫号');
    await waitForText(page, '#w-callable', '1');
    expect(await page.locator('[data-action="start"]').isEnabled()).toBe(true);
    expect(await page.locator('[data-action="finish"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-action="callNext"]').isDisabled()).toBe(true);
    await page.screenshot({ path: shot('console-called') });

    await page.keyboard.press('r');
    await waitForText(page, '#tc-recalls', '1');
    await page.keyboard.press('s');
    await waitForText(page, '#tc-status', '办理中');
    await page.keyboard.press('h'); // A001 steps away: the counter is free
    await page.locator('#held li', { hasText: 'A001' }).waitFor();
    await page.keyboard.press('n');
    await waitForText(page, '#tc-number', 'B001');
    await waitForText(page, '#tc-phone', '138****8000');
    await page.keyboard.press('t');
    await page.locator('#transfer-dialog[open]').waitFor();
    await page.screenshot({ path: shot('console-transfer') });
    await page.keyboard.press('2'); // the second other queue: C 经济服务
    await waitForText(page, '#tc-empty', '当前没有号票。按 F1 / N 叫下一位，或按 U 恢复挂起的号票。');
    await waitForText(page, '#waiting [data-waiting="C"]', '1');

    await page.keyboard.press('u');
    await waitForText(page, '#tc-number', 'A001');
    await waitForText(page, '#tc-status', '办理中');
    await page.reload(); // state comes back from the server
    await waitForText(page, '#tc-number', 'A001');
    await page.keyboard.press('f');
    await page.locator('.toast', { hasText: '已办结 A001' }).waitFor();
    await page.keyboard.press('p');
    await waitForText(page, '#w-status', '暂停服务');
    await page.keyboard.press('n'); // not applicable while paused: nothing happens
    await page.screenshot({ path: shot('console-paused') });
    expect(await page.locator('#tc-body').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the server’s message when another clerk holds the window', async () => {
    await queueApi(t).window('clerk2', 4, 'open');
    const { page, context } = await openPage(browser, `${t.url}/console/TC?window=4`, { viewport: DESKTOP });
    await page.locator('#login-user').fill('clerk3');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();
    await page.locator('#w-other:not([hidden])').waitFor();
    expect(await page.locator('[data-action="callNext"]').isDisabled()).toBe(true);
    await context.close();
  });

  it('a deactivated clerk’s open console stops working within 5 seconds, without a click', async () => {
    const { page, context } = await openPage(browser, `${t.url}/console/TC?window=5`, { viewport: DESKTOP, allowStatus: [401] });
    await page.locator('#login-user').fill('clerk5');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    await page.locator('#conn.conn-live').waitFor();
    const admin = await t.login('admin');
    const users = await t.http().get('/api/v1/users').set(bearer(admin)).expect(200);
    const clerk5 = users.body.find((u: { username: string }) => u.username === 'clerk5');
    await t.http().put(`/api/v1/users/${clerk5.id}`).set(bearer(admin)).send({ active: false }).expect(200);
    // the server closes the clerk's socket; reconnecting is refused, and the console asks for a sign-in again
    await page.locator('#login-form').waitFor({ state: 'visible', timeout: 5000 });
    await context.close();
  });
});
