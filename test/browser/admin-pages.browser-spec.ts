import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, queueApi, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('admin pages (halls, accounts, departments)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const banner = (page: Page, contains: string) => page.locator('#message:not([hidden])', { hasText: contains }).waitFor({ timeout: 10000 });
  const signInAdmin = async (page: Page) => {
    await page.locator('#login[open]').waitFor();
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#login').waitFor({ state: 'hidden' });
  };

  it('halls: an open window keeps its kind (the server says why) and what was typed; queues rename; bad hours refused', async () => {
    await queueApi(t).window('clerk1', 1, 'open');
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/halls`, { viewport: DESKTOP, allowStatus: [409, 422] });
    await signInAdmin(page);
    await page.locator('#halls-body tr[data-hall="TC"] button').click();
    await page.locator('#hall-detail:not([hidden])').waitFor();

    await page.locator('#windows-body tr[data-window="1"] button').click();
    await waitForText(page, '#window-form-title', '编辑：1号综合窗口（1 号）');
    await page.locator('#window-note:not([hidden])', { hasText: '窗口关闭后才能更改类型' }).waitFor();
    expect(await page.locator('#w-number').getAttribute('readonly')).not.toBeNull();
    await page.locator('#w-name').fill('1号民生专窗');
    await page.locator('#w-kind').selectOption('dedicated');
    await page.locator('#w-queues input[value="A"]').check();
    await page.locator('#window-save').click();
    await page.locator('#window-error:not([hidden])', { hasText: '（WINDOW_OPEN）' }).waitFor();
    expect(await page.locator('#window-error').textContent()).toContain('关闭后才能改变类型');
    expect(await page.locator('#w-name').inputValue()).toBe('1号民生专窗'); // nothing typed is lost
    expect(await page.locator('#w-queues input[value="A"]').isChecked()).toBe(true);
    await page.screenshot({ path: shot('admin-halls-window-open'), fullPage: true });
    await page.locator('#w-kind').selectOption('comprehensive'); // a rename alone is fine while open
    await page.locator('#window-save').click();
    await page.locator('#windows-body tr[data-window="1"]', { hasText: '1号民生专窗' }).waitFor();
    await waitForText(page, '#window-form-title', '新建窗口');
    expect(await page.locator('#w-name').inputValue()).toBe('');

    const nameB = page.locator('#queues-body tr[data-queue="B"] input[type="text"]');
    await nameB.fill('社情民意服务');
    await nameB.press('Enter');
    await banner(page, '队列 B 已改名为“社情民意服务”');

    // 预约容量: shown per queue (the default 4), refused out of range, saved with the capacity endpoint
    const capacityB = page.locator('#queues-body tr[data-queue="B"] .q-capacity');
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#queues-body tr[data-queue="B"] .q-capacity')?.value === '4');
    await capacityB.fill('101');
    await page.locator('#queues-body tr[data-queue="B"] .q-capacity-save').click();
    await page.locator('#queue-error:not([hidden])', { hasText: '预约容量为 0–100 的整数' }).waitFor();
    await capacityB.fill('2');
    await capacityB.press('Enter');
    await banner(page, '队列 B 的预约容量已设为每时段 2 人');
    const capacity = await t.http().get('/api/v1/halls/TC/queues/B/appointment-capacity').set(bearer(await t.login('admin'))).expect(200);
    expect(capacity.body.capacity).toBe(2);

    await page.locator('#add-hours').click();
    await page.locator('[data-hours-from="2"]').fill('18:00');
    await page.locator('[data-hours-to="2"]').fill('17:00');
    await page.locator('#hall-save').click();
    await page.locator('#hall-error:not([hidden])', { hasText: 'INVALID_OPENING_HOURS' }).waitFor();
    expect(await page.locator('#h-hours input[type="time"]').count()).toBe(6);
    await page.locator('#h-hours li:nth-child(3) button').click();
    await page.locator('#hall-save').click();
    await banner(page, '已保存服务大厅');
    expect(errors).toEqual([]);
    await context.close();

    const layout = (await t.http().get('/api/v1/halls/TC').expect(200)).body as { queues: Array<{ code: string; name: string }>; windows: Array<{ number: number; name: string; kind: string }> };
    expect(layout.queues.find((q) => q.code === 'B')?.name).toBe('社情民意服务');
    expect(layout.windows.find((w) => w.number === 1)).toMatchObject({ name: '1号民生专窗', kind: 'comprehensive' });
  });

  it('accounts: zh-CN roles, deactivation, a new department to choose', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/users`, { viewport: DESKTOP, allowStatus: [409] });
    await signInAdmin(page);
    await page.locator('#users-body tr[data-user="clerk3"]', { hasText: '综合窗口人员' }).waitFor();
    expect(await page.locator('#users-body tr[data-user="head-gg"]').textContent()).toContain('部门负责人、部门经办人');

    await page.locator('#users-body tr[data-user="clerk3"] [data-edit]').click();
    await waitForText(page, '#user-form-title', '编辑账号：综合受理员三（clerk3）');
    expect(await page.locator('#u-password-field').isHidden()).toBe(true);
    await page.locator('#u-active').uncheck();
    await page.locator('#user-save').click();
    await page.locator('#users-body tr[data-user="clerk3"]', { hasText: '已停用' }).waitFor();
    await t.http().post('/api/v1/auth/login').send({ username: 'clerk3', password: 'demo1234' }).expect(401);

    // the admin can't lock themselves out: the server's message and code, the form as it was
    await page.locator('#users-body tr[data-user="admin"] [data-edit]').click();
    await page.locator('#u-active').uncheck();
    await page.locator('#user-save').click();
    await page.locator('#user-error:not([hidden])', { hasText: '（SELF_LOCKOUT）' }).waitFor();
    expect(await page.locator('#u-active').isChecked()).toBe(false);
    await page.locator('#user-new').click();

    await page.locator('#d-code').fill('mz');
    await page.locator('#d-name').fill('民政服务站');
    await page.locator('#department-form button[type="submit"]').click();
    await page.locator('#departments-body tr', { hasText: '民政服务站' }).waitFor();
    await page.locator('#u-departments input[value="MZ"]').waitFor();
    expect(await page.locator('#d-code').inputValue()).toBe('');
    await page.screenshot({ path: shot('admin-users'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
