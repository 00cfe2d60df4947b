import ExcelJS from 'exceljs';
import { Browser } from 'playwright-core';
import { caseAction, createCase } from '../support/case-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, downloadBytes, openPage, signInAs, useAppAndBrowser, waitForText } from './support/browser';

describe('考核报表 (/reports)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('a supervisor reads the window report, switches with the keys and downloads the same figures as CSV and Excel; a head sees two reports', async () => {
    const w1 = await openWindow(t, 'clerk1', 1);
    for (let i = 0; i < 2; i++) {
      await issue(t, { queueCode: 'A' }).expect(201);
      await windowAction(t, w1, 1, 'call-next').expect(200);
      await windowAction(t, w1, 1, 'start').expect(200);
      t.clock.advance(6 * 60_000);
      await windowAction(t, w1, 1, 'finish').expect(200);
    }
    const c = (await createCase(t, await t.login('clerk3'), { serviceItemCode: 'LNYDZ', materials: ['ID', 'HUKOU', 'PHOTO'].map((code) => ({ code, status: 'provided' })), decision: 'accept' }).expect(201)).body;
    await caseAction(t, await t.login('officer-gg'), c.id, 'claim').expect(200);
    await caseAction(t, await t.login('officer-gg'), c.id, 'decide', { outcome: 'approved' }).expect(200);

    const { page, errors, context } = await openPage(browser, `${t.url}/reports`, { viewport: DESKTOP });
    await signInAs(page, 'rp-login', 'supervisor');
    const row = page.locator('#rp-table tbody tr', { hasText: '综合受理员一' });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 6)).toEqual(['1', '1号综合窗口', '综合受理员一', 'clerk1', '2', '0']);
    expect(cells[8]).toBe('6.0'); // 平均办理(分钟)
    expect(await page.locator('#rp-table tfoot td').first().textContent()).toBe('合计');
    expect(await page.locator('#rp-charts figure svg').count()).toBe(2);
    expect(await page.locator('#rp-ranking-link').isVisible()).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('c')]);
    expect(csv.suggestedFilename()).toMatch(/^窗口与人员考核_TC_2026-11-01_2026-11-23\.csv$/);
    const text = (await downloadBytes(csv)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`${cells.join(',')}\r\n`);

    await page.keyboard.press('2');
    await waitForText(page, '#rp-table thead th:nth-child(2)', '部门');
    const gg = await page.locator('#rp-table tbody tr', { hasText: 'GG' }).locator('td').allTextContents();
    expect(gg.slice(0, 4)).toEqual(['GG', '公共服务办公室', '1', '100.0%']);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('#rp-xlsx').click()]);
    expect(xlsx.suggestedFilename()).toBe('部门考核_TC_2026-11-01_2026-11-23.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await downloadBytes(xlsx)) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheetRow = book.worksheets[0].getRows(3, 20)!.find((r) => r.getCell(1).value === 'GG')!;
    expect([sheetRow.getCell(3).value, sheetRow.getCell(4).value]).toEqual([1, 1]);
    expect(errors).toEqual([]);
    await context.close();

    const head = await openPage(browser, `${t.url}/reports`, { viewport: DESKTOP });
    await signInAs(head.page, 'rp-login', 'head-gg');
    await head.page.locator('#rp-table tbody tr').first().waitFor();
    expect(await head.page.locator('.rp-tab:not([hidden])').allTextContents()).toEqual(['2 部门', '3 事项']);
    expect(await head.page.locator('#rp-ranking-link').isVisible()).toBe(false); // the ranking is for supervisors and admins
    expect(await head.page.locator('#rp-table tbody td:first-child').allTextContents()).toEqual(['GG']);
    expect(head.errors).toEqual([]);
    await head.context.close();
  });
});
