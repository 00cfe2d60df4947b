import { Browser, Page } from 'playwright-core';
import { DEPARTMENT_COMPONENTS, STAFF_COMPONENTS } from '../../src/reports/domain/ranking';
import { rankingTables } from '../../src/reports/domain/ranking-table';
import { formatCell, reportTable, tableCells } from '../../src/reports/domain/report-table';
import type { ReportKind } from '../../src/reports/domain/report-query';
import { caseAction, createCase } from '../support/case-helpers';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { bearer, MONDAY_MORNING, TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, shot, signInAs, useAppAndBrowser, waitForText } from './support/browser';

const OCTOBER_MONDAY = MONDAY_MORNING - 35 * 24 * 3600_000; // 2026-10-19 09:30 in Shanghai

async function serve(t: TestApp, token: string, n: number, minutes: number): Promise<void> {
  await issue(t, { queueCode: 'A' }).expect(201);
  await windowAction(t, token, n, 'call-next').expect(200);
  await windowAction(t, token, n, 'start').expect(200);
  t.clock.advance(minutes * 60_000);
  await windowAction(t, token, n, 'finish').expect(200);
}

/** The report as the API answers it for the month, laid out as the exports lay it out (rows, then totals). */
async function apiCells(t: TestApp, token: string, kind: ReportKind, from: string, to: string) {
  const report = (await t.http().get(`/api/v1/reports/${kind}?hall=TC&from=${from}&to=${to}`).set(bearer(token)).expect(200)).body;
  return { report, cells: tableCells(reportTable(kind, report)).rows.map((r) => r.map(String)) };
}

/** The rows of a section's table as the page shows them (body rows, then the totals row). */
function pageCells(page: Page, kind: string): Promise<string[][]> {
  return page.locator(`.mr-report[data-kind="${kind}"] table tr:not(thead tr)`).evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (c) => c.textContent ?? '')));
}

const figure = (page: Page, key: string) => page.locator(`.mr-figure[data-key="${key}"]`);

