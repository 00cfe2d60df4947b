import { Browser } from 'playwright-core';
import { issue, openWindow, windowAction } from '../support/queue-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, downloadBytes, openPage, signInAs, useAppAndBrowser, waitForText } from './support/browser';

describe('考核排名 (/reports/ranking)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  async function serve(username: string, n: number, visits: number, minutes: number) {
    const token = await openWindow(t, username, n);
    for (let i = 0; i < visits; i++) {
      await issue(t, { queueCode: 'A' }).expect(201);
      await windowAction(t, token, n, 'call-next').expect(200);
      await windowAction(t, token, n, 'start').expect(200);
      t.clock.advance(minutes * 60_000);
      await windowAction(t, token, n, 'finish').expect(200);
    }
  }

  it('an admin pages to the month, downloads the list, and re-weighs it from the dialog; a supervisor cannot', async () => {
    // November (the test clock's month): clerk1 2 visits of 6 min, clerk2 3 of 10 min, no ratings.
    // Default weights (served 30, bad reviews 20, minutes 10; satisfaction has no figure):
    //  clerk1 (0·30 + 100·20 + 100·10) / 60 = 50; clerk2 (100·30 + 100·20 + 0·10) / 60 = 83.33
    await serve('clerk1', 1, 2, 6);
    await serve('clerk2', 2, 3, 10);

    const { page, errors, context } = await openPage(browser, `${t.url}/reports/ranking`, { viewport: DESKTOP });
    await signInAs(page, 'rk-login', 'admin');
    await waitForText(page, '#rk-range', /2026年10月/);
    expect(await page.locator('#rk-staff-empty').isVisible()).toBe(true);

    await page.keyboard.press('ArrowRight');
    await waitForText(page, '#rk-range', /2026年11月/);
    const first = page.locator('#rk-staff tbody tr').first();
    await waitForText(page, '#rk-staff tbody tr:first-child td:nth-child(2)', '综合受理员二');
    expect((await first.locator('td').allTextContents()).slice(0, 6)).toEqual(['1', '综合受理员二', 'clerk2', '83.33', '3', '100.0']);
    expect((await page.locator('#rk-staff tbody tr').nth(1).locator('td').allTextContents()).slice(0, 4)).toEqual(['2', '综合受理员一', 'clerk1', '50.00']);
    expect(await page.locator('#rk-staff-chart svg').count()).toBe(1);
    expect(await page.locator('#rk-staff thead th').nth(5).textContent()).toBe('办件量得分(权重30)');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('c')]);
    expect(csv.suggestedFilename()).toBe('考核排名_TC_2026-11.csv');
    const text = (await downloadBytes(csv)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`${(await first.locator('td').allTextContents()).join(',')}\r\n`);

    // the weights: an all-zero set is refused in the browser by the server's rule, nothing is sent
    await page.keyboard.press('w');
    const dialog = page.locator('#rk-weights');
    await dialog.waitFor();
    const weight = (target: string, key: string) => page.locator(`#rk-weights input[data-target="${target}"][data-key="${key}"]`);
    expect(await weight('staff', 'served').inputValue()).toBe('30');
    for (const key of ['served', 'satisfactionShare', 'badReviews', 'averageServiceMinutes']) await weight('staff', key).fill('0');
    await page.keyboard.press('Control+Enter');
    await waitForText(page, '#rk-weights-error', '人员：至少一项权重须大于 0');
    expect(await dialog.isVisible()).toBe(true);

    // 恢复默认, then served 0: clerk1 (100·20 + 100·10) / 30 = 100; clerk2 (100·20) / 30 = 66.67
    await page.locator('#rk-weights-defaults').click();
    expect(await weight('staff', 'badReviews').inputValue()).toBe('20');
    await weight('staff', 'served').fill('0');
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    await waitForText(page, '#rk-staff tbody tr:first-child td:nth-child(2)', '综合受理员一');
    expect((await first.locator('td').allTextContents()).slice(0, 4)).toEqual(['1', '综合受理员一', 'clerk1', '100.00']);
    expect(await page.locator('#rk-staff thead th').nth(5).textContent()).toBe('办件量得分(权重0)');
    const settings = (await t.http().get('/api/v1/reports/ranking/weights').set('Authorization', `Bearer ${await t.login('admin')}`).expect(200)).body;
    expect(settings.staff.map((c: { weight: number }) => c.weight)).toEqual([0, 40, 20, 10]);
    expect(errors).toEqual([]);
    await context.close();

    const sup = await openPage(browser, `${t.url}/reports/ranking`, { viewport: DESKTOP });
    await signInAs(sup.page, 'rk-login', 'supervisor');
    await waitForText(sup.page, '#rk-range', /2026年10月/);
    expect(await sup.page.locator('#rk-weights-open').isVisible()).toBe(false);
    await sup.page.keyboard.press('w');
    expect(await sup.page.locator('#rk-weights').isVisible()).toBe(false);
    expect(sup.errors).toEqual([]);
    await sup.context.close();
  });
});
