import { Browser, Page } from 'playwright-core';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage, shot, TV, waitForText } from './support/browser';

const ADMIN_PASSWORD = 'Guangming-Admin-2026';

/**
 * The first run of a real centre: from SEED=none and ADMIN_PASSWORD, the admin sets up a centre, a point, a
 * queue, a window, a clerk, a kiosk and a pad through the pages alone; the kiosk and pad pair by their links; a
 * resident takes a number at the kiosk and the clerk
 * (made to change the password first) calls it; the board shows it. API calls here only check results.
 */
describe('first run from an empty database', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ SEED: 'none', ADMIN_PASSWORD });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const banner = (page: Page, contains: string) => page.locator('#message:not([hidden])', { hasText: contains }).waitFor({ timeout: 10000 });

  it('sets up a centre with a point, a queue, a window, a clerk and devices, and a resident is called', async () => {
    // ── the admin, from the index page ──────────────────────────────────────────────────────────
    const admin = await openPage(browser, `${t.url}/`, { viewport: DESKTOP, allowStatus: [422] }); // one bad try on purpose
    const a = admin.page;
    expect(await a.locator('#admin-link').textContent()).toBe('系统管理');
    await a.locator('#admin-link').click();
    await a.waitForURL(`${t.url}/admin`);
    for (const href of ['/admin/halls', '/admin/users', '/admin/devices', '/admin/catalog', '/admin/request-categories', '/admin/calendar', '/admin/audit', '/admin/notifications']) {
      expect(await a.locator(`.admin-pages a[href="${href}"]`).count()).toBe(1);
    }
    await a.locator('.admin-pages a[href="/admin/halls"]').click();
    await a.waitForURL(`${t.url}/admin/halls`);
    await a.locator('#login[open]').waitFor();
    expect(await a.locator('#login-user').inputValue()).toBe('admin');
    await a.locator('#login-pass').fill(ADMIN_PASSWORD);
    await a.locator('#login-form button[type="submit"]').click();
    await a.locator('#login').waitFor({ state: 'hidden' });
    await a.locator('#halls-body', { hasText: '还没有服务大厅' }).waitFor();

    // the centre, with the default opening hours
    expect(await a.locator('#h-hours input[type="time"]').count()).toBe(4);
    await a.locator('#h-code').fill('gm');
    await a.locator('#h-name').fill('光明街道便民服务中心');
    await a.locator('#hall-save').click();
    await banner(a, '已保存服务大厅：光明街道便民服务中心（GM）');
    await a.locator('#halls-body tr[data-hall="GM"]').waitFor();

    // a community service point of that centre; a bad first try keeps what was typed
    await a.locator('#new-hall').click();
    expect(await a.locator('#h-code').inputValue()).toBe(''); // nothing of the centre stays in the form
    expect(await a.locator('#h-name').inputValue()).toBe('');
    await a.locator('#h-code').fill('GM01');
    await a.locator('#h-name').fill('光明社区便民服务站');
    await a.locator('#h-kind').selectOption('point');
    await a.locator('#hall-save').click(); // no centre chosen yet
    await a.locator('#hall-error:not([hidden])', { hasText: 'PARENT_HALL_INVALID' }).waitFor();
    expect(await a.locator('#h-name').inputValue()).toBe('光明社区便民服务站');
    await a.locator('#h-parent').selectOption('GM');
    await a.locator('#hall-save').click();
    await banner(a, '光明社区便民服务站（GM01）');
    await a.locator('#halls-body tr.ad-point[data-hall="GM01"]').waitFor();

    // the centre's queue and window
    await a.locator('#halls-body tr[data-hall="GM"] button').click();
    await waitForText(a, '#hall-form-title', '编辑：光明街道便民服务中心（GM）');
    await a.locator('#hall-detail:not([hidden])').waitFor();
    await a.locator('#q-code').fill('A');
    await a.locator('#q-name').fill('综合业务');
    await a.locator('#queue-form button[type="submit"]').click();
    await a.locator('#queues-body tr[data-queue="A"]').waitFor();
    expect(await a.locator('#q-code').inputValue()).toBe('');
    expect(await a.locator('#w-number').inputValue()).toBe('1');
    await a.locator('#w-name').fill('1号窗口');
    await a.locator('#w-kind').selectOption('comprehensive');
    await a.locator('#window-save').click();
    await a.locator('#windows-body tr[data-window="1"]').waitFor();
    expect(await a.locator('#w-name').inputValue()).toBe('');
    expect(await a.locator('#w-number').inputValue()).toBe('2');
    await a.screenshot({ path: shot('first-run-halls'), fullPage: true });

    // the clerk's account, then a reset (the clerk must change it at the first sign-in either way)
    await a.locator('.admin-nav a[href="/admin/users"]').click();
    await a.waitForURL(`${t.url}/admin/users`);
    await a.locator('#users-body tr[data-user="admin"]').waitFor();
    await a.locator('#u-username').fill('clerk-li');
    await a.locator('#u-name').fill('李娜');
    await a.locator('#u-password').fill('clerk-li-2026');
    await a.locator('#u-password-rules [data-rule="contains_username"].rule-bad').waitFor(); // live, the server's own rule
    await a.locator('#u-password').fill('Guangming-2026');
    await a.locator('#u-password-rules [data-rule="contains_username"].rule-ok').waitFor();
    await a.locator('#u-roles input[value="clerk"]').check();
    await a.locator('#user-save').click(); // no hall yet
    await a.locator('#user-error:not([hidden])', { hasText: '至少属于一个大厅' }).waitFor();
    await a.locator('#u-halls input[value="GM"]').check();
    await a.locator('#user-save').click();
    await a.locator('#users-body tr[data-user="clerk-li"]', { hasText: '须改密码' }).waitFor();
    expect(await a.locator('#u-username').inputValue()).toBe('');
    expect(await a.locator('#u-roles input:checked').count()).toBe(0);
    await a.locator('#users-body tr[data-user="clerk-li"] [data-reset]').click();
    await a.locator('#reset-dialog[open]').waitFor();
    await a.locator('#r-password').fill('Temporary-2026');
    await a.locator('#reset-form button[type="submit"]').click();
    await banner(a, '已重置 clerk-li 的密码');
    await a.screenshot({ path: shot('first-run-users'), fullPage: true });

    // the hall's devices: a kiosk and window 1's rating pad, each with a one-time pairing link
    await a.locator('.admin-nav a[href="/admin/devices"]').click();
    await a.waitForURL(`${t.url}/admin/devices`);
    await a.locator('#device-hall option[value="GM"]').waitFor({ state: 'attached' });
    await a.locator('#device-hall').selectOption('GM');
    await a.locator('#device-kind').selectOption('kiosk');
    await a.locator('#device-name').fill('大厅自助取号机');
    await a.locator('#device-create').click();
    await a.locator('#code-panel:not([hidden])').waitFor();
    const kioskLink = (await a.locator('#code-link').getAttribute('href')) ?? '';
    expect(kioskLink).toMatch(/^\/kiosk\/GM\?pair=[A-Z2-9]{8}$/);
    await a.locator('#device-kind').selectOption('pad');
    await a.locator('#device-window option[value="1"]').waitFor({ state: 'attached' });
    await a.locator('#device-window').selectOption('1');
    await a.locator('#device-name').fill('1号窗口评价器');
    await a.locator('#device-create').click();
    await a.waitForFunction((old) => document.querySelector('#code-link')?.getAttribute('href') !== old, kioskLink);
    const padLink = (await a.locator('#code-link').getAttribute('href')) ?? '';
    expect(padLink).toMatch(/^\/pad\/GM\/1\?pair=[A-Z2-9]{8}$/);
    await a.locator('.ad-device', { hasText: '1号窗口评价器' }).waitFor();
    expect(admin.errors).toEqual([]);

    // ── the hall opens: board, kiosk, console ───────────────────────────────────────────────────
    const board = await openPage(browser, `${t.url}/board/GM`, { viewport: TV });
    await board.page.locator('#windows [data-window="1"]').waitFor();

    const kiosk = await openPage(browser, `${t.url}${kioskLink}`, { viewport: DESKTOP });
    await kiosk.page.locator('.priority:not([hidden])').waitFor(); // paired: 绿色通道 is offered
    expect(kiosk.page.url()).toBe(`${t.url}/kiosk/GM`); // the code left the address
    await kiosk.page.locator('.queue-btn[data-queue="A"]').click();
    await kiosk.page.locator('#result:not([hidden])').waitFor();
    expect(await kiosk.page.locator('#t-number').textContent()).toBe('A001');

    const pad = await openPage(browser, `${t.url}${padLink}`, { viewport: DESKTOP });
    await pad.page.locator('#pad-idle:not([hidden])').waitFor();

    const clerk = await openPage(browser, `${t.url}/console/GM`, { viewport: DESKTOP });
    const c = clerk.page;
    await c.locator('#login-user').fill('clerk-li');
    await c.locator('#login-pass').fill('Temporary-2026');
    await c.locator('#login-form button[type="submit"]').click();
    await c.locator('#login-change:not([hidden])').waitFor();
    expect(await c.locator('#login-current').inputValue()).toBe('Temporary-2026');
    await c.locator('#login-new').fill('Li-Na-Window-1');
    await c.locator('#login-repeat').fill('Li-Na-Window-1');
    await c.locator('#login-change button[type="submit"]').click();
    await c.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await c.locator('#cs-work:not([hidden])').waitFor();
    await c.keyboard.press('o');
    await waitForText(c, '#w-status', '服务中');
    await c.keyboard.press('F1');
    await waitForText(c, '#tc-number', 'A001');
    await waitForText(board.page, '#now-number', 'A001');
    await board.page.screenshot({ path: shot('first-run-board') });
    expect(clerk.errors).toEqual([]);
    expect(board.errors).toEqual([]);
    expect(kiosk.errors).toEqual([]);
    expect(pad.errors).toEqual([]);

    // ── checks of the result ────────────────────────────────────────────────────────────────────
    expect((await t.http().get('/api/v1/halls').expect(200)).body).toEqual([
      { code: 'GM', name: '光明街道便民服务中心', kind: 'centre', parentHall: null },
      { code: 'GM01', name: '光明社区便民服务站', kind: 'point', parentHall: 'GM' },
    ]);
    const token = await t.login('admin', ADMIN_PASSWORD);
    const users = (await t.http().get('/api/v1/users').set(bearer(token)).expect(200)).body as Array<{ username: string; mustChangePassword: boolean; hallCodes: string[] }>;
    expect(users.find((u) => u.username === 'clerk-li')).toMatchObject({ mustChangePassword: false, hallCodes: ['GM'] });
    await t.http().post('/api/v1/auth/login').send({ username: 'clerk-li', password: 'Li-Na-Window-1' }).expect(200);
    for (const opened of [admin, board, kiosk, pad, clerk]) await opened.context.close();
  });
});
