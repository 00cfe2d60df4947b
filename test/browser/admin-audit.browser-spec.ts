import { Browser } from 'playwright-core';
import { readFileSync } from 'fs';
import { createCase, getCase, JZZ_DEFERRED } from '../support/case-helpers';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser } from './support/browser';

describe('audit page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('signs an admin in, shows changes and reads, filters them, expands a diff and exports CSV', async () => {
    const admin = await t.login('admin');
    await t.http().put('/api/v1/halls/TC/queues/A').set(bearer(admin)).send({ name: '综合业务（留痕）' }).expect(200);
    const clerk = await t.login('clerk1');
    const created = await createCase(t, clerk, { serviceItemCode: 'JZZ', materials: JZZ_DEFERRED, decision: 'accept' }).expect(201);
    await getCase(t, clerk, created.body.id).expect(200);

    const { page, errors, context } = await openPage(browser, `${t.url}/admin/audit`, { viewport: DESKTOP });
    await page.locator('#login-form').waitFor();
    expect(await page.locator('#work').isHidden()).toBe(true);

    // a clerk is refused
    await page.locator('#login-user').fill('clerk1');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#login-error', { hasText: '该账号不是管理员' }).waitFor();

    await page.locator('#login-user').fill('admin');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#account', { hasText: '管理员：' }).waitFor();
    await page.locator('#rows tr', { hasText: '修改队列' }).waitFor();
    const queueRow = page.locator('#rows tr', { hasText: '修改队列' });
    expect(await queueRow.locator('td').nth(1).textContent()).toBe('系统管理员');
    expect(await queueRow.locator('td').nth(3).textContent()).toBe('队列 TC/A');
    await page.locator('#rows tr', { hasText: '查看办件个人信息' }).first().waitFor();

    await queueRow.locator('summary').click();
    await queueRow.locator('.au-after', { hasText: '综合业务（留痕）' }).waitFor();
    expect(await queueRow.locator('.au-before').textContent()).not.toBe('');
    await page.screenshot({ path: shot('admin-audit'), fullPage: true });

    // only personal-data reads
    await page.locator('#f-kind').selectOption('personal_data');
    await page.locator('#search').click();
    await page.locator('#rows tr', { hasText: '修改队列' }).waitFor({ state: 'detached' });
    const actions = await page.locator('#rows td.au-action').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(['查看办件个人信息']));
    expect(await page.locator('#rows tr').first().locator('td').nth(1).textContent()).toBe('综合受理员一');

    // by subject: the queue only
    await page.locator('#f-kind').selectOption('');
    await page.locator('#f-subject').selectOption('queue');
    await page.locator('#search').click();
    await page.locator('#rows tr', { hasText: '查看办件个人信息' }).first().waitFor({ state: 'detached' });
    expect(await page.locator('#rows td.au-action').allTextContents()).toEqual(['修改队列']);

    // a day with nothing
    await page.locator('#f-subject').selectOption('');
    await page.locator('#f-from').fill('2026-11-24');
    await page.locator('#f-to').fill('2026-11-25');
    await page.locator('#search').click();
    await page.locator('#rows', { hasText: '没有符合条件的记录' }).waitFor();

    // back to today, export
    await page.locator('#f-from').fill('2026-11-23');
    await page.locator('#f-to').fill('2026-11-23');
    await page.locator('#search').click();
    await page.locator('#rows tr', { hasText: '修改队列' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF时间,类别,操作人,操作人编号,操作,对象类型,对象,详情');
    expect(csv).toContain('修改队列');
    expect(csv).toContain('查看办件个人信息');

    expect(errors).toEqual([]);
    await context.close();
  });
});
