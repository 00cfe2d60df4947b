import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { finishedTicket, rate } from '../support/evaluation-helpers';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

/** The rectification desk offers only the steps the server allows: the clerk rated never sees 核实 or 回访. */
describe('rectification desk: the clerk rated works the complaint, a supervisor verifies and closes it', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  async function signIn(username: string) {
    const opened = await openPage(browser, `${t.url}/rectifications`, { viewport: DESKTOP });
    await opened.page.locator('#rf-login-user').fill(username);
    await opened.page.locator('#rf-login-pass').fill('demo1234');
    await opened.page.locator('#rf-login-form button').click();
    await opened.page.locator('#rf-work:not([hidden])').waitFor();
    return opened;
  }

  async function openTask(page: Page, id: number) {
    await page.locator(`.rf-item[data-id="${id}"]`).click();
    await waitForText(page, '.rf-detail-head h2', `整改任务 #${id}`);
  }

  it('clerk1 sees only 申诉 on the complaint about their own visit; the supervisor sees 核实', async () => {
    const ticket = await finishedTicket(t, 'clerk1', 1);
    const { body } = await rate(t, { ticketId: ticket.id, token: ticket.statusToken, score: 1, comment: '态度生硬' }).expect(201);
    const id = body.rectificationId as number;

    const clerk = await signIn('clerk1');
    await openTask(clerk.page, id);
    expect(await clerk.page.locator('.rf-act').allTextContents()).toEqual(['申诉']);
    expect(await clerk.page.locator('.rf-act-verify').count()).toBe(0);
    await clerk.page.screenshot({ path: shot('rectification-rated-clerk'), fullPage: true });
    expect(clerk.errors).toEqual([]);

    const supervisor = await signIn('supervisor');
    await openTask(supervisor.page, id);
    expect(await supervisor.page.locator('.rf-act').allTextContents()).toEqual(['核实']);
    await supervisor.page.locator('.rf-act-verify').click();
    await supervisor.page.locator('.rf-note').fill('调取录像，情况属实');
    await supervisor.page.locator('.rf-submit').click();
    await supervisor.page.locator('.rf-trail li', { hasText: '调取录像，情况属实' }).waitFor();
    expect(supervisor.errors).toEqual([]);

    // the clerk now rectifies; still no 核实 or 回访 for them
    await clerk.page.reload();
    await clerk.page.locator('#rf-work:not([hidden])').waitFor();
    await openTask(clerk.page, id);
    expect(await clerk.page.locator('.rf-act').allTextContents()).toEqual(['整改', '申诉']);
    await Promise.all([clerk.context.close(), supervisor.context.close()]);
  });
});
