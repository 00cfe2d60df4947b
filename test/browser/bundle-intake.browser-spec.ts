import { Browser } from 'playwright-core';
import { createTestApp, TestApp } from '../support/test-app';
import { DESKTOP, launchChromium, openPage, PHONE, shot, waitForText } from './support/browser';

describe('一件事一次办 at the window and on the resident\'s phone', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://tc.example.cn' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the clerk files 新生儿出生一件事 once: one set of materials, a receipt with each part; the resident sees the bundle and each part', async () => {
    const clerk = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP });
    const c = clerk.page;
    await c.locator('#login-user').fill('clerk1');
    await c.locator('#login-pass').fill('demo1234');
    await c.locator('#login-form button').click();
    await c.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await c.locator('#cs-work:not([hidden])').waitFor();
    await c.keyboard.press('a');
    await c.locator('#case-panel[open]').waitFor();

    // the picker shows the bundle with its parts
    await c.locator('#ci-q').pressSequentially('xsecs', { delay: 30 });
    await c.locator('#ci-results li[data-code="XSECS"].active', { hasText: '含 生育登记、城乡居民医保参保登记、出生户口登记' }).waitFor();
    await c.keyboard.press('Enter');
    await waitForText(c, '#ci-item-name', '新生儿出生一件事');
    await waitForText(c, '#ci-item-kind', '一件事');
    await c.locator('#ci-item-parts', { hasText: '一件事，分 3 项办理：生育登记（公共服务办公室 · 当场办结）' }).waitFor();
    expect(await c.locator('#ci-item-parts [data-part]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.part))).toEqual(['SYDJ', 'YBCB', 'CSHK']);
    // the union of the materials, each once, with the parts that use it
    expect(await c.locator('#ci-material-rows tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.material))).toEqual(['ID', 'HUKOU', 'MARRIAGE', 'BIRTH']);
    await c.locator('#ci-material-rows tr[data-material="BIRTH"]', { hasText: '用于 城乡居民医保参保登记、出生户口登记' }).waitFor();
    expect(await c.locator('[data-decision="complete"]').isHidden()).toBe(true); // one part is promised: 受理
    await c.locator('#ci-all-provided').click();
    await c.locator('#ci-name').fill('张小三');
    await c.locator('#ci-id').fill('33010619900101123X');
    await c.locator('#ci-phone').fill('13800138000');
    expect(await c.locator('[data-decision="accept"]').isEnabled()).toBe(true);
    await c.screenshot({ path: shot('bundle-console-intake') });
    await c.locator('[data-decision="accept"]').click();

    // the receipt lists each part with its own number; the immediate ones are done already
    await waitForText(c, '#cr-number', 'TC202611230001');
    const parts = (await c.locator('#cr-facts [data-fact="分项办理"]').textContent())!;
    expect(parts).toContain('生育登记 TC202611230002 已送达');
    expect(parts).toContain('城乡居民医保参保登记 TC202611230003 已送达');
    expect(parts).toMatch(/出生户口登记 TC202611230004 承诺 \d{4}-\d{2}-\d{2} 办结/);
    const queryCode = (await c.locator('#cr-facts [data-fact="查询码"]').textContent())!.trim();
    await c.screenshot({ path: shot('bundle-console-receipt') });
    // 查件 (F4): the bundle's case lists its parts; a part opens and names its bundle
    await c.keyboard.press('F4');
    await c.locator('#lk-q').fill('TC202611230001');
    await c.keyboard.press('Enter');
    await c.locator('#lk-parts [data-part="TC202611230004"]').waitFor();
    expect(await c.locator('#lk-parts [data-part]').count()).toBe(3);
    await c.locator('#lk-parts [data-part="TC202611230004"]').click();
    await waitForText(c, '.lk-number', 'TC202611230004');
    await c.locator('#lk-bundle', { hasText: '一件事「新生儿出生一件事」' }).waitFor();
    expect(clerk.errors).toEqual([]);

    // the ZL officer's inbox holds the promised part, named as a part of the bundle; the bundle's case is no one's work
    const officer = await openPage(browser, `${t.url}/inbox`, { viewport: DESKTOP });
    const o = officer.page;
    await o.locator('#ib-login-user').fill('officer-zl');
    await o.locator('#ib-login-pass').fill('demo1234');
    await o.locator('#ib-login-form button').click();
    await o.waitForURL(/\/inbox\/ZL$/);
    await o.locator('#ib-rows tr[data-number="TC202611230004"]').waitFor();
    expect(await o.locator('#ib-rows tr[data-number="TC202611230001"]').count()).toBe(0);
    await o.locator('#ib-rows tr[data-number="TC202611230004"]').click();
    await waitForText(o, '#dr-item', '出生户口登记 · 承诺件 · 一件事「新生儿出生一件事」的一项');
    expect(officer.errors).toEqual([]);

    // the resident's status page: the bundle, then each part with its status
    const resident = await openPage(browser, `${t.url}/c/TC202611230001?code=${queryCode}`, { viewport: PHONE, isMobile: true });
    const r = resident.page;
    await waitForText(r, '#cq-item', '新生儿出生一件事');
    const rows = await r.locator('#cq-parts .cq-part').allTextContents();
    expect(rows.map((x) => x.replace(/\s+/g, ''))).toEqual([
      '生育登记已送达', '城乡居民医保参保登记已送达', expect.stringMatching(/^出生户口登记已受理，待部门办理承诺\d{4}-\d{2}-\d{2}前办结$/),
    ]);
    expect(await r.locator('#cq-timeline li p').allTextContents()).toContain('一件事分 3 项办理：生育登记、城乡居民医保参保登记、出生户口登记');
    await r.screenshot({ path: shot('bundle-resident-phone'), fullPage: true });
    // a part's own page, by the link
    await r.locator('#cq-parts a', { hasText: '出生户口登记' }).click();
    await waitForText(r, '#cq-item', '出生户口登记');
    expect(await r.locator('#cq-parts').count()).toBe(0);
    // the public guide of the bundle: its parts and which of them use each material
    await r.goto(`${t.url}/catalog/items/XSECS`);
    expect(await r.locator('#parts li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.code))).toEqual(['SYDJ', 'YBCB', 'CSHK']);
    await r.locator('#materials tr[data-code="BIRTH"]', { hasText: '用于 城乡居民医保参保登记、出生户口登记' }).waitFor();
    await r.screenshot({ path: shot('bundle-guide-phone'), fullPage: true });
    expect(resident.errors).toEqual([]);
    await Promise.all([clerk.context.close(), officer.context.close(), resident.context.close()]);
  });
});
