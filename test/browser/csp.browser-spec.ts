import { Browser, Page } from 'playwright-core';
import { acceptedJzz } from '../support/case-helpers';
import { TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, queueApi, TV, useAppAndBrowser, waitForText } from './support/browser';
import { installFakeSpeechAndAudio } from './support/fakes';

/** Records every Content-Security-Policy violation of the page (and of its frames) in window.__csp. */
function recordViolations(): void {
  const w = window as unknown as { __csp: string[] };
  w.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
}

// Issue 10, Deliver 5: the strict page policy (src/web/security-headers.ts) must not break a page.
describe('the pages run under their Content-Security-Policy', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  // openPage serialises its init function: both recorders are inlined into one
  const init = new Function(`(${recordViolations.toString()})(); (${installFakeSpeechAndAudio.toString()})();`) as () => void;

  async function check(url: string, exercise: (page: Page) => Promise<void>, viewport = DESKTOP, allowStatus?: number[]) {
    const { page, errors, context } = await openPage(browser, `${t.url}${url}`, { viewport, init, allowStatus });
    await exercise(page);
    expect({ url, violations: await violations(page), errors }).toEqual({ url, violations: [], errors: [] });
    await context.close();
  }

  async function signIn(page: Page, prefix: string, user: string) {
    await page.locator(`#${prefix}-user`).fill(user);
    await page.locator(`#${prefix}-pass`).fill('demo1234');
    await page.locator(`#${prefix}-form button[type="submit"], #${prefix}-form button`).first().click();
  }

  it('console: sign in, window, a ticket, the intake panel and its item search', async () => {
    await queueApi(t).issue('A');
    await check('/console/TC?window=1', async (c) => {
      await signIn(c, 'login', 'clerk1');
      await c.locator('#cs-work:not([hidden])').waitFor();
      await c.keyboard.press('o');
      await waitForText(c, '#w-status', '服务中');
      await c.keyboard.press('F1');
      await waitForText(c, '#tc-status', '已叫号');
      await c.keyboard.press('F2');
      await c.locator('#ci-q').pressSequentially('jzz', { delay: 20 });
      await c.locator('#ci-results li[data-code="JZZ"]').waitFor();
      await c.keyboard.press('Enter');
      await c.locator('#ci-material-rows tr').first().waitFor();
      await c.keyboard.press('F3');
      await c.locator('#pk-rows').waitFor({ state: 'attached' });
    });
  });

  it('kiosk: a ticket with its QR code, over the realtime socket', async () => {
    await check('/kiosk/TC', async (k) => {
      await k.locator('.queue-btn[data-queue="A"]').click();
      await k.locator('#result:not([hidden])').waitFor();
      await k.waitForFunction(() => (document.querySelector('#t-qr') as HTMLImageElement).naturalWidth > 0);
    });
  });

  it('board: live over the socket, a call spoken', async () => {
    await check('/board/TC', async (b) => {
      await b.locator('#conn.conn-live').waitFor();
      await queueApi(t).issue('B');
      await queueApi(t).window('clerk2', 2, 'open');
      await queueApi(t).window('clerk2', 2, 'call-next');
      await b.waitForFunction(() => (window as unknown as { __audio: unknown[] }).__audio.length > 0, undefined, { timeout: 10000 });
    }, TV);
  });

  it('admin: signed in, the halls page', async () => {
    await check('/admin/halls', async (a) => {
      await a.locator('#login[open]').waitFor();
      await a.locator('#login-user').fill('admin');
      await a.locator('#login-pass').fill('demo1234');
      await a.locator('#login-form button[type="submit"]').click();
      await a.locator('#login').waitFor({ state: 'hidden' });
      await a.locator('#halls-body tr[data-hall="TC"] button').click();
      await a.locator('#hall-detail:not([hidden])').waitFor();
    });
  });

  it('supervision: signed in, the charts', async () => {
    await check('/supervision', async (s) => {
      await s.locator('#sv-login:not([hidden])').waitFor();
      await signIn(s, 'sv-login', 'supervisor');
      await s.locator('#sv-main:not([hidden])').waitFor();
      await s.locator('svg').first().waitFor();
    });
  });

  it('the resident’s case page and ticket page, on a phone', async () => {
    const c = await acceptedJzz(t);
    await check(`/c/${c.caseNumber}?code=${c.queryCode}`, async (r) => {
      await waitForText(r, '#cq-item', '居住证申领');
    }, PHONE);
    const ticket = await queueApi(t).issue('C');
    await check(`/t/${ticket.id}?token=${ticket.statusToken}`, async (r) => {
      await waitForText(r, '#tp-number', ticket.number);
    }, PHONE);
  });
});
