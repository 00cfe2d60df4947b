import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText, signInAs } from './support/browser';

// a 1×1 PNG: the server checks a photo's type by its signature
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('指挥调度 board (/dispatch) and the officers’ desk (/requests/desk)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  async function act(user: string, id: number, action: string, body: object = {}) {
    const res = await t.http().post(`/api/v1/requests/${id}/${action}`).set(bearer(await t.login(user))).send(body);
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { status: string };
  }

  const card = (page: Page, column: string, number: string) => page.locator(`.dp-col[data-column="${column}"] .dp-card[data-number="${number}"]`);

  it('shows a new report live with its photo, dispatches it by keyboard, follows the reply and closes it after 回访', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/dispatch`, { viewport: DESKTOP });
    expect(await page.title()).toBe('指挥调度 · 接诉即办');
    await signInAs(page, 'dp-login', 'dispatcher');
    await page.locator('#dp-work:not([hidden])').waitFor();
    await page.locator('#dp-conn.conn-live').waitFor();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // a resident reports a dark street lamp (市政设施: dispatch within 2 h, FZ's by default), with a photo
    const filed = await t.http().post('/api/v1/requests')
      .field('hall', 'TC').field('categoryCode', 'SZ').field('description', '桐城路 12 号门口路灯不亮').field('phone', '13800138000').field('location', '桐城路 12 号')
      .attach('photos', PNG, { filename: 'lamp.png', contentType: 'image/png' });
    expect(filed.status).toBe(201);
    const { id, requestNumber } = filed.body as { id: number; requestNumber: string };

    const fresh = card(page, 'waiting', requestNumber);
    await fresh.waitFor();
    expect(await fresh.getAttribute('class')).toContain('fresh');
    expect(await fresh.locator('[data-phone]').textContent()).toBe('138****8000');
    expect(await fresh.locator('.dp-category').textContent()).toBe('市政设施（路灯、井盖）');
    expect(await fresh.locator('[data-countdown]').textContent()).toMatch(/^派单时限 剩 (1 小时 59 分|2 小时 00 分)$/);
    expect(await fresh.getAttribute('class')).toContain('dp-green');

    // the panel: the whole request, its photo through the token, exactly the offered buttons
    await fresh.click();
    await waitForText(page, '#rq-number', requestNumber);
    await page.locator('#rq-photos img[data-photo]').waitFor();
    expect(await page.locator('#rq-photos img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    expect(await page.locator('#rq-body').textContent()).toContain('13800138000');
    expect(await page.locator('#rq-actions [data-action]:not([hidden])').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.action))).toEqual(['dispatch']);

    // D opens the dispatch form with the category's FZ ticked; by number keys the dispatcher sends it to ZL instead
    await page.keyboard.press('d');
    await page.locator('#rq-form[data-form="dispatch"]').waitFor();
    const ticked = () => page.locator('#rq-form input[name="department"]:checked').evaluateAll((bs) => bs.map((b) => (b as HTMLInputElement).value));
    const keyOf = (code: string) => page.locator('#rq-form input[name="department"]').evaluateAll((bs, c) => String(bs.findIndex((b) => (b as HTMLInputElement).value === c) + 1), code);
    expect(await ticked()).toEqual(['FZ']);
    await page.keyboard.press(await keyOf('FZ'));
    await page.keyboard.press(await keyOf('ZL'));
    expect(await ticked()).toEqual(['ZL']);
    await page.keyboard.press('Enter');
    await card(page, 'working', requestNumber).waitFor();
    expect(await page.locator('#rq-form').isHidden()).toBe(true);
    expect(await card(page, 'working', requestNumber).locator('.dp-departments').textContent()).toBe('承办：社会治理办公室');
    expect(await card(page, 'working', requestNumber).locator('[data-countdown]').textContent()).toMatch(/^办结时限 剩 2[34] 小时/);

    // ZL sends it back: the card is waiting again, with the reason; dispatched again (FZ and 综合巡查大队 XC) it moves on
    expect(await act('officer-zl', id, 'return', { reason: '路灯属市政设施，请派区域发展办' })).toMatchObject({ status: 'returned' });
    const back = card(page, 'waiting', requestNumber);
    await back.waitFor();
    await waitForText(page, `.dp-card[data-number="${requestNumber}"] .dp-returned`, '部门退回：路灯属市政设施，请派区域发展办');
    await back.click();
    await page.keyboard.press('d');
    await page.locator('#rq-form[data-form="dispatch"]').waitFor();
    expect(await ticked()).toEqual(['FZ']);
    expect(await page.locator('#rq-form label', { hasText: '社会治理办公室' }).textContent()).toContain('（曾退回）');
    await page.keyboard.press(await keyOf('XC'));
    await page.keyboard.press('Enter');
    await card(page, 'working', requestNumber).waitFor();
    await waitForText(page, `.dp-card[data-number="${requestNumber}"] .dp-departments`, '承办：区域发展办公室、综合巡查大队');

    // both reply (FZ claims first, XC replies at once): the card moves to 待办结 live
    await act('officer-fz', id, 'claim');
    await act('officer-fz', id, 'reply', { text: '已更换灯泡，恢复照明' });
    await act('officer-xc', id, 'reply', { text: '已巡查确认' });
    await card(page, 'closing', requestNumber).waitFor();
    await page.locator('#rq-actions [data-action="close"]:not([hidden])').waitFor();
    expect(await page.locator('#rq-body').textContent()).toContain('已更换灯泡，恢复照明');
    expect(await page.locator('#rq-body').textContent()).toContain('退回理由：路灯属市政设施');

    // 回访 that fails on the way keeps what was typed; sent again it goes, and the form is empty afterwards
    await page.route('**/api/v1/requests/*/revisit', (route) => route.abort());
    await page.locator('#rq-actions [data-action="revisit"]').click();
    await page.locator('#rq-form input[value="no"]').check();
    await page.locator('#rq-form textarea[name="note"]').fill('居民说白天才修好');
    await page.locator('#rq-form button[type=submit]').click();
    await waitForText(page, '#rq-form .fm-error', '网络连接失败，请稍后重试');
    expect(await page.locator('#rq-form textarea[name="note"]').inputValue()).toBe('居民说白天才修好');
    await page.unroute('**/api/v1/requests/*/revisit');
    await page.locator('#rq-form button[type=submit]').click();
    await page.locator('#rq-form').waitFor({ state: 'hidden' });
    await page.locator('#rq-body', { hasText: '不满意：居民说白天才修好' }).waitFor();
    await page.locator('#rq-actions [data-action="revisit"]').click();
    expect(await page.locator('#rq-form textarea[name="note"]').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await page.locator('#rq-form').waitFor({ state: 'hidden' });

    // E asks to confirm 办结, Enter closes: the card leaves the board
    await page.locator(`.dp-card[data-number="${requestNumber}"]`).click();
    await page.keyboard.press('e');
    await page.locator('#rq-form[data-form="close"]').waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.dp-card[data-number="${requestNumber}"]`).waitFor({ state: 'detached' });
    await waitForText(page, '#rq-status', '已办结');
    const detail = await t.http().get(`/api/v1/requests/${id}`).set(bearer(await t.login('dispatcher'))).expect(200);
    expect(detail.body.status).toBe('closed');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await page.screenshot({ path: shot('dispatch-board'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an officer sees a request dispatched to the department arrive, claims it and replies, and returns another, in the page', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/requests/desk`, { viewport: DESKTOP });
    await signInAs(page, 'rd-login', 'officer-zl');
    await page.locator('#rd-work:not([hidden])').waitFor();
    await waitForText(page, '#rd-dept-name', '社会治理办公室 · 部门诉求');
    await page.locator('#rd-conn.conn-live').waitFor();
    expect(await page.locator('#rd-inbox').getAttribute('href')).toBe('/inbox/ZL');

    const filed = await t.http().post('/api/v1/requests').send({ hall: 'TC', categoryCode: 'HW', description: '小区垃圾桶满溢', phone: '13900139000', location: '桐城小区 3 幢' }).expect(201);
    const { id, requestNumber } = filed.body as { id: number; requestNumber: string };
    await act('dispatcher', id, 'dispatch', { departmentCodes: ['ZL'] });

    const row = page.locator(`#rd-rows tr[data-number="${requestNumber}"]`);
    await row.waitFor();
    expect(await row.getAttribute('class')).toContain('fresh');
    await waitForText(page, `#rd-rows tr[data-number="${requestNumber}"] .rd-own`, '本部门待接单');
    await row.click();
    await waitForText(page, '#rq-number', requestNumber);
    expect(await page.locator('#rq-actions [data-action]:not([hidden])').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.action))).toEqual(['claim', 'reply', 'return']);

    await page.keyboard.press('c');
    await waitForText(page, '#rq-status', '处理中');
    await page.keyboard.press('r');
    await page.locator('#rq-form[data-form="reply"] textarea').fill('已安排保洁清运');
    await page.keyboard.press('Control+Enter');
    await page.locator('#rq-form').waitFor({ state: 'hidden' });
    await waitForText(page, '#rq-status', '已答复');
    expect(await page.locator('#rq-actions [data-action]:not([hidden])').count()).toBe(0);
    await waitForText(page, `#rd-rows tr[data-number="${requestNumber}"] .rd-own`, '本部门已答复');
    const detail = await t.http().get(`/api/v1/requests/${id}`).set(bearer(await t.login('dispatcher'))).expect(200);
    expect(detail.body.status).toBe('replied');
    expect(detail.body.tasks[0]).toMatchObject({ departmentCode: 'ZL', status: 'replied', replyText: '已安排保洁清运' });

    // a second one that is not ZL's: sent back to the dispatcher through the page, it leaves the desk
    const other = await t.http().post('/api/v1/requests').send({ hall: 'TC', categoryCode: 'QT', description: '咨询医保报销', phone: '13700137000' }).expect(201);
    await act('dispatcher', other.body.id, 'dispatch', { departmentCodes: ['ZL'] });
    const otherRow = page.locator(`#rd-rows tr[data-number="${other.body.requestNumber}"]`);
    await otherRow.click();
    await waitForText(page, '#rq-number', other.body.requestNumber);
    await page.keyboard.press('t');
    await page.locator('#rq-form[data-form="return"] textarea').fill('医保业务请派公共服务办');
    await page.keyboard.press('Control+Enter');
    await otherRow.waitFor({ state: 'detached' });
    expect(await page.locator('#rq-panel').isHidden()).toBe(true);
    const returned = await t.http().get(`/api/v1/requests/${other.body.id}`).set(bearer(await t.login('dispatcher'))).expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', tasks: [{ departmentCode: 'ZL', status: 'returned', returnReason: '医保业务请派公共服务办' }] });
    await page.screenshot({ path: shot('request-desk'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
