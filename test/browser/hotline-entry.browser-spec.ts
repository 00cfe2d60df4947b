import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText, signInAs } from './support/browser';

// 12345 / street hotline transfers entered at the staff desks (API.md: "dispatcher or clerk entering a 12345/hotline transfer")
describe('hotline transfers at the dispatcher’s board and the clerk console', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  async function detail(id: number) {
    return (await t.http().get(`/api/v1/requests/${id}`).set(bearer(await t.login('dispatcher'))).expect(200)).body;
  }

  async function fillCall(page: Page, call: { ref: string; category: string; description: string; location: string; phone: string; name?: string }) {
    await page.locator('#rq-hotlineRef').fill(call.ref);
    await page.locator('.rq-categories .rq-choice', { hasText: call.category }).click();
    await page.locator('#rq-description').fill(call.description);
    await page.locator('#rq-location').fill(call.location);
    await page.locator('#rq-phone').fill(call.phone);
    if (call.name) await page.locator('#rq-name').fill(call.name);
  }

  it('the dispatcher enters a 12345 transfer by H: a failed send keeps it, the sent one is selected on the board with its reference', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/dispatch`, { viewport: DESKTOP });
    await signInAs(page, 'dp-login', 'dispatcher');
    await page.locator('#dp-work:not([hidden])').waitFor();
    await page.locator('#dp-conn.conn-live').waitFor();
    expect(await page.locator('.dp-keys').textContent()).toContain('H 登记热线转办');

    await page.keyboard.press('h');
    await page.locator('#hl-dialog[open]').waitFor();
    await page.locator('.rq-categories').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rq-hotlineRef');
    expect(await page.locator('input[name="hotlineChannel"]:checked').evaluate((b) => (b.closest('label') as HTMLElement).textContent?.trim())).toBe('12345 市民热线');

    // 登记 with nothing typed (focus leaves the empty number): the form names what is missing, the server is not asked
    await page.locator('#rq-submit').click();
    await waitForText(page, '#rq-hotlineRef-problem', '请填写热线工单号');
    await waitForText(page, '#rq-phone-problem', '请填写来电人的手机号码');

    await fillCall(page, { ref: '20261203-0042', category: '市政设施', description: '来电反映桐城路 8 号井盖松动', location: '桐城路 8 号', phone: '13600136000', name: '李先生' });
    await waitForText(page, '#rq-hotlineRef-hint', '登记为 12345-20261203-0042');

    // the line drops: everything typed stays, with the reason
    await page.route('**/api/v1/requests', (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    await page.locator('#rq-submit').click();
    await waitForText(page, '#rq-failure', '网络连接失败，您填写的内容已保留，请稍后重新提交');
    expect(await page.locator('#rq-description').inputValue()).toBe('来电反映桐城路 8 号井盖松动');
    expect(await page.locator('#rq-hotlineRef').inputValue()).toBe('20261203-0042');
    await page.unroute('**/api/v1/requests');

    await page.locator('#rq-submit').click();
    await page.locator('#hl-done:not([hidden])').waitFor();
    const requestNumber = (await page.locator('#hl-done-number').textContent())!.trim();
    expect(requestNumber).toMatch(/^STC\d{12}$/);
    expect((await page.locator('#hl-done-code').textContent())!.trim()).toMatch(/^[A-Z0-9]{6}$/);
    // cleared for the next call; the hotline stays chosen
    expect(await page.locator('#rq-description').inputValue()).toBe('');
    expect(await page.locator('#rq-hotlineRef').inputValue()).toBe('');
    expect(await page.locator('#rq-failure').textContent()).toBe('');

    // on the board behind the dialog, selected, as 热线转办
    const card = page.locator(`.dp-col[data-column="waiting"] .dp-card[data-number="${requestNumber}"]`);
    await card.waitFor();
    await page.waitForFunction((n) => document.querySelector(`.dp-card[data-number="${n}"]`)?.classList.contains('selected'), requestNumber);
    expect(await card.locator('.dp-meta').textContent()).toContain('热线转办');
    await page.screenshot({ path: shot('hotline-dispatch'), fullPage: true });

    // Esc closes the dialog only: the detail shows the reference and its hotline
    await page.keyboard.press('Escape');
    await page.locator('#hl-dialog').waitFor({ state: 'hidden' });
    await waitForText(page, '#rq-number', requestNumber);
    expect(await page.locator('#rq-category').textContent()).toContain('热线转办');
    expect(await page.locator('#rq-body').textContent()).toContain('12345 市民热线 12345-20261203-0042');
    expect(await page.locator('#rq-body').textContent()).toContain('李先生');

    const id = Number(await card.getAttribute('data-request'));
    expect(await detail(id)).toMatchObject({ source: 'hotline', hotlineRef: '12345-20261203-0042', phone: '13600136000', name: '李先生', location: '桐城路 8 号', categoryCode: 'SZ' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a clerk enters a street-hotline transfer from the console (Z / F8) and reads the number and query code to the caller', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [403] });
    await signInAs(page, 'login', 'clerk1');
    await page.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    expect(await page.locator('.shortcuts').textContent()).toContain('热线转办');

    await page.keyboard.press('z');
    await page.locator('#case-panel[open] [data-pane="hotline"]:not([hidden])').waitFor();
    expect(await page.locator('#case-panel [data-tab="hotline"]').getAttribute('aria-selected')).toBe('true');
    await page.locator('.rq-hotline-channels .rq-choice', { hasText: '街道热线' }).click();
    await fillCall(page, { ref: 'a-17', category: '环境卫生', description: '来电反映桐城小区 5 幢垃圾未清运', location: '桐城小区 5 幢', phone: '13500135000' });
    await waitForText(page, '#rq-hotlineRef-hint', '登记为 JD-a-17');

    // the server refuses: its message shows and nothing typed is lost
    await page.route('**/api/v1/requests', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ statusCode: 403, code: 'SOURCE_FORBIDDEN', message: '热线转办须由本中心调度员或受理员登记' }) })
        : route.continue(),
    );
    await page.locator('#rq-submit').click();
    await waitForText(page, '#rq-failure', '热线转办须由本中心调度员或受理员登记');
    expect(await page.locator('#rq-description').inputValue()).toBe('来电反映桐城小区 5 幢垃圾未清运');
    await page.unroute('**/api/v1/requests');

    await page.locator('#rq-submit').click();
    await page.locator('#hl-done:not([hidden])').waitFor();
    const requestNumber = (await page.locator('#hl-done-number').textContent())!.trim();
    const code = (await page.locator('#hl-done-code').textContent())!.trim();
    expect(requestNumber).toMatch(/^STC\d{12}$/);
    expect(await page.locator('#rq-description').inputValue()).toBe('');
    await page.screenshot({ path: shot('hotline-console'), fullPage: true });

    const list = (await t.http().get('/api/v1/requests?hall=TC').set(bearer(await t.login('dispatcher'))).expect(200)).body as Array<{ id: number; requestNumber: string }>;
    const filed = list.find((r) => r.requestNumber === requestNumber)!;
    expect(await detail(filed.id)).toMatchObject({ source: 'hotline', hotlineRef: 'JD-a-17', phone: '13500135000', name: null, categoryCode: 'HW' });
    // the caller can follow it with what the clerk read out
    const status = await t.http().get(`/api/v1/public/requests/${requestNumber}?code=${code}`).expect(200);
    expect(status.body.status).toBe('reported');

    // Esc closes the panel; F8 opens it again (a function key works even where focus was left in a field), and from
    // another tab of the panel it switches to 热线转办
    await page.keyboard.press('Escape');
    await page.locator('#case-panel').waitFor({ state: 'hidden' });
    await page.keyboard.press('F8');
    await page.locator('#case-panel[open] [data-pane="hotline"]:not([hidden])').waitFor();
    await page.keyboard.press('F3');
    await page.locator('#case-panel [data-pane="pickup"]:not([hidden])').waitFor();
    await page.keyboard.press('F8');
    await page.locator('#case-panel [data-pane="hotline"]:not([hidden])').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
