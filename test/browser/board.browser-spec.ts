import { Browser } from 'playwright-core';
import { HallSequence } from '../../src/queue/hall-sequence';
import { RealtimeGateway } from '../../src/realtime/realtime.gateway';
import { TestApp } from '../support/test-app';
import { openPage, queueApi, shot, TV, useAppAndBrowser } from './support/browser';
import { countSubscribes, installFakeSpeechAndAudio, installNoSpeechFakeAudio } from './support/fakes';

type AudioEntry = { kind: string; text?: string; at: number; end?: number };

describe('hall board page', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('shows a call made through the API live, without a reload', async () => {
    const api = queueApi(t);
    await api.issue('A');
    await api.issue('C');
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV });
    await page.locator('#conn.conn-live').waitFor();
    await expectText(page, '[data-waiting="A"]', '1');

    await api.window('clerk1', 3, 'open');
    const called = await api.window('clerk1', 3, 'call-next');
    expect(called.ticket?.number).toBe('A001');

    await expectText(page, '#now-number', 'A001');
    await expectText(page, '#now-window', '请到 3号综合窗口');
    await expectText(page, '#now-sentence', '请 A001 号到 3 号窗口办理');
    await expectText(page, '.win[data-window="3"] .win-num', 'A001');
    await expectText(page, '[data-waiting="A"]', '0');
    await expect(page.locator('#now').getAttribute('class')).resolves.toContain('flash');

    await api.window('clerk2', 6, 'open');
    await api.window('clerk2', 6, 'call-next');
    await expectText(page, '#now-number', 'C001');
    await expectText(page, '#recent-calls li:first-child .r-num', 'A001');
    await page.screenshot({ path: shot('board') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('announces each call twice in zh-CN, one announcement after the other, never overlapping', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: installFakeSpeechAndAudio });
    await page.locator('#conn.conn-live').waitFor();
    const first = await api.issue('D');
    const second = await api.issue('D');
    await api.window('clerk4', 4, 'open');
    await api.window('clerk3', 1, 'open');
    await api.window('clerk4', 4, 'call-next');
    await api.window('clerk3', 1, 'call-next');
    await page.waitForFunction(() => (window as unknown as { __audio: AudioEntry[] }).__audio.filter((e) => e.kind === 'speech' && e.end).length === 4, undefined, { timeout: 20000 });
    const audio = await page.evaluate(() => (window as unknown as { __audio: AudioEntry[] }).__audio);
    const speech = audio.filter((e) => e.kind === 'speech');
    const spell = (n: string) => n.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]);
    expect(speech.map((e) => e.text)).toEqual([
      `请${spell(first.number)}号，到4号窗口办理`,
      `请${spell(first.number)}号，到4号窗口办理`,
      `请${spell(second.number)}号，到1号窗口办理`,
      `请${spell(second.number)}号，到1号窗口办理`,
    ]);
    expect(audio.filter((e) => e.kind === 'overlap')).toEqual([]);
    for (let i = 1; i < speech.length; i++) expect(speech[i].at).toBeGreaterThanOrEqual(speech[i - 1].end!);
    expect(audio.filter((e) => e.kind === 'tone').length).toBe(4); // one two-tone chime before each call
    expect(errors).toEqual([]);
    await context.close();
  });

  it('chimes when the browser has no speech synthesis', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: installNoSpeechFakeAudio });
    await page.locator('#conn.conn-live').waitFor();
    await api.issue('A');
    await api.window('clerk5', 5, 'open');
    await api.window('clerk5', 5, 'call-next');
    await page.waitForFunction(() => (window as unknown as { __audio: AudioEntry[] }).__audio.length >= 4, undefined, { timeout: 10000 });
    await page.waitForTimeout(300);
    const tones = await page.evaluate(() => (window as unknown as { __audio: AudioEntry[] }).__audio.filter((e) => e.kind === 'tone').length);
    expect(tones).toBe(4); // the chime, then a second chime standing in for the speech
    expect(errors).toEqual([]);
    await context.close();
  });

  it('re-subscribes and is whole again after a seq gap and after a reconnect', async () => {
    const api = queueApi(t);
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: countSubscribes });
    await page.locator('#conn.conn-live').waitFor();
    const subscribes = () => page.evaluate(() => (window as unknown as { __subscribes: number }).__subscribes);
    expect(await subscribes()).toBe(1);

    await t.app.get(HallSequence).send('TC', 'test.unheard', {}); // an event this screen never got
    const missed = await api.issue('B');
    await page.waitForFunction(() => (window as unknown as { __subscribes: number }).__subscribes === 2, undefined, { timeout: 10000 });
    await expectText(page, '[data-waiting="B"]', '1');

    t.app.get(RealtimeGateway).server.disconnectSockets(true);
    await page.locator('#conn.conn-offline').waitFor();
    await page.locator('#conn.conn-live').waitFor({ timeout: 15000 });
    expect(await subscribes()).toBe(3);
    await api.window('clerk6', 2, 'open');
    await api.window('clerk6', 2, 'call-next');
    await expectText(page, '#now-number', missed.number);
    await expectText(page, '.win[data-window="2"] .win-num', missed.number);
    expect(errors).toEqual([]);
    await context.close();
  });
});

async function expectText(page: import('playwright-core').Page, selector: string, text: string) {
  await page.waitForFunction(([s, x]) => document.querySelector(s)?.textContent?.trim() === x, [selector, text] as const, { timeout: 10000 }).catch(async () => {
    throw new Error(`${selector}: expected ${JSON.stringify(text)}, got ${JSON.stringify(await page.locator(selector).textContent().catch(() => null))}`);
  });
}
