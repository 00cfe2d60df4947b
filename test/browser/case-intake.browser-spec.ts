import { Browser, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage, PHONE, queueApi, shot, waitForText } from './support/browser';
import { installFakeSpeechAndAudio } from './support/fakes';

describe('case pages: intake at the window → back office → pickup → resident', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page, user: string, prefix: 'login' | 'ib') {
    await page.locator(prefix === 'login' ? '#login-user' : '#ib-login-user').fill(user);
    await page.locator(prefix === 'login' ? '#login-pass' : '#ib-login-pass').fill('demo1234');
    await page.locator(prefix === 'login' ? '#login-form button' : '#ib-login-form button').click();
  }

  it('accepts 居住证申领 with a deferral, prints the notice, the ZL inbox gets it live and decides, the window delivers, the resident sees the steps', async () => {
    // the ZL officer's inbox is open before anything happens
    const officer = await openPage(browser, `${t.url}/inbox`, { viewport: DESKTOP, init: installFakeSpeechAndAudio });
    await signIn(officer.page, 'officer-zl', 'ib');
    await officer.page.waitForURL(/\/inbox\/ZL$/);
    await waitForText(officer.page, '#ib-dept-name', '社会治理办公室');
    await officer.page.locator('#ib-conn.conn-live').waitFor();
    await waitForText(officer.page, '#ib-count', '共 0 件');

    // the clerk opens window 1 and calls a resident
    const clerk = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP });
    await signIn(clerk.page, 'clerk1', 'login');
    await clerk.page.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await clerk.page.locator('#cs-work:not([hidden])').waitFor();
    await clerk.page.keyboard.press('o');
    await waitForText(clerk.page, '#w-status', '服务中');
    const ticket = await queueApi(t).issue('A');
    await waitForText(clerk.page, '#w-callable', '1');
    await clerk.page.keyboard.press('F1');
    await waitForText(clerk.page, '#tc-number', ticket.number);
    await clerk.page.keyboard.press('s');
    await waitForText(clerk.page, '#tc-status', '办理中');

    // 受理: A opens the panel; the ticket at the window goes with the case
    const c = clerk.page;
    await c.keyboard.press('a');
    await c.locator('#case-panel[open]').waitFor();
    await waitForText(c, '#ci-ticket b', ticket.number);
    expect(await c.locator('#ci-with-ticket').isChecked()).toBe(true);
    await c.locator('#ci-q').pressSequentially('jzz', { delay: 30 });
    await c.locator('#ci-results li[data-code="JZZ"].active').waitFor();
    await c.keyboard.press('Enter');
    await waitForText(c, '#ci-item-name', '居住证申领');
    await waitForText(c, '#ci-item-kind', '承诺件');
    await waitForText(c, '#ci-item-limit', '承诺 15 个工作日');
    expect(await c.locator('[data-decision="accept"]').isDisabled()).toBe(true);
    expect(await c.locator('[data-decision="complete"]').isHidden()).toBe(true); // not an immediate item
    await c.locator('#ci-why', { hasText: '缺少必需材料：居民身份证、近期一寸白底证件照、合法稳定住所、就业或就读证明' }).waitFor();
    // 容缺 is offered only for the deferrable material
    expect(await c.locator('input[name="ci-m-ID"][value="deferred"]').count()).toBe(0);
    await c.locator('input[name="ci-m-ID"][value="provided"]').check();
    await c.locator('input[name="ci-m-PHOTO"][value="provided"]').check();
    await c.locator('input[name="ci-m-RESIDENCE"][value="deferred"]').check();
    expect(await c.locator('#ci-material-rows tr[data-material="ID"] .req').count()).toBe(1);

    // a one-character slip in the ID number is caught before the server sees it
    await c.locator('#ci-name').fill('张小三');
    await c.locator('#ci-id').fill('330106199001011231');
    await c.locator('#ci-phone').focus();
    await waitForText(c, '[data-for="ci-id"]', '身份证号校验位不符，请逐位核对（可能有一位输错）');
    await c.locator('#ci-id').fill('33010619900101123x');
    await c.locator('#ci-phone').fill('13800138000');
    await waitForText(c, '[data-for="ci-id"]', '');
    expect(await c.locator('[data-decision="accept"]').isEnabled()).toBe(true);
    expect(await c.locator('[data-decision="notify"]').isDisabled()).toBe(true);
    expect(await c.locator('[data-decision="reject"]').isDisabled()).toBe(true); // no reason yet
    await c.screenshot({ path: shot('case-console-intake') });

    const assigned = officer.page.locator('#ib-rows tr.fresh[data-number="TC202611230001"]');
    await c.locator('[data-decision="accept"]').click();
    await waitForText(c, '#cr-number', 'TC202611230001');
    // the inbox's toast lasts 3 s: look for it now, not after the documents below
    const assignedToast = officer.page.locator('.toast', { hasText: '新派单：TC202611230001 居住证申领' }).waitFor();
    await waitForText(c, '#cr-status', '已受理，待部门办理');
    await waitForText(c, '#cr-facts [data-fact="承诺办结"]', '2026-12-14');
    await waitForText(c, '#cr-facts [data-fact="容缺材料补交期限"]', '2026-12-07');
    await waitForText(c, '#cr-facts [data-fact="已派单至"]', '社会治理办公室');
    const queryCode = (await c.locator('#cr-facts [data-fact="查询码"]').textContent())!.trim();
    expect(queryCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(await c.locator('#cr-docs [data-doc]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.doc))).toEqual(['acceptance', 'deferral']);
    await c.screenshot({ path: shot('case-console-accepted') });

    // the acceptance notice opens in a new tab with the clerk's session
    const [doc] = await Promise.all([clerk.context.waitForEvent('page'), c.locator('#cr-docs [data-doc="acceptance"]').click()]);
    await doc.locator('body[data-ready="1"]').waitFor();
    await waitForText(doc, '#doc-due', '2026年12月14日');
    await waitForText(doc, '.lh-centre', '桐城街道党群服务中心');
    await waitForText(doc, '.seal-date', '2026年11月23日');
    expect(await doc.locator('#doc-qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await doc.locator('#doc-qr').getAttribute('src')).toBe(`/qr/case/TC202611230001.svg?code=${queryCode}`);
    expect(await doc.locator('tbody[data-list="materials"] tr').allTextContents()).toEqual(['1居民身份证已收取', '2近期一寸白底证件照已收取', '3合法稳定住所、就业或就读证明容缺，待补交']);
    await doc.screenshot({ path: shot('case-document-acceptance'), fullPage: true });
    await doc.goto(`${t.url}/documents/deferral/${await doc.evaluate(() => JSON.parse(document.getElementById('page-data')!.textContent!).id)}`);
    await doc.locator('body[data-ready="1"]').waitFor();
    await waitForText(doc, '[data-list="deferred"] tr', '1合法稳定住所、就业或就读证明待补交');
    await doc.screenshot({ path: shot('case-document-deferral'), fullPage: true });
    await doc.close();

    // the ZL inbox got it live, with a chime, and works it by keyboard
    const o = officer.page;
    await assigned.waitFor();
    await waitForText(o, '#ib-rows tr[data-number="TC202611230001"] [data-remaining]', '剩 15 个工作日');
    expect(await o.evaluate(() => (window as unknown as { __audio: Array<{ kind: string }> }).__audio.some((a) => a.kind === 'tone'))).toBe(true);
    await assignedToast;
    await o.screenshot({ path: shot('case-inbox-assigned') });
    await o.keyboard.press('ArrowDown');
    await o.keyboard.press('Enter');
    await waitForText(o, '#dr-number', 'TC202611230001');
    await o.locator('#dr-actions [data-action="claim"]:not([hidden])').waitFor();
    expect(await o.locator('#dr-actions [data-action="decide"]').isHidden()).toBe(true);
    await o.keyboard.press('c');
    await waitForText(o, '#dr-status', '办理中');
    await o.keyboard.press('d');
    await o.locator('#dr-form[data-form="decide"]').waitFor();
    await o.locator('#dr-form input[value="denied"]').check();
    await o.locator('#dr-form button[type="submit"]').click();
    await waitForText(o, '#dr-form .fm-error', '不予批准须填写理由'); // checked before the server sees it
    await o.locator('#dr-form input[value="approved"]').check();
    await o.screenshot({ path: shot('case-inbox-drawer') });
    await o.locator('#dr-form button[type="submit"]').click();
    await waitForText(o, '#dr-status', '已办结·准予');
    await o.keyboard.press('w');
    await waitForText(o, '#dr-status', '待取件');
    expect(officer.errors).toEqual([]);

    // 待取件 at the window: F3, then hand it over
    await c.keyboard.press('F3');
    const row = c.locator('#pk-rows tr[data-case="TC202611230001"]');
    await row.waitFor();
    await waitForText(c, '#pk-rows tr[data-case="TC202611230001"] .pill', '待取件');
    await c.screenshot({ path: shot('case-console-pickup') });
    await row.locator('[data-act="deliver"]').click();
    await c.keyboard.press('Space'); // 已核验领取人身份证件 (the applicant collects, the default)
    const [receipt] = await Promise.all([clerk.context.waitForEvent('page'), c.keyboard.press('Enter')]);
    await waitForText(c, '#pk-rows tr[data-case="TC202611230001"] .pill', '已送达');
    await c.locator('.toast', { hasText: '已出件 TC202611230001' }).waitFor();
    await receipt.locator('body[data-ready="1"]').waitFor();
    await waitForText(receipt, '#doc-collector', '张小三');
    await receipt.close();
    expect(clerk.errors).toEqual([]);

    // the resident, on a phone, from the QR code's address
    const resident = await openPage(browser, `${t.url}/c/TC202611230001?code=${queryCode.toLowerCase()}`, { viewport: PHONE, isMobile: true });
    const r = resident.page;
    await waitForText(r, '#cq-item', '居住证申领');
    await waitForText(r, '#cq-status-text', '已送达');
    const steps = await r.locator('#cq-timeline li p').allTextContents();
    expect(steps[0]).toBe('已领取（领取人 张*三）');
    expect(steps).toEqual(expect.arrayContaining(['综合窗口已收件', '已派单至 社会治理办公室', '社会治理办公室 开始办理', '办结：准予']));
    expect(await r.locator('.cq-facts').textContent()).toContain('张*三');
    expect(await r.content()).not.toContain('张小三');
    await r.screenshot({ path: shot('case-resident-phone'), fullPage: true });
    expect(resident.errors).toEqual([]);

    const wrong = await openPage(browser, `${t.url}/c/TC202611230001?code=ABCDEF`, { viewport: PHONE, isMobile: true, allowStatus: [404] });
    await wrong.page.locator('#cq-missing', { hasText: '没有找到这个办件' }).waitFor();
    await wrong.page.screenshot({ path: shot('case-resident-not-found') });
    await Promise.all([officer.context.close(), clerk.context.close(), resident.context.close(), wrong.context.close()]);
  });
});
