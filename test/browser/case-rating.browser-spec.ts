import { Browser } from 'playwright-core';
import { deliveredJzz, rows } from '../support/evaluation-helpers';
import { TestApp } from '../support/test-app';
import { openPage, PHONE, shot, useAppAndBrowser } from './support/browser';

describe('一事一评 on the resident case page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('asks for a rating once the case is delivered, records a bad one with its comment and opens a rectification', async () => {
    const c = await deliveredJzz(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/c/${c.caseNumber}?code=${c.queryCode}`, { viewport: PHONE, isMobile: true });
    await page.locator('#cq-rating:not([hidden]) .rt-btn[data-score="2"]').waitFor({ timeout: 10000 });
    await page.locator('#cq-rating .rt-btn[data-score="2"]').click();
    await page.locator('#cq-rating textarea').fill('材料说明不清楚，跑了两次');
    await page.locator('#cq-rating .rt-submit').click();
    await page.locator('#cq-rating .rt-thanks-title').waitFor({ timeout: 10000 });
    await page.screenshot({ path: shot('case-rating-thanks'), fullPage: true });
    const [stored] = await rows(t, 'SELECT e.score, e.comment, r.departmentCode FROM evaluations e JOIN rectifications r ON r.evaluationId = e.id WHERE e.caseId = ?', [c.id]);
    expect(stored).toEqual({ score: 2, comment: '材料说明不清楚，跑了两次', departmentCode: 'ZL' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers no rating while the case is still open', async () => {
    const res = await t.http().get('/c/TC202611230099').query({ code: 'ABCDEF' });
    expect(res.status).toBe(404);
    const clerk = await t.login('clerk1');
    const open = await t.http().post('/api/v1/cases').set('Authorization', `Bearer ${clerk}`).send({
      hall: 'TC', serviceItemCode: 'JZZ', decision: 'accept', applicant: { name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' },
      materials: [{ code: 'ID', status: 'provided' }, { code: 'PHOTO', status: 'provided' }, { code: 'RESIDENCE', status: 'provided' }],
    }).expect(201);
    const html = await t.http().get(`/c/${open.body.caseNumber}`).query({ code: open.body.queryCode }).expect(200);
    expect(html.text).not.toContain('cq-rating');
  });
});
