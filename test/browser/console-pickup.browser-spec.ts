import { Browser } from 'playwright-core';
import { caseAction, claimedJzz } from '../support/case-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, shot, useAppAndBrowser, waitForText } from './support/browser';

describe('console: 待取件 live and 出件', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('counts a case decided in the back office at once, and after 出件 the row keeps only its notice button', async () => {
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
    await waitForText(page, `#pk-rows tr[data-case="${c.caseNumber}"] .pill`, '已送达');
    await waitForText(page, `#pk-rows tr[data-case="${c.caseNumber}"] .cp-actions`, '办结通知书');
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
});
