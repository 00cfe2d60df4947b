import { tmpdir } from 'os';
import { join } from 'path';
import { Browser, BrowserContext, chromium, Download, Page } from 'playwright-core';
import { bearer, createTestApp, TestApp } from '../../support/test-app';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export const TV = { width: 1920, height: 1080 };
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and console errors seen so far; a page should have none. */
  errors: string[];
}

/** A fresh context (own storage) and page that records script errors. */
export async function openPage(browser: Browser, url: string, options: { viewport?: { width: number; height: number }; isMobile?: boolean; init?: () => void; allowStatus?: number[] } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, isMobile: options.isMobile, hasTouch: options.isMobile, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !options.allowStatus?.includes(r.status())) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  if (options.init) await page.addInitScript(options.init);
  await page.goto(url);
  return { context, page, errors };
}

/** Where screenshots go for a person to look at. */
export function shot(name: string): string {
  return join(tmpdir(), `onewindow-${name}.png`);
}

/** Queue operations through the public API, as a kiosk and a clerk would do them. */
export function queueApi(t: TestApp, hall = 'TC') {
  return {
    async issue(queueCode: string, extra: Record<string, string> = {}) {
      const res = await t.http().post(`/api/v1/halls/${hall}/tickets`).send({ queueCode, ...extra }).expect(201);
      return res.body as { id: number; number: string; statusToken: string };
    },
    async window(clerk: string, n: number, action: string, body?: object) {
      const token = await t.login(clerk);
      const res = await t.http().post(`/api/v1/halls/${hall}/windows/${n}/${action}`).set(bearer(token)).send(body ?? {});
      if (res.status >= 300) throw new Error(`${action} on window ${n}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { window: { status: string }; ticket: { number: string; status: string } | null };
    },
  };
}

/** The demo app on a free port and one Chromium for a describe block, both closed after it. */
export function useAppAndBrowser(take: (t: TestApp, browser: Browser) => void): void {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const app = await createTestApp();
    t = app;
    browser = await launchChromium();
    take(app, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
}

/** Waits until the element's trimmed text is `expected` (or matches it). */
export function waitForText(page: Page, selector: string, expected: string | RegExp, timeout = 10000) {
  return page.waitForFunction(
    ([s, x, isRegex]) => {
      const got = document.querySelector(s)?.textContent?.trim() ?? '';
      return isRegex ? new RegExp(x).test(got) : got === x;
    },
    [selector, expected instanceof RegExp ? expected.source : expected, expected instanceof RegExp] as const,
    { timeout },
  );
}

/** Signs in through a page's sign-in partial (`#{id}`, `#{id}-user`, `#{id}-pass`, `#{id}-form`) as a demo account. */
export async function signInAs(page: Page, id: string, user: string, password = 'demo1234'): Promise<void> {
  await page.locator(`#${id}:not([hidden])`).waitFor();
  await page.locator(`#${id}-user`).fill(user);
  await page.locator(`#${id}-pass`).fill(password);
  await page.locator(`#${id}-form button[type=submit]`).click();
}

/** The bytes of a download the page started (an export). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
