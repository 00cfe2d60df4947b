import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, shot, TV, useAppAndBrowser } from './support/browser';

describe('catalogue pages', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const visibleCodes = (page: Page) => page.locator('.cg-item:not([hidden])').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.code));
  const waitForCodes = (page: Page, codes: string[]) =>
    page.waitForFunction(
      (expected) => JSON.stringify(Array.from(document.querySelectorAll<HTMLElement>('.cg-item:not([hidden])'), (li) => li.dataset.code)) === JSON.stringify(expected),
      codes,
      { timeout: 10000 },
    );

  it('on a phone: searches by pinyin initials, filters, and opens the guide with materials and route', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/catalog`, { viewport: PHONE, isMobile: true });
    expect(await visibleCodes(page)).toHaveLength(14);
    expect(await page.locator('.cg-item[data-code="JZZ"] .cg-kind').textContent()).toBe('承诺件');
    expect(await page.locator('.cg-item[data-code="JZZ"] .cg-limit').textContent()).toBe('承诺 15 个工作日');
    expect(await page.locator('.cg-item[data-code="SQ"] .cg-limit').textContent()).toBe('48 小时');
    expect(await page.locator('.cg-item[data-code="SYDJ"] .cg-badge').textContent()).toBe('最多跑一次');
    expect(await page.locator('.cg-item[data-code="SYDJ"] .cg-fee').textContent()).toBe('免费');
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(width[0]).toBeLessThanOrEqual(width[1]); // no sideways scrolling on a phone
    await page.screenshot({ path: shot('catalog-phone'), fullPage: true });

    await page.locator('#cg-q').fill('jzz');
    await waitForCodes(page, ['JZZ']);
    expect(await page.locator('#cg-count').textContent()).toBe('共 1 项');
    expect(page.url()).toContain('/catalog?q=jzz');
    await page.screenshot({ path: shot('catalog-phone-search') });

    await page.locator('#cg-q').fill('sydj');
    await waitForCodes(page, ['SYDJ', 'SYDJ2']);
    await page.locator('#cg-q').fill('');
    await page.locator('#cg-kind').selectOption('escalated');
    await waitForCodes(page, ['DIBAO', 'GLJT', 'TYJR']);
    await page.locator('#cg-department').selectOption('ZL');
    await waitForCodes(page, ['TYJR']);
    await page.locator('#cg-q').fill('不存在的事项');
    await waitForCodes(page, []);
    expect(await page.locator('#cg-empty').isVisible()).toBe(true);

    // the server filters too: a shared link opens with the same results, and the guide opens from a card
    await page.goto(`${t.url}/catalog?q=jzz`);
    expect(await visibleCodes(page)).toEqual(['JZZ']);
    await page.locator('.cg-item[data-code="JZZ"] a').click();
    await page.waitForURL(/\/catalog\/items\/JZZ$/);
    expect(await page.locator('#guide-name').textContent()).toBe('居住证申领');
    expect(await page.locator('#materials tbody tr .m-name').allTextContents()).toEqual([
      '居民身份证',
      '近期一寸白底证件照',
      '合法稳定住所、就业或就读证明可容缺受理，承诺 10 个工作日内补交',
    ]);
    expect(await page.locator('#materials tr[data-code="RESIDENCE"] .m-tags').textContent()).toBe('必需可容缺');
    expect(await page.locator('#materials tr[data-code="PHOTO"] .m-form').textContent()).toBe('形式复印件');
    expect(await page.locator('#route .cg-step-name').allTextContents()).toEqual(['综合窗口受理', '信息核查', '制证与发证']);
    expect(await page.locator('#route .cg-step').nth(1).locator('dd').allTextContents()).toEqual(['10 个工作日', '社会治理办公室']);
    expect(await page.locator('#facts').textContent()).toContain('承诺 15 个工作日');
    const guideWidth = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(guideWidth[0]).toBeLessThanOrEqual(guideWidth[1]);
    await page.screenshot({ path: shot('catalog-guide'), fullPage: true });

    await page.goto(`${t.url}/catalog/items/DIBAO`);
    expect(await page.locator('#route .is-external .cg-step-name').textContent()).toBe('区民政局审批上级部门办理');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers a withdrawn or unknown item with the friendly 404 page', async () => {
    for (const path of ['/catalog/items/NOPE', '/catalog/items/%3Cscript%3E', '/catalog/items/jzz']) {
      const res = await t.http().get(path).expect(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.text).toContain('页面不存在');
    }
    const res = await t.http().get('/catalog').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('the TV pages through the items on its own, in large type without scrolling', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/catalog/tv?seconds=3&per=6`, { viewport: TV });
    expect(await page.locator('.tv-page').count()).toBe(3);
    expect(await page.locator('.tv-page.is-active').getAttribute('data-page')).toBe('1');
    expect(await page.locator('.tv-page.is-active .tv-name').allTextContents()).toEqual(['生育登记', '城乡居民医保参保登记', '失业登记', '居住证申领', '老年人优待证', '最低生活保障申请']);
    const fits = await page.evaluate(() => ({
      page: document.documentElement.scrollHeight <= window.innerHeight,
      cards: Array.from(document.querySelectorAll<HTMLElement>('.tv-card')).every((card) => card.scrollHeight <= card.clientHeight + 1),
      nameSize: parseFloat(getComputedStyle(document.querySelector('.tv-name')!).fontSize),
    }));
    expect(fits.page && fits.cards).toBe(true);
    expect(fits.nameSize).toBeGreaterThanOrEqual(40);
    await page.waitForTimeout(700); // the fade-in
    await page.screenshot({ path: shot('catalog-tv') });
    await page.waitForFunction(() => document.querySelector('.tv-page.is-active')?.getAttribute('data-page') === '2', undefined, { timeout: 8000 });
    expect(await page.locator('#tv-page-no').textContent()).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an admin edits a material name (a failed save keeps what was typed) and the guide shows it', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/catalog`, { viewport: DESKTOP, allowStatus: [401, 422] });
    page.on('dialog', (dialog) => dialog.accept());
    await page.locator('#login[open]').waitFor();
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await page.locator('#items-body tr[data-code="JZZ"]').waitFor();
    expect(await page.locator('#items-body tr').count()).toBe(14);
    expect(await page.locator('#departments-body tr').count()).toBe(6);

    await page.locator('#items-body tr[data-code="JZZ"] .ac-item-link').click();
    await page.locator('#item-form:not([hidden])').waitFor();
    expect(await page.locator('#f-code').inputValue()).toBe('JZZ');
    expect(await page.locator('#f-code').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('#f-departments li').allTextContents()).toEqual([expect.stringContaining('社会治理办公室')]);
    expect(await page.locator('#materials tr').count()).toBe(3);
    expect(await page.locator('#steps tr').count()).toBe(3);

    const firstMaterial = page.locator('#materials tr').first().locator('[data-field="name"]');
    await firstMaterial.fill('居民身份证（在有效期内）');
    await page.locator('#f-promised-value').fill('99'); // longer than the statutory 15 working days
    await page.keyboard.press('Control+s');
    await page.locator('#problems:not([hidden])').waitFor();
    expect(await page.locator('#problems-list li').allTextContents()).toEqual([expect.stringContaining('不能超过法定时限')]);
    expect(await page.locator('#f-promised-value').getAttribute('aria-invalid')).toBe('true');
    expect(await firstMaterial.inputValue()).toBe('居民身份证（在有效期内）');
    expect(await page.locator('#dirty').isVisible()).toBe(true);
    await page.screenshot({ path: shot('catalog-admin-problems'), fullPage: true });

    await page.locator('#f-promised-value').fill('15');
    await page.locator('#add-material').click();
    const added = page.locator('#materials tr').last();
    expect(await added.locator('[data-field="code"]').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('COMMIT');
    await added.locator('[data-field="name"]').fill('居住承诺书');
    await added.locator('[data-field="required"]').uncheck();
    await page.locator('#save').click();
    await page.locator('#message', { hasText: '已保存' }).waitFor();
    expect(await page.locator('#problems').isHidden()).toBe(true);
    expect(await page.locator('#dirty').isHidden()).toBe(true);
    expect(await page.locator('#materials tr').count()).toBe(4);
    await page.screenshot({ path: shot('catalog-admin'), fullPage: true });

    const guide = await context.newPage();
    await guide.goto(`${t.url}/catalog/items/JZZ`);
    expect(await guide.locator('#materials tbody tr .m-name').first().textContent()).toBe('居民身份证（在有效期内）');
    expect(await guide.locator('#materials tr[data-code="COMMIT"] .m-tags').textContent()).toBe('非必需');

    // withdraw an item: it leaves the public list; republish it
    await page.locator('#toggle-active').click();
    await page.locator('#editor-state', { hasText: '已停用' }).waitFor();
    expect(await page.locator('#items-body tr[data-code="JZZ"]').getAttribute('class')).toContain('is-inactive');
    expect((await t.http().get('/api/v1/catalog/items/JZZ')).status).toBe(404);
    await page.locator('#toggle-active').click();
    await page.locator('#editor-state', { hasText: '已发布' }).waitFor();
    expect((await t.http().get('/api/v1/catalog/items/JZZ')).status).toBe(200);

    // a department added here is offered in the editor at once
    await page.locator('#d-code').fill('MZ');
    await page.locator('#d-name').fill('民政服务站');
    await page.locator('#department-form button[type="submit"]').click();
    await page.locator('#departments-body tr', { hasText: 'MZ' }).waitFor();
    expect(await page.locator('#f-add-department option').allTextContents()).toContain('MZ 民政服务站');

    // a new item: the template, a department from the list, saved and published
    await page.locator('#new-item').click();
    expect(await page.locator('#f-code').evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('MZZX');
    await page.locator('#f-name').fill('民政政策咨询');
    await page.locator('#f-add-department').selectOption('MZ');
    await page.locator('#save').click();
    await page.locator('#message', { hasText: '已保存：民政政策咨询（MZZX）' }).waitFor();
    await page.locator('#items-body tr[data-code="MZZX"].is-current').waitFor();
    expect(await page.locator('#f-code').getAttribute('readonly')).not.toBeNull();
    expect((await t.http().get('/api/v1/catalog/items/MZZX').expect(200)).body).toMatchObject({ kind: 'promised', departments: [{ code: 'MZ', name: '民政服务站' }], pinyinInitials: 'MZZCZX' });

    expect(errors.filter((e) => !e.includes('422'))).toEqual([]);
    await context.close();
  });

  const codes = (page: Page) => page.locator('#materials [data-field="code"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const focused = (page: Page) => page.evaluate(() => [document.activeElement?.getAttribute('aria-label') ?? '', (document.activeElement as HTMLInputElement | null)?.value ?? '']);

  it('the admin list filters with the catalogue search, moves and removes rows and departments, and checks the item rules before saving', async () => {
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
    await page.locator('#items-body tr[data-code="CJBT"]').waitFor();

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
