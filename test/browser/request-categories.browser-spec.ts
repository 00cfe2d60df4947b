import { Browser, Page } from 'playwright-core';
import { bearer, TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, shot, useAppAndBrowser, waitForText } from './support/browser';

// Issue 12: an admin sets 接诉即办's categories and hours from a page; residents report with what is active.
describe('admin: request categories and their hours', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const banner = (page: Page, contains: string) => page.locator('#message:not([hidden])', { hasText: contains }).waitFor({ timeout: 10000 });
  const row = (page: Page, code: string) => page.locator(`#categories-body tr[data-code="${code}"]`);

  it('edits 安全隐患 to half hours (a response after the handling shown live), adds 路面积水, deactivates 噪音扰民; the report page follows', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/admin/request-categories`, { viewport: DESKTOP });
    page.on('dialog', (d) => void d.accept());
    await page.locator('#login[open]').waitFor();
    await page.locator('#login-pass').fill('demo1234');
    await page.locator('#login-form button[type="submit"]').click();
    await row(page, 'AQ').waitFor();
    expect(await row(page, 'AQ').locator('td').allTextContents()).toEqual(expect.arrayContaining(['安全隐患', '综合巡查大队', '1 小时', '2 小时', '启用']));
    expect(await row(page, 'LL').locator('[data-handle]').textContent()).toBe('72 小时（3 天）');

    // edit: the problem shows as it is typed, and goes once the hours are sound
    await row(page, 'AQ').locator('[data-edit]').click();
    await waitForText(page, '#category-form-title', '编辑诉求类别：安全隐患（AQ）');
    expect(await page.locator('#c-code').getAttribute('readonly')).not.toBeNull();
    await page.locator('#c-response').fill('3');
    await page.locator('#c-handle').fill('2');
    await waitForText(page, '#c-problems', '响应时限不能长于办结时限');
    expect(await page.locator('#c-response').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#category-save').click();
    await page.locator('#category-error:not([hidden])', { hasText: '响应时限不能长于办结时限' }).waitFor();
    await page.screenshot({ path: shot('admin-request-categories-problem'), fullPage: true });
    await page.locator('#c-response').fill('0.5');
    await page.locator('#c-handle').fill('1.5');
    await waitForText(page, '#c-problems', '');
    await page.locator('#category-save').click();
    await banner(page, '已保存诉求类别：安全隐患（AQ）');
    await waitForText(page, '#categories-body tr[data-code="AQ"] [data-response]', '0.5 小时');
    expect(await row(page, 'AQ').locator('[data-handle]').textContent()).toBe('1.5 小时');

    // add
    await page.locator('#new-category').click();
    await waitForText(page, '#category-form-title', '新建诉求类别');
    await page.locator('#c-code').fill('js');
    await page.locator('#c-name').fill('路面积水');
    await page.locator('#c-department').selectOption('FZ');
    await page.locator('#c-response').fill('1');
    await page.locator('#c-handle').fill('6');
    await page.locator('#category-save').click();
    await banner(page, '已保存诉求类别：路面积水（JS）');
    await row(page, 'JS').waitFor();
    expect(await row(page, 'JS').locator('td').allTextContents()).toEqual(expect.arrayContaining(['JS', '路面积水', '区域发展办公室', '1 小时', '6 小时', '启用']));

    // deactivate (confirmed)
    await row(page, 'ZY').locator('[data-toggle]').click();
    await banner(page, '已停用诉求类别：噪音扰民（ZY）');
    await waitForText(page, '#categories-body tr[data-code="ZY"] .ac-status', '已停用');
    expect(await row(page, 'ZY').locator('[data-toggle]').textContent()).toBe('启用');
    await page.screenshot({ path: shot('admin-request-categories'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();

    // the resident's report page offers the new category and not the deactivated one
    const resident = await openPage(browser, `${t.url}/requests/new?hall=TC`, { viewport: PHONE, isMobile: true });
    await resident.page.locator('.rq-choice').first().waitFor();
    const choices = (await resident.page.locator('.rq-choice').allTextContents()).map((s) => s.trim());
    expect(choices.some((c) => c.includes('路面积水'))).toBe(true);
    expect(choices.some((c) => c.includes('噪音扰民'))).toBe(false);
    expect(choices.some((c) => c.includes('安全隐患'))).toBe(true);
    expect(resident.errors).toEqual([]);
    await resident.context.close();

    const audit = (await t.http().get('/api/v1/audit?subjectType=request_category').set(bearer(await t.login('admin'))).expect(200)).body as Array<{ action: string; subjectId: string }>;
    expect(audit.map((a) => [a.action, a.subjectId])).toEqual([['request_category.deactivate', 'ZY'], ['request_category.create', 'JS'], ['request_category.update', 'AQ']]);
  });
});
