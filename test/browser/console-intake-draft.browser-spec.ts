import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, queueApi, useAppAndBrowser, waitForText } from './support/browser';

// Issue 10: the intake panel (F2) showed resident A's result and data to the next resident, and "N" there
// (叫号 everywhere else) registered B under A. The panel belongs to the ticket at the window.
describe('console intake panel: one applicant per ticket', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const fields = (page: Page) =>
    page.evaluate(() => ['#ci-q', '#ci-name', '#ci-id', '#ci-phone', '#ci-reason'].map((s) => (document.querySelector(s) as HTMLInputElement).value));
  const EMPTY = ['', '', '', '', ''];

  async function completeSydj(c: Page, name: string, id: string, phone: string) {
    await c.locator('#ci-q').fill('');
    await c.locator('#ci-q').pressSequentially('sydj', { delay: 20 });
    await c.locator('#ci-results li[data-code="SYDJ"]').waitFor();
    while (!(await c.locator('#ci-results li[data-code="SYDJ"].active').count())) await c.keyboard.press('ArrowDown');
    await c.keyboard.press('Enter');
    await c.locator('#ci-material-rows tr').first().waitFor();
    await c.locator('#ci-all-provided').click();
    await c.locator('#ci-name').fill(name);
    await c.locator('#ci-id').fill(id);
    await c.locator('#ci-phone').fill(phone);
    await c.locator('[data-decision="complete"]').click();
    await waitForText(c, '#cr-status', '已送达');
  }

  it('starts empty for the next ticket, keeps the current ticket’s draft, offers "same applicant" only by Alt+S for the same ticket', async () => {
    const q = queueApi(t);
    const first = await q.issue('A');
    const second = await q.issue('A');
    const { page: c, errors, context } = await openPage(browser, `${t.url}/console/TC?window=1`, { viewport: DESKTOP });
    await c.locator('#login-user').fill('clerk1');
    await c.locator('#login-pass').fill('demo1234');
    await c.locator('#login-form button').click();
    await c.locator('#cs-work:not([hidden])').waitFor();
    await c.keyboard.press('o');
    await waitForText(c, '#w-status', '服务中');
    await c.keyboard.press('F1');
    await waitForText(c, '#tc-number', first.number);
    await c.keyboard.press('s');
    await waitForText(c, '#tc-status', '办理中');

    // resident A, ticket 1
    await c.keyboard.press('F2');
    await waitForText(c, '#ci-ticket b', first.number);
    await completeSydj(c, '赵六', '33010619900101123X', '13800138000');
    await c.locator('#cr-same:not([hidden])').waitFor();
    expect(await c.locator('#cr-same kbd').textContent()).toBe('Alt+S');
    // N is 叫号 everywhere else: in the panel it does not keep the applicant
    await c.keyboard.press('n');
    expect(await c.locator('#ci-result').isVisible()).toBe(true);
    expect(await c.locator('#ci-form').isHidden()).toBe(true);

    // A is done; B is called; F2 shows an empty panel for B's ticket
    await c.keyboard.press('Escape');
    await c.locator('#case-panel:not([open])').waitFor({ state: 'attached' });
    await c.keyboard.press('f');
    // the hint's text stays in the hidden element while a ticket shows: wait until it shows and 叫号 is ready
    await c.locator('#tc-empty:not([hidden])').waitFor();
    await c.locator('[data-action="callNext"]:not([disabled])').waitFor();
    await waitForText(c, '#tc-empty', /当前没有号票/);
    await c.keyboard.press('n');
    await waitForText(c, '#tc-number', second.number);
    await c.keyboard.press('F2');
    await waitForText(c, '#ci-ticket b', second.number);
    expect(await c.locator('#ci-result').isHidden()).toBe(true);
    expect(await c.locator('#ci-form').isVisible()).toBe(true);
    expect(await fields(c)).toEqual(EMPTY);
    expect(await c.locator('#ci-item').isHidden()).toBe(true);

    // what the clerk types for B survives closing and reopening the panel
    await c.locator('#ci-name').fill('钱七');
    await c.locator('#ci-phone').fill('13900139000');
    await c.keyboard.press('Escape');
    await c.keyboard.press('F2');
    await c.locator('#case-panel[open]').waitFor();
    expect((await fields(c)).slice(1, 4)).toEqual(['钱七', '', '13900139000']);

    // B's case; "same applicant, another item" with Alt+S keeps B (not A) for B's own ticket
    await completeSydj(c, '钱七', '330106198503152214', '13900139000');
    await waitForText(c, '#cr-facts [data-fact="申请人"]', '钱七');
    await c.keyboard.press('Alt+s');
    await c.locator('#ci-form:not([hidden])').waitFor();
    expect(await fields(c)).toEqual(['', '钱七', '330106198503152214', '13900139000', '']);
    await waitForText(c, '#ci-ticket b', second.number);

    // the ticket changes while the panel is open (过号 from another screen): the draft goes at once
    await q.window('clerk1', 1, 'no-show');
    await waitForText(c, '#ci-ticket', '当前窗口没有号票：按无号票受理（预约、代办、社区代收）。');
    expect(await fields(c)).toEqual(EMPTY);
    expect(errors).toEqual([]);
    await context.close();
  });
});
