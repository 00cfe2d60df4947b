import { Browser } from 'playwright-core';
import { RequestSweep } from '../../src/requests/request-sweep.service';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, useAppAndBrowser, waitForText, signInAs } from './support/browser';

describe('诉求统计 (/requests/figures) and the supervision page’s 诉求红黄灯', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const act = async (user: string, id: number, action: string, body: object = {}) =>
    t.http().post(`/api/v1/requests/${id}/${action}`).set(bearer(await t.login(user))).send(body).expect(200);
  const report = async (categoryCode: string, location: string) =>
    (await t.http().post('/api/v1/requests').send({ hall: 'TC', categoryCode, description: '测试诉求', phone: '13800138000', location }).expect(201)).body as { id: number; requestNumber: string };

  it('shows hours to reply by category as a table, charts and a CSV; a request past its limit shows red on the supervision page', async () => {
    const lamp = await report('SZ', '桐城路 1 号');
    await act('dispatcher', lamp.id, 'dispatch', { departmentCodes: ['FZ'] });
    t.clock.advance(90 * 60_000);
    await act('officer-fz', lamp.id, 'reply', { text: '已修复' });
    const hazard = await report('AQ', '桐城路 2 号'); // 安全隐患: dispatch within 1 h — left waiting

    const { page, errors, context } = await openPage(browser, `${t.url}/requests/figures`, { viewport: DESKTOP });
    await signInAs(page, 'rf-login', 'supervisor');
    await page.locator('#rf-table tbody tr').first().waitFor();
    const rows = await page.locator('#rf-table tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
    expect(rows).toEqual(expect.arrayContaining([['市政设施（路灯、井盖）', '1', '1.5', '1.5', '100.0%']]));
    expect(await page.locator('#rf-charts figure svg').count()).toBe(3);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rf-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^诉求统计-诉求分类-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await download.createReadStream().then(async (s) => {
      const chunks: Buffer[] = [];
      for await (const c of s) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('市政设施（路灯、井盖）,1,1.5,1.5,100.0%\r\n');
    await page.locator('input[name="by"][value="department"]').check();
    await waitForText(page, '#rf-table thead th:first-child', '承办部门');
    expect(await page.locator('#rf-table tbody th').allTextContents()).toEqual(['区域发展办公室']);
    expect(errors).toEqual([]);

    // two hours later the hazard still waits for a department: red on the supervision page, live
    const sv = await openPage(browser, `${t.url}/supervision`, { viewport: DESKTOP });
    await signInAs(sv.page, 'sv-login', 'supervisor');
    await sv.page.locator('.sv-conn-live').waitFor();
    await sv.page.locator('#sv-req-empty:not([hidden])').waitFor();
    t.clock.advance(2 * 3_600_000);
    await t.app.get(RequestSweep).sweepOnce();
    const row = sv.page.locator(`#sv-req-rows tr`, { hasText: hazard.requestNumber });
    await row.waitFor();
    expect(await row.locator('.sv-light-red').count()).toBe(1);
    expect(sv.errors).toEqual([]);
    await context.close();
    await sv.context.close();
  });
});
