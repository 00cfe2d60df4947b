import { Browser } from 'playwright-core';
import { caseAction, createCase } from '../support/case-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, downloadBytes, openPage, signInAs, useAppAndBrowser, waitForText } from './support/browser';

describe('考核报表明细 (drill-down on /reports)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('a click on a row lists its tickets, Esc closes back to the row; the keys select a row, open its cases and download them', async () => {
    const w1 = await openWindow(t, 'clerk1', 1);
    await issue(t, { queueCode: 'A', phone: '13800138000' }).expect(201);
    await issue(t, { queueCode: 'A' }).expect(201);
    for (const end of ['finish', 'no-show']) {
      await windowAction(t, w1, 1, 'call-next').expect(200);
      if (end === 'finish') await windowAction(t, w1, 1, 'start').expect(200);
      t.clock.advance(6 * 60_000);
      await windowAction(t, w1, 1, end).expect(200);
    }
    const w2 = await openWindow(t, 'clerk2', 2);
    await issue(t, { queueCode: 'A' }).expect(201);
    await windowAction(t, w2, 2, 'call-next').expect(200);
    await windowAction(t, w2, 2, 'start').expect(200);
    await windowAction(t, w2, 2, 'finish').expect(200);
    const c = (await createCase(t, await t.login('clerk3'), { serviceItemCode: 'LNYDZ', materials: ['ID', 'HUKOU', 'PHOTO'].map((code) => ({ code, status: 'provided' })), decision: 'accept' }).expect(201)).body;
    await caseAction(t, await t.login('officer-gg'), c.id, 'claim').expect(200);
    await caseAction(t, await t.login('officer-gg'), c.id, 'decide', { outcome: 'approved' }).expect(200);

    const { page, errors, context } = await openPage(browser, `${t.url}/reports`, { viewport: DESKTOP });
    await signInAs(page, 'rp-login', 'supervisor');
    const row = page.locator('#rp-table tbody tr', { hasText: '综合受理员一' });
    await row.waitFor();
    await row.click();
    const dialog = page.locator('#rp-drill');
    await dialog.waitFor({ state: 'visible' });
    await waitForText(page, '#rp-drill-count', '共 2 条');
    expect(await page.locator('#rp-drill-title').textContent()).toBe('明细 · 窗口与人员考核 · 1号综合窗口 综合受理员一');
    const lines = await page.locator('#rp-drill-table tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent)));
    expect(lines.map((l) => [l[0], l[3], l[10], l[12]])).toEqual([['A002', '', '过号', '综合受理员一'], ['A001', '138****8000', '办结', '综合受理员一']]);
    expect(await page.locator('#rp-drill').textContent()).not.toContain('13800138000');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('综合受理员一');

    // ↓ moves to the next row, Enter opens it
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('综合受理员二');
    await page.keyboard.press('Enter');
    await waitForText(page, '#rp-drill-count', '共 1 条');
    await page.locator('#rp-drill-close').click();
    await dialog.waitFor({ state: 'hidden' });
    // ↓ again reaches the 合计 row: every visit of the period
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^合计/);
    await page.keyboard.press('Enter');
    await waitForText(page, '#rp-drill-count', '共 3 条');
    expect(await page.locator('#rp-drill-title').textContent()).toBe('明细 · 窗口与人员考核 · 合计');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // the department report: its row opens the decided cases, C downloads them
    await page.keyboard.press('2');
    await waitForText(page, '#rp-table thead th:nth-child(2)', '部门');
    await page.locator('#rp-table tbody tr', { hasText: 'GG' }).waitFor();
    await page.locator('#rp-table tbody tr', { hasText: 'GG' }).focus();
    await page.keyboard.press('Enter');
    await waitForText(page, '#rp-drill-count', '共 1 条');
    const caseCells = await page.locator('#rp-drill-table tbody tr td').allTextContents();
    expect(caseCells[0]).toBe(c.caseNumber);
    expect(caseCells[3]).toBe('张*三');
    expect(caseCells[9]).toBe('准予');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('c')]);
    expect(csv.suggestedFilename()).toBe('部门办件明细_GG_TC_2026-11-01_2026-11-23.csv');
    const text = (await downloadBytes(csv)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`${caseCells.join(',')}\r\n`);
    expect(text).toContain('共 1 条');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
