import { Browser } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, TV, useAppAndBrowser, waitForText } from './support/browser';

/** An administrator's change of the hall (hall.changed on the hall room) reaches open pages without a reload. */
describe('hall changes reach open pages', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('a new window shows in an open console, board and kiosk; a renamed queue and window follow', async () => {
    const admin = await t.login('admin');
    const clerk = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP });
    await clerk.page.locator('#login-user').fill('clerk1');
    await clerk.page.locator('#login-pass').fill('demo1234');
    await clerk.page.locator('#login-form button[type="submit"]').click();
    await clerk.page.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').waitFor();
    const board = await openPage(browser, `${t.url}/board/TC`, { viewport: TV });
    await board.page.locator('#windows [data-window="1"]').waitFor();
    const kiosk = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: DESKTOP });
    const screen = await openPage(browser, `${t.url}/window/TC/5`, { viewport: TV });
    await waitForText(screen.page, '.ws-serves', '民生保障');
    // the board and kiosk are subscribed once a new ticket's count reaches them
    await t.http().post('/api/v1/halls/TC/tickets').send({ queueCode: 'D' }).expect(201);
    await waitForText(board.page, '[data-waiting="D"]', '1');
    await waitForText(kiosk.page, '[data-waiting="D"]', '1');

    await t.http().post('/api/v1/halls/TC/windows').set(bearer(admin)).send({ number: 9, name: '9号综合窗口', kind: 'comprehensive', queueCodes: [] }).expect(201);
    await clerk.page.locator('#window-list .window-card[data-window="9"]', { hasText: '9号综合窗口' }).waitFor();
    await board.page.locator('#windows [data-window="9"]', { hasText: '9号综合窗口' }).waitFor();

    await t.http().post('/api/v1/halls/TC/queues').set(bearer(admin)).send({ code: 'E', name: '退役军人服务' }).expect(201);
    await kiosk.page.locator('.queue-btn[data-queue="E"]', { hasText: '退役军人服务' }).waitFor();
    await board.page.locator('.wq', { hasText: '退役军人服务' }).waitFor();
    await kiosk.page.locator('.queue-btn[data-queue="E"]').click(); // the new button works
    await kiosk.page.locator('#result:not([hidden])').waitFor();
    expect(await kiosk.page.locator('#t-number').textContent()).toBe('E001');

    // at work in window 9: the served queues and the window's name follow
    await clerk.page.locator('.window-card[data-window="9"]').click();
    await clerk.page.locator('#cs-work:not([hidden])').waitFor();
    await waitForText(clerk.page, '#waiting [data-waiting="E"]', '1');
    await t.http().put('/api/v1/halls/TC/queues/E').set(bearer(admin)).send({ name: '退役军人事务' }).expect(200);
    await clerk.page.locator('#waiting li', { hasText: '退役军人事务' }).waitFor();
    await t.http().put('/api/v1/halls/TC/windows/9').set(bearer(admin)).send({ name: '9号退役军人专窗', kind: 'dedicated', queueCodes: ['E'] }).expect(200);
    await waitForText(clerk.page, '#w-name', '9号退役军人专窗');
    await waitForText(clerk.page, '#w-callable', '1');
    expect(await clerk.page.locator('#waiting li.served').count()).toBe(1);

    await t.http().put('/api/v1/halls/TC/windows/5').set(bearer(admin)).send({ name: '5号民生专窗', kind: 'dedicated', queueCodes: ['A', 'E'] }).expect(200);
    await waitForText(screen.page, '.ws-name', '5号民生专窗');
    await waitForText(screen.page, '.ws-serves', '民生保障、退役军人事务');

    for (const opened of [clerk, board, kiosk, screen]) {
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });
});
