import { Browser } from 'playwright-core';
import { caseAction, claimedJzz } from '../support/case-helpers';
import { openWindow } from '../support/queue-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('console: 待取件 live and 出件', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('counts a case decided in the back office at once, and after 出件 the row keeps only its notice and receipt buttons', async () => {
    const { page, errors } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [401] });
    await page.locator('#login-user').fill('clerk1');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();
    await page.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    await waitForText(page, '#pk-badge', '0');

    // decided elsewhere (the ZL officer's inbox): the badge follows without a reload or a click
    const c = await claimedJzz(t);
    await waitForText(page, '#pk-badge', '0');
    await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
    await waitForText(page, '#pk-badge', '1');

    await page.keyboard.press('F3');
    const row = page.locator(`#pk-rows tr[data-case="${c.caseNumber}"]`);
    await row.locator('[data-act="deliver"]').click();
    // who collects: the applicant by default; Enter before the ID check is confirmed hands nothing over
    expect(await row.locator('input[data-pk="type"][value="applicant"]').isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.toast', { hasText: '请先核验领取人的身份证件' }).waitFor();
    expect(await row.locator('.pill').textContent()).toBe('已办结·准予'); // not handed over
    await row.locator('input[data-pk="checked"]').check();
    const [receipt] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await waitForText(page, `#pk-rows tr[data-case="${c.caseNumber}"] .pill`, '已送达');
    await waitForText(page, `#pk-rows tr[data-case="${c.caseNumber}"] .cp-actions`, '办结通知书领取回执');
    await receipt.locator('body[data-ready="1"]').waitFor();
    await receipt.close();
    expect(await row.locator('.cp-actions').innerText()).not.toContain('null');
    expect(await row.innerText()).not.toContain('null');
    await waitForText(page, '#pk-badge', '0');

    // posted instead: after 邮寄 → 取消 → 邮寄 → 确认邮寄 the row is the same
    const posted = await claimedJzz(t);
    await caseAction(t, await t.login('officer-zl'), posted.id, 'decide', { outcome: 'approved' }).expect(200);
    await waitForText(page, '#pk-badge', '1');
    await page.locator('#pk-refresh').click();
    const postedRow = page.locator(`#pk-rows tr[data-case="${posted.caseNumber}"]`);
    await postedRow.locator('[data-act="post"]').click();
    await postedRow.getByRole('button', { name: '取消' }).click();
    await postedRow.locator('[data-act="post"]').click();
    await postedRow.locator('input').fill('SF1234567890');
    await postedRow.getByRole('button', { name: '确认邮寄' }).click();
    await waitForText(page, `#pk-rows tr[data-case="${posted.caseNumber}"] .pill`, '已送达');
    expect(await postedRow.innerText()).not.toContain('null');
    await waitForText(page, '#pk-badge', '0');
    await page.screenshot({ path: shot('console-pickup-delivered') });
    expect(errors).toEqual([]);
  });

  it('出件 to another person: name and ID number typed, checked as they are typed; the 领取回执 shows who, masked, and when, where, by whom', async () => {
    await openWindow(t, 'clerk2', 2); // clerk2 serves at window 2 (opened): the receipt names it
    const { page, errors, context } = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP, allowStatus: [401] });
    await page.locator('#login-user').fill('clerk2');
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button').click();
    await page.locator('#cs-pick:not([hidden]) .window-card[data-window="2"]').click();
    await page.locator('#cs-work:not([hidden])').waitFor();
    const c = await claimedJzz(t);
    await caseAction(t, await t.login('officer-zl'), c.id, 'decide', { outcome: 'approved' }).expect(200);
    await page.keyboard.press('F3');
    await page.locator('#pk-refresh').click();
    const row = page.locator(`#pk-rows tr[data-case="${c.caseNumber}"]`);
    await row.locator('[data-act="deliver"]').click();
    await row.locator('input[data-pk="type"][value="other"]').check();
    await row.locator('input[data-pk="name"]').fill('王小五');
    await row.locator('input[data-pk="id"]').fill('110101198506150028'); // one digit wrong
    await row.locator('input[data-pk="checked"]').check();
    await page.screenshot({ path: shot('console-pickup-collector') });
    await row.locator('[data-act="confirm-deliver"]').click();
    await page.locator('.toast', { hasText: '校验位' }).waitFor();
    expect(await row.locator('.pill').textContent()).toBe('已办结·准予'); // not handed over
    await row.locator('input[data-pk="id"]').fill('110101198506150027');
    const [receipt] = await Promise.all([context.waitForEvent('page'), row.locator('input[data-pk="id"]').press('Enter')]);
    await waitForText(page, `#pk-rows tr[data-case="${c.caseNumber}"] .pill`, '已送达');

    await receipt.locator('body[data-ready="1"]').waitFor();
    await waitForText(receipt, '.doc-title', '办件结果领取回执');
    await waitForText(receipt, '#doc-collector', '王小五');
    await waitForText(receipt, '#doc-collector-id', '1101**********0027');
    const sheet = await receipt.locator('#doc').innerText();
    expect(sheet).toContain(c.caseNumber);
    expect(sheet).toContain('居住证申领');
    expect(sheet).toContain('准予办理');
    expect(sheet).toContain('他人代领');
    expect(sheet).toContain('2 号窗口');
    expect(sheet).toContain('综合受理员二');
    expect(sheet).toContain('2026年11月23日 09:30');
    expect(sheet).toContain('领取人（签字）');
    expect(sheet).not.toContain('110101198506150027');
    await receipt.screenshot({ path: shot('console-pickup-receipt'), fullPage: true });

    // the row reopens the receipt; the resident's page says only 已领取 with the name masked
    const [again] = await Promise.all([context.waitForEvent('page'), row.locator('[data-act="receipt"]').click()]);
    await again.locator('body[data-ready="1"]').waitFor();
    await waitForText(again, '#doc-collector', '王小五');
    const resident = await t.http().get(`/c/${c.caseNumber}`).query({ code: c.queryCode }).expect(200);
    expect(resident.text).toContain('已领取（领取人 王*五）');
    expect(resident.text).not.toContain('王小五');
    expect(errors).toEqual([]);
    await context.close();
  });
});
