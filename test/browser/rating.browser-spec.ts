import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { pairingCode } from '../support/device-helpers';
import { deliveredJzz, rate, rows } from '../support/evaluation-helpers';
import { DESKTOP, openPage, PHONE, queueApi, shot, useAppAndBrowser, waitForText } from './support/browser';

const TABLET = { width: 1280, height: 800 };

describe('好差评 pages: the window pad, the ticket status page, the rectification desk', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const visible = (page: Page, selector: string) => page.locator(`${selector}:not([hidden])`).waitFor({ timeout: 10000 });
  /** The pad pairs once with a code from the admin (typed into its pairing form). */
  const pairPad = async (page: Page, n: number) => {
    await visible(page, '#pad-pair');
    await page.locator('#pad-pair-code').fill((await pairingCode(t, 'pad', n)).pairingCode);
    await page.locator('#pad-pair-submit').click();
    await visible(page, '#pad-idle');
  };

  it('the pad asks after each finished service, records a tap, thanks and resets by itself', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/pad/TC/2`, { viewport: TABLET });
    await visible(page, '#pad-pair');
    expect(await page.locator('.pad-window').textContent()).toBe('2号综合窗口');
    expect(await page.locator('input[type="password"]').count()).toBe(0); // never a password form
    await page.screenshot({ path: shot('rating-pad-pairing') });
    await pairPad(page, 2);
    await waitForText(page, '#pad-idle-title', '欢迎光临');
    await page.locator('.pad-conn-live').waitFor({ timeout: 10000 });
    await page.screenshot({ path: shot('rating-pad-idle') });

    // a clerk serves A001 at window 2 through the API: the pad turns to the faces by itself
    await api.issue('A');
    await api.window('clerk2', 2, 'open');
    await api.window('clerk2', 2, 'call-next');
    await api.window('clerk2', 2, 'start');
    await api.window('clerk2', 2, 'finish');
    await visible(page, '#pad-rate');
    await waitForText(page, '#pad-number', '您的号码 A001');
    expect(await page.locator('.rt-btn .rt-label').allTextContents()).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    await page.screenshot({ path: shot('rating-pad-faces') });

    // a bad review asks for a comment first
    await page.locator('.rt-btn[data-score="1"]').click();
    await page.locator('.rt-comment').fill('等了很久，窗口态度也不好');
    await page.screenshot({ path: shot('rating-pad-comment') });
    await page.locator('.rt-submit').click();
    await waitForText(page, '.rt-thanks-title', '感谢您的评价！');
    expect(await page.locator('.rt-thanks-detail').textContent()).toContain('5 个工作日');
    await page.screenshot({ path: shot('rating-pad-thanks') });
    const [stored] = await rows(t, "SELECT e.score, e.comment, e.source, e.windowNumber, r.ownerType, r.windowNumber AS ownerWindow FROM evaluations e JOIN rectifications r ON r.evaluationId = e.id");
    expect(stored).toEqual({ score: 1, comment: '等了很久，窗口态度也不好', source: 'pad', windowNumber: 2, ownerType: 'window', ownerWindow: 2 });

    // after the thank-you the pad goes back to the welcome screen on its own
    await visible(page, '#pad-idle');

    // the next resident taps a good face: recorded at once, no comment asked
    await api.issue('B');
    await api.window('clerk2', 2, 'call-next');
    await api.window('clerk2', 2, 'start');
    await api.window('clerk2', 2, 'finish');
    await waitForText(page, '#pad-number', '您的号码 B001');
    await page.locator('.rt-btn[data-score="5"]').click();
    await waitForText(page, '.rt-thanks-detail', '您的评价：非常满意');
    expect((await rows(t, "SELECT score, source FROM evaluations ORDER BY id"))).toEqual([{ score: 1, source: 'pad' }, { score: 5, source: 'pad' }]);
    expect(await page.locator('body').innerText()).not.toMatch(/null|undefined/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the pad goes back to welcome when the next resident is called without a rating', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/pad/TC/3`, { viewport: TABLET });
    await pairPad(page, 3);
    await api.issue('C');
    await api.issue('C');
    await api.window('clerk3', 3, 'open');
    await api.window('clerk3', 3, 'call-next');
    await api.window('clerk3', 3, 'start');
    await api.window('clerk3', 3, 'finish');
    await visible(page, '#pad-rate');
    await api.window('clerk3', 3, 'call-next'); // the resident left without rating
    await visible(page, '#pad-idle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses an unknown code, and a code of another window’s pad', async () => {
    const { page, context } = await openPage(browser, `${t.url}/pad/TC/1`, { viewport: TABLET, allowStatus: [404] });
    await visible(page, '#pad-pair');
    await page.locator('#pad-pair-code').fill('ABCDEFGH');
    await page.locator('#pad-pair-code').press('Enter');
    await waitForText(page, '#pad-pair-error', '配对码无效、已过期或已使用，请向管理员索取新的配对码');
    await page.locator('#pad-pair-code').fill((await pairingCode(t, 'pad', 4)).pairingCode);
    await page.locator('#pad-pair-submit').click();
    await waitForText(page, '#pad-pair-error', '这个配对码不属于本窗口的评价器');
    expect(await page.locator('#pad-idle').isHidden()).toBe(true);
    await context.close();
  });

  it('is a friendly 404 for a window the hall does not have', async () => {
    const res = await t.http().get('/pad/TC/99').expect(404);
    expect(res.text).toContain('窗口 99 不存在');
  });

  it('the ticket status page offers the rating once the ticket is done, and remembers it', async () => {
    const api = queueApi(t);
    const mine = await api.issue('D');
    const url = `${t.url}/t/${mine.id}?token=${mine.statusToken}`;
    const { page, errors, context } = await openPage(browser, url, { viewport: PHONE, isMobile: true });
    await page.locator('#tp-card:not([hidden])').waitFor();
    expect(await page.locator('#tp-rating').isHidden()).toBe(true);
    await page.locator('.tp-conn-live').waitFor();
    await api.window('clerk4', 4, 'open');
    await api.window('clerk4', 4, 'call-next');
    await api.window('clerk4', 4, 'start');
    await api.window('clerk4', 4, 'finish');
    await waitForText(page, '#tp-title', '已办结');
    await visible(page, '#tp-rating');
    await page.locator('#tp-rating .rt-btn[data-score="4"]').waitFor();
    await page.screenshot({ path: shot('rating-status-ask'), fullPage: true });
    expect(await page.locator('#tp-rating').innerText()).not.toMatch(/null|undefined/);
    await page.locator('#tp-rating .rt-btn[data-score="4"]').click();
    await waitForText(page, '#tp-rating .rt-thanks-title', '感谢您的评价！');
    await page.screenshot({ path: shot('rating-status-thanks'), fullPage: true });
    const [stored] = await rows(t, 'SELECT score, source, windowNumber FROM evaluations WHERE ticketId = ?', [mine.id]);
    expect(stored).toEqual({ score: 4, source: 'resident', windowNumber: 4 });

    await page.reload();
    await waitForText(page, '#tp-rating .rt-rated', '您已评价：满意');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the rectification desk lists the bad review with its light and walks it through the loop', async () => {
    const c = await deliveredJzz(t);
    const bad = await rate(t, { caseNumber: c.caseNumber, code: c.queryCode, score: 1, comment: '跑了三趟才办好' }).expect(201);
    const { page, errors, context } = await openPage(browser, `${t.url}/rectifications`, { viewport: DESKTOP });
    await page.locator('#rf-login-user').fill('head-zl'); // the department's head verifies and closes; its officers work the task
    await page.locator('#rf-login-pass').fill('demo1234');
    await page.locator('#rf-login-form button').click();
    await visible(page, '#rf-work');
    const item = page.locator(`.rf-item[data-id="${bad.body.rectificationId}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('跑了三趟才办好');
    expect(await item.locator('.rf-light').textContent()).toBe('正常');
    await item.click();
    await waitForText(page, '.rf-detail-head h2', `整改任务 #${bad.body.rectificationId}`);
    expect(await page.locator('.rf-act').allTextContents()).toEqual(['核实', '申诉']);
    expect(await page.locator('.rf-contact').textContent()).toContain('13800138000');
    await page.screenshot({ path: shot('rating-rectification-open'), fullPage: true });

    for (const [action, label, note] of [['verify', '核实', '经核实，材料流转延误属实'], ['rectify', '整改', '已调整流转，专人跟踪'], ['reply', '回复群众', '已电话说明并致歉']]) {
      await page.locator(`.rf-act-${action}`).click();
      await page.locator('.rf-note').fill(note);
      await page.locator('.rf-submit').click();
      await page.locator('.rf-trail li', { hasText: note }).waitFor();
      expect(await page.locator('.rf-trail li').last().textContent()).toContain(label);
    }
    await page.locator('.rf-act-revisit').click();
    await page.locator('.rf-note').fill('回访群众，表示满意');
    await page.locator('#rf-satisfied').check();
    await page.locator('.rf-submit').click();
    await waitForText(page, '.rf-detail-head .rf-status', '已办结');
    expect(await page.locator('.rf-result').textContent()).toContain('回访：群众表示满意');
    await page.screenshot({ path: shot('rating-rectification-closed'), fullPage: true });
    expect(await page.locator('#rf-detail').innerText()).not.toMatch(/null|undefined/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
