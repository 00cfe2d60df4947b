import { Browser, Page } from 'playwright-core';
import { acceptedJzz, caseAction } from '../support/case-helpers';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('case pages: notices, supplements, refusals, on-the-spot items, server errors, extensions', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  async function clerkAtWindow(user: string, n: number) {
    const opened = await openPage(browser, `${t.url}/console/TC?window=${n}`, { viewport: DESKTOP });
    const { page } = opened;
    await page.locator('#login-user').fill(user);
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    await page.keyboard.press('o');
    await waitForText(page, '#w-status', '服务中');
    return opened;
  }

  async function pickItem(page: Page, typed: string, code: string) {
    await page.locator('#ci-q').fill('');
    await page.locator('#ci-q').pressSequentially(typed, { delay: 20 });
    await page.locator(`#ci-results li[data-code="${code}"]`).waitFor();
    while (!(await page.locator(`#ci-results li[data-code="${code}"].active`).count())) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator(`#ci-material-rows tr`).first().waitFor();
  }

  async function applicant(page: Page, name: string, id: string, phone: string) {
    await page.locator('#ci-name').fill(name);
    await page.locator('#ci-id').fill(id);
    await page.locator('#ci-phone').fill(phone);
  }

  async function openDoc(page: Page, kind: string) {
    const [doc] = await Promise.all([page.context().waitForEvent('page'), page.locator(`#cr-docs [data-doc="${kind}"], #lk-case [data-doc="${kind}"]`).first().click()]);
    await doc.locator('body[data-ready="1"]').waitFor();
    return doc;
  }

  it('notifies every missing material, takes them in later, withdraws; refuses with where to go; completes an immediate item', async () => {
    const { page: c, errors, context } = await clerkAtWindow('clerk2', 2);
    c.on('dialog', (d) => d.accept());
    await c.keyboard.press('F2');
    await waitForText(c, '#ci-ticket', '当前窗口没有号票：按无号票受理（预约、代办、社区代收）。');

    // 一次性告知: only the ID card is here
    await pickItem(c, '居住', 'JZZ');
    await c.locator('input[name="ci-m-ID"][value="provided"]').check();
    await applicant(c, '李四', '330106198503152214', '0571-87654321');
    expect(await c.locator('[data-decision="accept"]').isDisabled()).toBe(true);
    await c.locator('#ci-reason').fill('照片须为近期白底');
    // a community helper (帮办) came with her: the agent must be complete too
    await c.locator('#ci-agent-on').check();
    await c.locator('#ca-type').selectOption('assist');
    await c.locator('#ca-name').fill('周帮办');
    await c.locator('#ca-id').fill('3301061960031500');
    await c.locator('#ca-phone').fill('13700137000');
    expect(await c.locator('[data-decision="notify"]').isDisabled()).toBe(true);
    await c.locator('#ci-why', { hasText: '请先把申请人（及代办人）信息填写完整、正确' }).waitFor();
    await waitForText(c, '[data-for="ca-id"]', '身份证号应为 18 位，现在是 16 位');
    await c.locator('#ca-id').fill('330106196003150029');
    await c.locator('[data-decision="notify"]').click();
    await waitForText(c, '#cr-status', '待补正材料');
    await waitForText(c, '#cr-facts [data-fact="一次性告知"]', '近期一寸白底证件照、合法稳定住所、就业或就读证明');
    const noticeNumber = (await c.locator('#cr-number').textContent())!.trim();
    const { body: [noticeRow] } = await t.http().get(`/api/v1/cases?q=${noticeNumber}`).set(bearer(await t.login('supervisor'))).expect(200);
    // the full ID numbers and phones: read as the front desk of the case's hall (a supervisor gets them masked)
    const { body: noticeCase } = await t.http().get(`/api/v1/cases/${noticeRow.id}`).set(bearer(await t.login('clerk1'))).expect(200);
    expect(noticeCase.agent).toEqual({ type: 'assist', name: '周帮办', idNumber: '330106196003150029', phone: '13700137000' });
    expect(noticeCase.applicant).toEqual({ name: '李四', idNumber: '330106198503152214', phone: '0571-87654321' });
    const notice = await openDoc(c, 'notice');
    expect(await notice.locator('tbody[data-list="missing"] tr').allTextContents()).toEqual(['1近期一寸白底证件照复印件 2 份', '2合法稳定住所、就业或就读证明复印件（可容缺受理，承诺 10 个工作日内补交）']);
    await waitForText(notice, '[data-f="noticeNote"]', '照片须为近期白底');
    await notice.screenshot({ path: shot('case-document-notice'), fullPage: true });
    await notice.close();

    // 补正 at the window: both come in, the case is accepted at once
    await c.keyboard.press('F4');
    await c.locator('#lk-q').fill(noticeNumber);
    await c.keyboard.press('Enter');
    await waitForText(c, '#lk-status', '待补正');
    await c.locator('#lk-case [data-owed="PHOTO"]').check();
    await c.locator('#lk-case [data-owed="RESIDENCE"]').check();
    await c.locator('#lk-supply').click();
    await c.locator('.toast', { hasText: '材料已补齐，已受理，承诺 2026-12-14 前办结' }).waitFor();
    await waitForText(c, '#lk-status', '待签收');
    expect(await c.locator('#lk-case [data-doc]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.doc))).toEqual(['acceptance', 'notice']);
    await c.screenshot({ path: shot('case-console-lookup') });
    // …and the applicant withdraws it
    await c.locator('#lk-withdraw-reason').fill('申请人已在外地办理');
    await c.locator('#lk-withdraw').click();
    await waitForText(c, '#lk-status', '已撤回');

    // 不予受理 with where to go instead
    await c.keyboard.press('F2');
    await c.locator('#cr-new').click();
    await pickItem(c, 'lnydz', 'LNYDZ');
    await applicant(c, '王老五', '11010519491231002X', '13900139000');
    expect(await c.locator('[data-decision="reject"]').isDisabled()).toBe(true);
    await c.locator('#ci-reason').fill('申请人未满 60 周岁');
    await c.locator('#ci-where').fill('社区卫生服务中心（健康咨询）');
    await c.locator('[data-decision="reject"]').click();
    await waitForText(c, '#cr-status', '不予受理');
    const refusal = await openDoc(c, 'refusal');
    await waitForText(refusal, '[data-f="refusalReason"]', '申请人未满 60 周岁');
    await waitForText(refusal, '[data-f="whereToGo"]', '社区卫生服务中心（健康咨询）');
    await refusal.screenshot({ path: shot('case-document-refusal'), fullPage: true });
    await refusal.close();

    // 即办件: done on the spot
    await c.locator('#cr-new').click();
    await pickItem(c, 'sydj', 'SYDJ');
    expect(await c.locator('[data-decision="accept"]').isHidden()).toBe(true);
    await c.locator('#ci-all-provided').click();
    await applicant(c, '赵六', '33010619900101123X', '13800138000');
    await c.locator('[data-decision="complete"]').click();
    await waitForText(c, '#cr-status', '已送达');
    const result = await openDoc(c, 'result');
    await waitForText(result, '#doc-outcome', '准予办理');
    await waitForText(result, '[data-f="deciderName"]', '综合窗口（当场办结）');
    await result.screenshot({ path: shot('case-document-result'), fullPage: true });
    await result.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the server’s message when the catalogue changed under the clerk, and loses nothing typed', async () => {
    const { page: c, context } = await clerkAtWindow('clerk3', 3);
    await c.keyboard.press('a');
    await c.locator('#ci-q').pressSequentially('l');
    await c.locator('#ci-results li').first().waitFor();
    await c.keyboard.press('Escape'); // closes the list, not the panel
    await c.locator('#ci-results').waitFor({ state: 'hidden' });
    expect(await c.locator('#case-panel').evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await pickItem(c, 'lnydz', 'LNYDZ');
    await c.locator('#ci-all-provided').click();
    await applicant(c, '王老五', '11010519491231002X', '13900139000');

    // meanwhile an admin adds a required material to the item
    const admin = await t.login('admin');
    const { body: current } = await t.http().get('/api/v1/catalog/admin/items/LNYDZ').set(bearer(admin)).expect(200);
    const definition = { ...current.definition, materials: [...current.definition.materials, { code: 'CERT', name: '居住地社区证明', required: true }] };
    await t.http().put('/api/v1/catalog/items/LNYDZ').set(bearer(admin)).send(definition).expect(200);

    await c.keyboard.press('Control+Enter');
    await waitForText(c, '#ci-error', '缺少必需材料：居住地社区证明');
    expect(await c.locator('#ci-name').inputValue()).toBe('王老五');
    expect(await c.locator('#ci-id').inputValue()).toBe('11010519491231002X');
    expect(await c.locator('input[name="ci-m-PHOTO"][value="provided"]').isChecked()).toBe(true);
    await c.screenshot({ path: shot('case-console-server-error') });

    // picking the item again keeps the ticks and shows the new material as missing
    await pickItem(c, 'lnydz', 'LNYDZ');
    expect(await c.locator('input[name="ci-m-PHOTO"][value="provided"]').isChecked()).toBe(true);
    expect(await c.locator('input[name="ci-m-CERT"][value="missing"]').isChecked()).toBe(true);
    expect(await c.locator('[data-decision="notify"]').isEnabled()).toBe(true);
    await context.close();
  });

  it('the officer suspends, resumes and asks for an extension; the head approves it from the list', async () => {
    const jzz = await acceptedJzz(t);
    await caseAction(t, await t.login('officer-zl'), jzz.id, 'claim').expect(200);

    const officer = await openPage(browser, `${t.url}/inbox/ZL`, { viewport: DESKTOP });
    const o = officer.page;
    await o.locator('#ib-login-user').fill('officer-zl');
    await o.locator('#ib-login-pass').fill('demo1234');
    await o.locator('#ib-login-form button').click();
    await o.locator(`#ib-rows tr[data-number="${jzz.caseNumber}"]`).click();
    await waitForText(o, '#dr-number', jzz.caseNumber);
    await o.keyboard.press('s');
    await o.locator('#dr-form[data-form="suspend"]').waitFor();
    await o.locator('#dr-form select[name="type"]').selectOption('site_survey');
    await o.locator('#dr-form textarea[name="reason"]').fill('需现场核实居住情况');
    await o.locator('#dr-form button[type="submit"]').click();
    await waitForText(o, '#dr-status', '挂起（特别程序）');
    await o.locator('#dr-body', { hasText: '现场勘查：需现场核实居住情况' }).waitFor();
    await o.keyboard.press('r');
    await waitForText(o, '#dr-status', '办理中');
    await o.keyboard.press('e');
    await o.locator('#dr-form[data-form="extension"]').waitFor();
    await o.locator('#dr-form input[name="days"]').fill('11');
    await o.locator('#dr-form textarea[name="reason"]').fill('需补充调查');
    await o.locator('#dr-form button[type="submit"]').click();
    await waitForText(o, '#dr-form .fm-error', '延期天数须为 1 至 10 的整数');
    await o.locator('#dr-form input[name="days"]').fill('3');

    const head = await openPage(browser, `${t.url}/inbox/ZL`, { viewport: DESKTOP });
    const h = head.page;
    await h.locator('#ib-login-user').fill('head-zl');
    await h.locator('#ib-login-pass').fill('demo1234');
    await h.locator('#ib-login-form button').click();
    await h.locator('#ib-conn.conn-live').waitFor();
    expect(await h.locator('#ib-extensions').isHidden()).toBe(true);

    await o.locator('#dr-form button[type="submit"]').click();
    await o.locator('#dr-body', { hasText: '待审批延期' }).waitFor();
    expect(await o.locator('#dr-actions [data-action="extension"]').isHidden()).toBe(true);
    await o.screenshot({ path: shot('case-inbox-extension-requested') });

    // the head's list fills live and approves with one click
    const ext = h.locator(`#ib-ext-list li[data-case="${jzz.id}"]`);
    await ext.waitFor();
    expect(await ext.textContent()).toContain('3 个工作日');
    await h.screenshot({ path: shot('case-inbox-head') });
    await ext.locator('[data-ext="approve"]').click();
    await h.locator('.toast', { hasText: `已批准延期 ${jzz.caseNumber}` }).waitFor();
    await h.locator('#ib-extensions').waitFor({ state: 'hidden' });
    await waitForText(h, `#ib-rows tr[data-number="${jzz.caseNumber}"] td:nth-child(7)`, '2026-12-17');
    await o.locator('#dr-body', { hasText: '2026-12-17（承诺 15 个工作日，已延期 3 天）' }).waitFor(); // live in the officer's drawer
    expect(officer.errors).toEqual([]);
    expect(head.errors).toEqual([]);
    await Promise.all([officer.context.close(), head.context.close()]);
  });

  it('the officer transfers one case and returns another to the window, which notifies the applicant', async () => {
    const wrong = await acceptedJzz(t);
    const returned = await acceptedJzz(t);
    await caseAction(t, await t.login('officer-zl'), returned.id, 'claim').expect(200);

    const gg = await openPage(browser, `${t.url}/inbox/GG`, { viewport: DESKTOP });
    await gg.page.locator('#ib-login-user').fill('officer-gg');
    await gg.page.locator('#ib-login-pass').fill('demo1234');
    await gg.page.locator('#ib-login-form button').click();
    await gg.page.locator('#ib-conn.conn-live').waitFor();

    const officer = await openPage(browser, `${t.url}/inbox/ZL`, { viewport: DESKTOP });
    const o = officer.page;
    await o.locator('#ib-login-user').fill('officer-zl');
    await o.locator('#ib-login-pass').fill('demo1234');
    await o.locator('#ib-login-form button').click();
    await o.locator(`#ib-rows tr[data-number="${wrong.caseNumber}"]`).click();
    await waitForText(o, '#dr-number', wrong.caseNumber);
    await o.keyboard.press('t');
    const departments = await o.locator('#dr-form select[name="department"] option').evaluateAll((os) => os.map((x) => (x as HTMLOptionElement).value));
    expect(departments).not.toContain('ZL');
    await o.locator('#dr-form select[name="department"]').selectOption('GG');
    await o.locator('#dr-form textarea[name="reason"]').fill('属公共服务办职责');
    await o.locator('#dr-form button[type="submit"]').click();
    await o.locator(`#ib-rows tr[data-number="${wrong.caseNumber}"]`).waitFor({ state: 'detached' }); // no longer ours to work
    await gg.page.locator(`#ib-rows tr.fresh[data-number="${wrong.caseNumber}"]`).waitFor(); // live in GG

    await o.locator(`#ib-rows tr[data-number="${returned.caseNumber}"]`).click();
    await waitForText(o, '#dr-number', returned.caseNumber);
    await o.keyboard.press('b');
    await o.locator('#dr-form input[name="missing"][value="PHOTO"]').check();
    await o.locator('#dr-form textarea[name="reason"]').fill('照片不清晰');
    await o.locator('#dr-form button[type="submit"]').click();
    await waitForText(o, '#dr-status', '已退回窗口');

    const { page: c, context } = await clerkAtWindow('clerk4', 4);
    await c.keyboard.press('b');
    await c.locator('#lk-q').fill(returned.caseNumber);
    await c.keyboard.press('Enter');
    await waitForText(c, '#lk-status', '已退回窗口');
    await c.locator('#lk-case', { hasText: '部门退回：照片不清晰' }).waitFor();
    await c.locator('#lk-case button', { hasText: '一次性告知' }).click();
    await waitForText(c, '#lk-status', '待补正');
    expect(await c.locator('#lk-case [data-owed]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.owed))).toEqual(['PHOTO', 'RESIDENCE']);
    expect(officer.errors).toEqual([]);
    expect(gg.errors).toEqual([]);
    await Promise.all([officer.context.close(), gg.context.close(), context.close()]);
  });
});