describe('政务服务月报 (/reports/monthly)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('a supervisor reads the month: figures, charts and tables match the reports API, ↑/↓ against the month before, keys, print', async () => {
    // October: one ticket served at window 2; November: two at window 1 and one case decided
    t.clock.set(OCTOBER_MONDAY);
    await serve(t, await openWindow(t, 'clerk2', 2), 2, 4);
    t.clock.set(MONDAY_MORNING);
    const w1 = await openWindow(t, 'clerk1', 1);
    await serve(t, w1, 1, 6);
    await serve(t, w1, 1, 6);
    const c = (await createCase(t, await t.login('clerk3'), { serviceItemCode: 'LNYDZ', materials: ['ID', 'HUKOU', 'PHOTO'].map((code) => ({ code, status: 'provided' })), decision: 'accept' }).expect(201)).body;
    await caseAction(t, await t.login('officer-gg'), c.id, 'claim').expect(200);
    await caseAction(t, await t.login('officer-gg'), c.id, 'decide', { outcome: 'approved' }).expect(200);

    const token = await t.login('supervisor');
    const { page, errors, context } = await openPage(browser, `${t.url}/reports/monthly?hall=TC&month=2026-11`, {
      viewport: DESKTOP,
      init: () => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      },
    });
    await signInAs(page, 'mr-login', 'supervisor');
    await page.locator('#mr-sheet[aria-busy="false"]').waitFor();
    expect(await page.locator('#mr-heading').textContent()).toMatch(/ 2026年11月 政务服务月报$/);
    expect(await page.locator('#mr-period').textContent()).toBe('2026-11-01 至 2026-11-30');
    expect(await page.locator('#mr-generated').textContent()).toBe('2026-11-23 09:42'); // the server's clock (09:30 + two 6-minute services), hall-local

    // the key figures are the totals of the reports, formatted as the tables format them
    const halls = await apiCells(t, token, 'halls', '2026-11-01', '2026-11-30');
    const totals = halls.report.totals;
    expect(totals.ticketsServed).toBe(2);
    expect(await figure(page, 'ticketsServed').locator('.mr-value').textContent()).toBe('2');
    expect(await figure(page, 'ticketsServed').locator('.mr-change').textContent()).toBe('↑ +1');
    expect(await figure(page, 'casesDecided').locator('.mr-value').textContent()).toBe(String(totals.casesDecided));
    expect(await figure(page, 'onTimeShare').locator('.mr-value').textContent()).toBe(formatCell(totals.onTimeShare, 'share') || '—');
    expect(await figure(page, 'averageWaitMinutes').locator('.mr-value').textContent()).toBe(formatCell(totals.averageWaitMinutes, 'decimal1') || '—');
    const requests = await apiCells(t, token, 'requests', '2026-11-01', '2026-11-30');
    expect(await figure(page, 'requests').locator('.mr-value').textContent()).toBe(String(requests.report.totals.count));

    // every section's table is the API's report in the exports' layout; the charts are inline SVG
    expect(await page.locator('.mr-report').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.kind))).toEqual(['halls', 'windows', 'departments', 'items', 'requests']);
    for (const kind of ['halls', 'windows', 'departments', 'items', 'requests'] as const) {
      expect({ kind, cells: await pageCells(page, kind) }).toEqual({ kind, cells: (await apiCells(t, token, kind, '2026-11-01', '2026-11-30')).cells });
    }
    expect(await page.locator('.mr-report[data-kind="windows"] figure svg.sv-chart').count()).toBe(2);
    expect(await page.locator('.mr-report[data-kind="windows"] figure svg text', { hasText: '1号 综合受理员一' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#mr-reports svg').count()).toBeGreaterThanOrEqual(6);

    // 考核排名: the ranking API's month in the ranking page's (and exports') layout
    const ranking = (await t.http().get('/api/v1/reports/ranking?hall=TC&month=2026-11').set(bearer(token)).expect(200)).body;
    const rankingCells = rankingTables(ranking, { staff: STAFF_COMPONENTS, departments: DEPARTMENT_COMPONENTS });
    expect(await page.locator('#mr-ranking').isVisible()).toBe(true);
    for (const list of ['staff', 'departments'] as const) {
      const table = rankingCells[list];
      const shown = await page.locator(`#mr-ranking table[data-list="${list}"] tr`).evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => c.textContent ?? '')));
      expect({ list, shown }).toEqual({ list, shown: [table.headers, ...table.rows.map((row) => row.map((v, i) => String(formatCell(v, table.formats[i]))))] });
    }
    expect(await page.locator('#mr-ranking table[data-list="staff"] tbody tr', { hasText: 'clerk1' }).locator('td').first().textContent()).toBe('1');

    await page.screenshot({ path: shot('report-monthly'), fullPage: true });
    // on paper: A4 (@page), the title and summary, then each report and the ranking from a page of its own
    const pdf = (await page.pdf({ path: shot('report-monthly').replace(/\.png$/, '.pdf'), preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(new Set(pdf.match(/\/MediaBox \[[^\]]*\]/g))).toEqual(new Set(['/MediaBox [0 0 594.95996 841.91998]']));
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBeGreaterThanOrEqual(7);

    // print: P prints; on paper the controls are gone and the sheet stays
    await page.keyboard.press('p');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.locator('#mr-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: shot('report-monthly-print'), fullPage: true });
    for (const hidden of ['#mr-form', '#mr-print', '.sv-head', '#mr-month']) expect({ hidden, visible: await page.locator(hidden).isVisible() }).toEqual({ hidden, visible: false });
    expect(await page.locator('#mr-sheet').isVisible()).toBe(true);
    expect(await page.locator('.mr-report').first().evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.locator('.mr-chart').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('#mr-form').isVisible()).toBe(true);

    // ←: October, with its one ticket at window 2; → is refused past the current month
    await page.keyboard.press('ArrowLeft');
    await waitForText(page, '#mr-heading', / 2026年10月 政务服务月报$/);
    await page.locator('#mr-sheet[aria-busy="false"]').waitFor();
    await page.locator('.mr-report[data-kind="windows"] tbody tr', { hasText: 'clerk2' }).waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('2026-10');
    expect(await pageCells(page, 'windows')).toEqual((await apiCells(t, token, 'windows', '2026-10-01', '2026-10-31')).cells);
    expect(await figure(page, 'ticketsServed').locator('.mr-value').textContent()).toBe('1');
    await page.keyboard.press('ArrowRight');
    await waitForText(page, '#mr-heading', / 2026年11月 政务服务月报$/);
    expect(await page.locator('#mr-next').isDisabled()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.locator('#mr-sheet[aria-busy="false"]').waitFor();
    expect(new URL(page.url()).searchParams.get('month')).toBe('2026-11');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a department head gets the department and item sections only, and the page fits a narrow window', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/reports/monthly?hall=TC&month=2026-11`, { viewport: PHONE, isMobile: true });
    await signInAs(page, 'mr-login', 'head-gg');
    await page.locator('#mr-sheet[aria-busy="false"]').waitFor();
    expect(await page.locator('.mr-report').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.kind))).toEqual(['departments', 'items']);
    expect(await page.locator('.mr-figure dt').allTextContents()).toEqual(['办结件数', '按时办结率', '满意率']);
    expect(await page.locator('#mr-ranking').isHidden()).toBe(true);
    const token = await t.login('head-gg');
    expect(await pageCells(page, 'departments')).toEqual((await apiCells(t, token, 'departments', '2026-11-01', '2026-11-30')).cells);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: shot('report-monthly-phone'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without the ranking (404) the 考核排名 section says 排名暂不可用 and the rest of the report still shows', async () => {
    const { page, errors, context } = await openPage(browser, 'about:blank', { allowStatus: [404] });
    await page.route('**/api/v1/reports/ranking?*', (route) =>
      route.fulfill({ status: 404, contentType: 'application/json', body: JSON.stringify({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /api/v1/reports/ranking' }) }));
    await page.goto(`${t.url}/reports/monthly?hall=TC&month=2026-11`);
    await signInAs(page, 'mr-login', 'supervisor');
    await page.locator('#mr-sheet[aria-busy="false"]').waitFor();
    expect(await page.locator('#mr-ranking-note').textContent()).toBe('排名暂不可用');
    expect(await page.locator('#mr-ranking table').count()).toBe(0);
    expect(await page.locator('.mr-report').count()).toBe(5);
    expect(await page.locator('#mr-error').textContent()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });
});
