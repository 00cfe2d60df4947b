import { Browser } from 'playwright-core';
import { APPLICANT } from '../support/case-helpers';
import { rows } from '../support/evaluation-helpers';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, signInAs, useAppAndBrowser, waitForText } from './support/browser';

describe('代办员工作台 (/agent) at the community point TC01', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('an agent files a case with the mandate on a phone, an officer decides, the agent marks it collected', async () => {
    const { page, errors } = await openPage(browser, `${t.url}/agent`, { viewport: PHONE, isMobile: true });
    await signInAs(page, 'ag-login', 'agent1');
    await page.locator('#ag-item option[value="JZZ"]').waitFor({ state: 'attached' });
    await page.locator('#ag-item').selectOption('JZZ');
    await page.locator('#ag-materials input[value="RESIDENCE"]').waitFor();
    await page.locator('#ag-name').fill(APPLICANT.name);
    await page.locator('#ag-id').fill(APPLICANT.idNumber);
    await page.locator('#ag-phone').fill(APPLICANT.phone);
    for (const code of ['ID', 'PHOTO', 'RESIDENCE']) await page.locator(`#ag-materials input[value="${code}"]`).check();

    // without the mandate: the missing-materials answer, nothing filed
    await page.locator('#ag-submit').click();
    await page.locator('#ag-error', { hasText: '授权委托书' }).waitFor();
    expect(await rows(t, 'SELECT id FROM cases')).toEqual([]);

    await page.locator('#ag-materials input[value="MANDATE"]').check();
    await page.keyboard.press('Control+Enter');
    await page.locator('#ag-cases li').first().waitFor();
    const [c] = await rows(t, 'SELECT id, caseNumber, hallCode, agentType FROM cases');
    expect(c).toMatchObject({ hallCode: 'TC01', agentType: 'proxy' });
    await page.locator(`#ag-cases li[data-case="${c.caseNumber}"] .light-green`).waitFor();

    const officer = await t.login('officer-zl');
    await t.http().post(`/api/v1/cases/${c.id}/claim`).set(bearer(officer)).expect(200);
    await t.http().post(`/api/v1/cases/${c.id}/decide`).set(bearer(officer)).send({ outcome: 'approved' }).expect(200);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // R works outside the form's fields
    await page.keyboard.press('r');
    await page.locator(`[data-collect="${c.id}"]`).click();
    await page.locator(`#ag-cases li[data-case="${c.caseNumber}"]:not(:has([data-collect]))`).waitFor();
    const [after] = await rows(t, 'SELECT status, collectedByType FROM cases WHERE id = ?', [c.id]);
    expect(after).toEqual({ status: 'delivered', collectedByType: 'agent' });
    expect(errors).toEqual([expect.stringMatching(/^http 422: .*\/api\/v1\/cases$/)]); // only the refusal without the mandate

    // the supervision page: the point's row among the halls, its case by agent, 最多跑一趟 (the agent's errands don't count)
    const sv = await openPage(browser, `${t.url}/supervision`, { viewport: DESKTOP });
    await signInAs(sv.page, 'sv-login', 'supervisor');
    await sv.page.locator('#sv-hall-table tr[data-hall="TC01"]').waitFor();
    await waitForText(sv.page, '#sv-one-visit', /^最多跑一趟：100% 1\/1 件（已办结件，人均到场 0 次/);
    expect(await sv.page.locator('#sv-agent-table tbody td').allTextContents()).toEqual(['桐一社区代办员', 'TC01', '1', '1']);
    expect(await sv.page.locator('#sv-points figure svg').count()).toBe(1);
    expect(sv.errors).toEqual([]);
  });
});
