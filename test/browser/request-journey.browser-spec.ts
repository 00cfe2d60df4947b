import { Browser } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, useAppAndBrowser, waitForText, signInAs } from './support/browser';

// Issue 12's acceptance as people live it: a resident reports from a phone, the dispatcher sees it arrive on the
// board and dispatches it, the department replies from its desk within the hours, the resident reads the reply on
// the status page and rates it, and the notice of the reply is in the outbox.
describe('接诉即办 from the resident’s phone to the reply, through the pages', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('report → live on the board → dispatch → reply at the desk → the resident reads it and rates it; the notice is queued', async () => {
    const board = await openPage(browser, `${t.url}/dispatch`, { viewport: DESKTOP });
    await signInAs(board.page, 'dp-login', 'dispatcher');
    await board.page.locator('#dp-conn.conn-live').waitFor();
    const desk = await openPage(browser, `${t.url}/requests/desk`, { viewport: DESKTOP });
    await signInAs(desk.page, 'rd-login', 'officer-zl');
    await desk.page.locator('#rd-conn.conn-live').waitFor();

    // the resident, on a phone
    const phone = await openPage(browser, `${t.url}/requests/new?hall=TC`, { viewport: PHONE, isMobile: true });
    await phone.page.locator('.rq-choice', { hasText: '环境卫生' }).click();
    await phone.page.locator('#rq-description').fill('3 号楼楼道堆放垃圾一周无人清理');
    await phone.page.locator('#rq-location').fill('桐城小区 3 号楼');
    await phone.page.locator('#rq-phone').fill('13900139000');
    await phone.page.locator('#rq-submit').click();
    await phone.page.locator('#rq-done:not([hidden])').waitFor();
    const number = (await phone.page.locator('#rq-done-number').textContent())!.trim();

    // the dispatcher: the card arrives live, is opened and dispatched to 社会治理办 (the category's department, pre-ticked)
    const card = board.page.locator(`.dp-col[data-column="waiting"] .dp-card[data-number="${number}"]`);
    await card.waitFor();
    await card.click();
    await waitForText(board.page, '#rq-number', number);
    await board.page.keyboard.press('d');
    await board.page.locator('#rq-form[data-form="dispatch"]').waitFor();
    expect(await board.page.locator('#rq-form input[name="department"][value="ZL"]').isChecked()).toBe(true);
    await board.page.keyboard.press('Enter');
    await board.page.locator(`.dp-col[data-column="working"] .dp-card[data-number="${number}"]`).waitFor();

    // the department, 30 minutes later, well within the 24 hours
    t.clock.advance(30 * 60_000);
    const row = desk.page.locator(`#rd-rows tr[data-number="${number}"]`);
    await row.waitFor();
    await row.click();
    await waitForText(desk.page, '#rq-number', number);
    await desk.page.keyboard.press('r');
    await desk.page.locator('#rq-form[data-form="reply"] textarea').fill('已安排保洁员今日清运，并提醒住户垃圾入桶。');
    await desk.page.keyboard.press('Control+Enter');
    await waitForText(desk.page, '#rq-status', '已答复');
    await board.page.locator(`.dp-col[data-column="closing"] .dp-card[data-number="${number}"]`).waitFor();

    // the resident opens the status page from the success screen and reads the reply
    await phone.page.locator('#rq-done-link').click();
    await waitForText(phone.page, '#rq-status-text', '已答复');
    expect(await phone.page.locator('#rq-replies').textContent()).toContain('已安排保洁员今日清运');
    expect(await phone.page.locator('body').textContent()).not.toContain('13900139000');
    await phone.page.locator('#rq-rating:not([hidden]) .rt-btn[data-score="5"]').click();
    await phone.page.locator('#rq-rating .rt-thanks-title').waitFor();

    // the notice of the reply waits in the outbox (or has gone out through the log driver)
    const notices = await t.http().get('/api/v1/notifications').query({ kind: 'request_replied' }).set(bearer(await t.login('admin'))).expect(200);
    expect(notices.body).toEqual([expect.objectContaining({ kind: 'request_replied', to: '139****9000', text: expect.stringContaining(number) })]);
    const detail = await t.http().get('/api/v1/requests').query({ status: 'replied' }).set(bearer(await t.login('dispatcher'))).expect(200);
    expect(detail.body.find((r: { requestNumber: string }) => r.requestNumber === number)).toMatchObject({ level: null, repliedAt: expect.any(String) });
    for (const p of [board, desk, phone]) expect(p.errors).toEqual([]);
  });
});
