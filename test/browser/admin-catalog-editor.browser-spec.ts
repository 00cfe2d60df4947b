import { Browser, Page } from 'playwright-core';
import { createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage } from './support/browser';

describe('catalogue admin editor', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const codes = (page: Page) => page.locator('#materials [data-field="code"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const focused = (page: Page) => page.evaluate(() => [document.activeElement?.getAttribute('aria-label') ?? '', (document.activeElement as HTMLInputElement | null)?.value ?? '']);

  it('filters the list with the catalogue search, moves and removes rows and departments, and checks the item rules before saving', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/catalog`, { viewport: DESKTOP });
    page.on('dialog', (dialog) => dialog.accept());
    await page.locator('#login[open]').waitFor();
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#items-body tr[data-code="JZZ"]').waitFor();

    // the list filter is the catalogue's search: code, pinyin initials, name
    await page.locator('#items-filter').fill('jzz');
    expect(await page.locator('#items-body tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code))).toEqual(['JZZ']);
    await page.locator('#items-filter').fill('不存在');
    expect(await page.locator('#items-body').textContent()).toBe('没有匹配的事项');
    await page.locator('#items-filter').fill('');
    expect(await page.locator('#items-body tr').count()).toBe(12);

    await page.locator('#items-body tr[data-code="CJBT"] .ac-item-link').click();
    await page.locator('#item-form:not([hidden])').waitFor();
    expect(await codes(page)).toEqual(['ID', 'DISABILITY', 'BANK']);

    await page.locator('#materials tr').first().locator('[data-move="1"]').click();
    expect(await codes(page)).toEqual(['DISABILITY', 'ID', 'BANK']);
    expect(await focused(page)).toEqual(['下移此材料', '']);
    await page.locator('#materials tr').nth(1).locator('[data-remove]').click();
    expect(await codes(page)).toEqual(['DISABILITY', 'BANK']);
    expect(await focused(page)).toEqual(['材料编码', 'BANK']);

    await page.locator('#add-step').click();
    expect(await page.locator('#steps .c-seq').allTextContents()).toEqual(['1', '2', '3', '4']);
    expect(await page.locator('#steps tr').last().locator('[data-field="limitUnit"]').inputValue()).toBe('working_days');
    expect(await focused(page)).toEqual(['环节名称', '']);
    await page.keyboard.type('归档');

    const chips = () => page.locator('#f-departments li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.code));
    expect(await chips()).toEqual(['GG', 'ZL']);
    await page.locator('#f-departments li').nth(1).getByRole('button', { name: /^前移/ }).click();
    expect(await chips()).toEqual(['ZL', 'GG']);
    expect(await page.locator('#f-departments li').first().locator('.ac-chip-lead').textContent()).toBe('牵头');

    // the item rules run before anything is sent; the fee's format is the form's own
    await page.locator('#f-fee').fill('1.234');
    await page.locator('#materials tr').first().locator('[data-field="copies"]').fill('');
    await page.locator('#save').click();
    await page.locator('#problems:not([hidden])').waitFor();
    expect(await page.locator('#problems-list li').allTextContents()).toEqual(['收费须为金额（元），如 0 或 12.50', '材料第 1 行：份数须为 1–99 的整数']);
    expect(await page.locator('#f-fee').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#materials tr').first().locator('[data-field="copies"]').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#f-fee').fill('12.5');
    await page.locator('#materials tr').first().locator('[data-field="copies"]').fill('2');
    await page.locator('#save').click();
    await page.locator('#message', { hasText: '已保存：残疾人两项补贴（CJBT）' }).waitFor();
    const { body } = await t.http().get('/api/v1/catalog/items/CJBT').expect(200);
    expect(body).toMatchObject({ feeFen: 1250, departmentCodes: ['ZL', 'GG'] });
    expect(body.materials.map((m: { code: string; copies: number }) => [m.code, m.copies])).toEqual([['DISABILITY', 2], ['BANK', 1]]);
    expect(body.steps.map((s: { name: string }) => s.name).at(-1)).toBe('归档');
    expect(await page.locator('#f-fee').inputValue()).toBe('12.50');
    expect(errors).toEqual([]);
    await context.close();
  });
});
