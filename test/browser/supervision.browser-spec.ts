import { Browser, Page } from 'playwright-core';
import { CaseSweep } from '../../src/cases/case-sweep.service';
import { caseAction, createCase, JZZ_COMPLETE } from '../support/case-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, downloadBytes, launchChromium, openPage, queueApi, shot, TV, waitForText } from './support/browser';

const at = (local: string) => Date.parse(`${local}+08:00`);
const M = (...codes: string[]) => codes.map((code) => ({ code, status: 'provided' }));

describe('电子监察 page (/supervision)', () => {
  let t: TestApp;
  let browser: Browser;
  const made: Record<string, { id: number; caseNumber: string; queryCode: string }> = {};
  beforeAll(async () => {
    t = await createTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const count = (page: Page, light: string, expected: number) => waitForText(page, `[data-count="${light}"]`, String(expected));

  async function make(name: string, serviceItemCode: string, materials: unknown[], extra: Record<string, unknown> = {}) {
    const res = await createCase(t, await t.login('clerk3'), { serviceItemCode, materials, decision: 'accept', ...extra });
    if (res.status !== 201) throw new Error(`${name}: ${res.status} ${JSON.stringify(res.body)}`);
    made[name] = res.body;
  }
  const act = async (user: string, name: string, action: string, body?: Record<string, unknown>) => {
    const res = await caseAction(t, await t.login(user), made[name].id, action, body);
    if (res.status !== 200) throw new Error(`${action} ${name}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const sweep = async (local: string) => {
    t.clock.set(at(local));
    return t.app.get(CaseSweep).sweep(t.clock.now());
  };

  async function signIn(page: Page, user: string) {
    await page.locator('#sv-login:not([hidden])').waitFor();
    await page.locator('#sv-login-user').fill(user);
    await page.locator('#sv-login-pass').fill('demo1234');
    await page.locator('#sv-login-form button[type=submit]').click();
  }

  it('shows the live lights, updates them from sweeps without a reload, and sends a 督办意见 the department sees', async () => {
    // Mon 11-23 09:30: four promised cases, and a birth registration served 20 minutes at window 1 (limit 15)
    await make('A', 'JZZ', JZZ_COMPLETE);
    await make('B', 'LNYDZ', M('ID', 'HUKOU', 'PHOTO'));
    await make('C', 'LNYDZ', M('ID', 'HUKOU', 'PHOTO'));
    await make('E', 'GTHBB', M('ID', 'PREMISES'));
    await act('officer-gg', 'B', 'claim');
    await act('officer-gg', 'C', 'claim');
    const queue = queueApi(t);
    const ticket = await queue.issue('A');
    await queue.window('clerk1', 1, 'open');
    await queue.window('clerk1', 1, 'call-next');
    await queue.window('clerk1', 1, 'start');
    t.clock.set(at('2026-11-23T09:50:00'));
    await make('I', 'SYDJ', M('ID', 'HUKOU', 'MARRIAGE'), { decision: 'complete', ticketId: ticket.id });
    await queue.window('clerk1', 1, 'finish');
    await t.http().post('/api/v1/evaluations').send({ caseNumber: made.I.caseNumber, code: made.I.queryCode, score: 5 }).expect(201);

    const { page, errors, context } = await openPage(browser, `${t.url}/supervision`, { viewport: DESKTOP });
    expect(await page.title()).toBe('电子监察 · 桐城街道党群服务中心');
    await signIn(page, 'supervisor');
    await page.locator('#sv-main:not([hidden])').waitFor();
    await count(page, 'green', 4);
    await count(page, 'total', 4);
    await count(page, 'red', 0);
    await page.locator('.sv-conn-live').waitFor({ timeout: 10000 });
    expect(await page.locator('#sv-dept-rows tr').count()).toBe(6);
    expect(await page.locator('#sv-dept-rows tr', { hasText: '公共服务办公室' }).locator('td').allTextContents()).toEqual(['2', '0', '0', '0', '2']);
    expect(await page.locator('#sv-overrun-rows tr').first().locator('td').allTextContents()).toEqual(['1 号', 'A001', `生育登记${made.I.caseNumber}`, '09:30', '20 分钟', '15 分钟', '+5 分钟']);
    expect(await page.locator('#sv-warn-empty').isVisible()).toBe(true);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    // Wed 11-25: GG decides C (case.updated → the board refetches), then the sweep turns E yellow
    t.clock.set(at('2026-11-25T10:00:00'));
    await act('officer-gg', 'C', 'decide', { outcome: 'approved' });
    await count(page, 'total', 3);
    await sweep('2026-11-25T10:00:00');
    await count(page, 'yellow', 1);
    await count(page, 'green', 2);
    await page.locator('#sv-warn-rows tr.sv-row-yellow').waitFor();
    expect(await page.locator('#sv-warn-rows tr').first().locator('td').nth(6).textContent()).toBe('剩余 1 个工作日');
    await page.screenshot({ path: shot('supervision-yellow'), fullPage: true });

    // Tue 12-01: B past its due date (red), E past its statutory date (red+): live again
    await sweep('2026-12-01T09:00:00');
    await count(page, 'red', 1);
    await count(page, 'red_plus', 1);
    await count(page, 'yellow', 0);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true); // no reload
    const rows = page.locator('#sv-warn-rows tr');
    await rows.nth(1).waitFor();
    expect(await rows.nth(0).locator('td').nth(1).textContent()).toContain(made.E.caseNumber);
    expect(await rows.nth(0).locator('td').nth(6).textContent()).toBe('逾期 3 个工作日');
    expect(await rows.nth(1).locator('td').nth(4).textContent()).toBe('公共服务办经办人');
    expect(await rows.nth(1).locator('td').nth(6).textContent()).toBe('逾期 1 个工作日');
    // the red tile filters the list
    await page.locator('#sv-tile-red').click();
    await page.waitForFunction(() => document.querySelectorAll('#sv-warn-rows tr').length === 1);
    expect(await page.locator('#sv-tile-red').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#sv-tile-red').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#sv-warn-rows tr').length === 2);

    // 督办意见 on B, from its row, by keyboard
    await page.locator(`#sv-warn-rows tr[data-case-id="${made.B.id}"] button`).focus();
    await page.keyboard.press('Enter');
    await page.locator('#sv-note-form:not([hidden])').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sv-note');
    await page.keyboard.type('请说明逾期原因，12月3日前办结并反馈');
    await page.locator('#sv-respond-by').fill('2026-12-03');
    await page.locator('#sv-note-form button[type=submit]').click();
    await page.locator('#sv-note-form[hidden]').waitFor({ state: 'attached' });
    const card = page.locator(`.sv-sup[data-case-id="${made.B.id}"]`);
    await card.locator('.sv-note-text', { hasText: '请说明逾期原因，12月3日前办结并反馈' }).waitFor();
    expect(await card.locator('.sv-pill-wait').textContent()).toBe('待部门反馈');
    expect(await card.textContent()).toContain('请于 2026-12-03 前反馈');
    await waitForText(page, `#sv-warn-rows tr[data-case-id="${made.B.id}"] .sv-note-cell div`, '请说明逾期原因，12月3日前办结并反馈');

    // the department sees the note; what it does next shows up under the note, live
    const seen = await t.http().get(`/api/v1/cases/${made.B.id}`).set(bearer(await t.login('officer-gg'))).expect(200);
    expect(seen.body.events.at(-1)).toMatchObject({ action: 'supervise', reason: '请说明逾期原因，12月3日前办结并反馈', actorName: '电子监察员' });
    t.clock.set(at('2026-12-01T14:00:00'));
    await act('officer-gg', 'B', 'request-extension', { days: 2, reason: '需补充入户核验' });
    await card.locator('.sv-pill-ok', { hasText: '部门已反馈' }).waitFor();
    expect(await card.locator('.sv-follow li').textContent()).toContain('申请延期 · 公共服务办经办人 ·「需补充入户核验」');

    // an empty note is refused in the page
    await page.locator(`.sv-sup[data-case-id="${made.E.id}"] button`).click();
    await page.locator('#sv-note-form button[type=submit]').click();
    await waitForText(page, '#sv-note-error', '请填写督办意见');
    await page.keyboard.press('Escape');
    await page.locator('#sv-note-form[hidden]').waitFor({ state: 'attached' });
    await page.screenshot({ path: shot('supervision-board'), fullPage: true });
    await page.locator('#sv-sup-list').screenshot({ path: shot('supervision-supervised') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot('supervision-top') });
    expect(await page.locator('body').innerText()).not.toMatch(/undefined|null|NaN/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws the figures per day, week and month as SVG charts with the numbers in tables', async () => {
    const opened = await openPage(browser, `${t.url}/supervision?hall=TC`, { viewport: TV });
    const { page, errors, context } = opened;
    await signIn(page, 'supervisor');
    await page.locator('#sv-kpis .sv-kpi').first().waitFor();
    expect(await page.locator('.sv-period[aria-checked="true"]').textContent()).toBe('日');
    await waitForText(page, '#sv-kpis [data-figure="onTime"] .sv-kpi-value', '100%'); // C, decided 11-25, due 11-30
    await waitForText(page, '#sv-kpis [data-figure="satisfaction"] .sv-kpi-value', '100%');
    expect(await page.locator('#sv-charts svg.sv-chart').count()).toBe(6);
    expect(await page.locator('#sv-fig-table tbody tr').count()).toBe(14);
    expect(await page.locator('#sv-item-table tbody tr').first().locator('td').allTextContents()).toEqual(['老年人优待证', 'LNYDZ', '1', '2']);

    await page.locator('.sv-period[data-period="week"]').click();
    await page.waitForFunction(() => document.querySelector('#sv-fig-range')?.textContent?.includes('按周'));
    expect(await page.locator('#sv-fig-table tbody tr').count()).toBe(12);
    expect(await page.locator('#sv-from').inputValue()).toBe('2026-09-14');
    await page.locator('.sv-period[data-period="week"]').press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#sv-fig-range')?.textContent?.includes('按月'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-period'))).toBe('month');
    expect(await page.locator('#sv-fig-table tbody tr th').allTextContents()).toEqual(['2026年7月', '2026年8月', '2026年9月', '2026年10月', '2026年11月', '2026年12月']);
    const novemberRow = await page.locator('#sv-fig-table tbody tr').nth(4).locator('td').allTextContents();
    expect(novemberRow.map((s) => s.trim())).toEqual(['100% 1/1', '2 天 1 件', '100% 1/1', '— 0/0', '100% 2/2']);
    expect(await page.locator('#sv-charts svg').first().getAttribute('aria-label')).toContain('按时办结率：7月 —');
    await page.locator('#sv-charts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('supervision-figures-tv'), fullPage: true });

    // the shown period as a CSV file: the month rows of the table, 合计 last
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#sv-fig-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/^效能统计_TC_2026-07-01_2026-12-\d\d\.csv$/);
    const lines = (await downloadBytes(csv)).toString('utf8').split('\r\n');
    expect(lines.find((l) => l.startsWith('2026年11月,'))?.split(',').slice(1, 5)).toEqual(['1', '1', '0', '100.0%']);
    expect(lines.some((l) => l.startsWith('合计,'))).toBe(true);

    // a range the server refuses says why
    await page.locator('#sv-from').fill('2026-12-31');
    await page.locator('#sv-range button[type=submit]').click();
    await page.waitForFunction(() => document.querySelector('#sv-fig-error')?.textContent?.includes('早于'));
    expect(errors.filter((e) => !e.includes('http 400'))).toEqual([]);
    await context.close();
  });

  it('turns away staff who are not supervisors', async () => {
    const { page, context } = await openPage(browser, `${t.url}/supervision`, { viewport: DESKTOP });
    await signIn(page, 'clerk1');
    await waitForText(page, '#sv-login-error', '电子监察页面仅限电子监察员或管理员使用');
    expect(await page.locator('#sv-main').isHidden()).toBe(true);
    await context.close();
    const missing = await t.http().get('/supervision?hall=NOPE').expect(404);
    expect(missing.text).toContain('服务大厅 NOPE 不存在');
  });
});
