import { Browser, Page } from 'playwright-core';
import { TestApp } from '../support/test-app';
import { openPage, queueApi, shot, TV, useAppAndBrowser } from './support/browser';
import { installFakeSpeechAndAudio, installNoSpeechFakeAudio } from './support/fakes';

type AudioEntry = { kind: string; text?: string; at: number; end?: number };

/** Runs after installFakeSpeechAndAudio: two Chinese voices and an English one, loaded a moment after the page (as Chromium does). */
function chineseVoicesLater(): void {
  const w = window as unknown as { speechSynthesis: Record<string, unknown>; __voices: Array<string | null> };
  const voices = [
    { name: 'Fake Ting-Ting', lang: 'zh-CN', default: false, localService: true, voiceURI: 'tt' },
    { name: 'Fake Mei-Jia', lang: 'zh-TW', default: false, localService: true, voiceURI: 'mj' },
    { name: 'Fake Alex', lang: 'en-US', default: true, localService: true, voiceURI: 'alex' },
  ];
  let loaded = false;
  const listeners: Array<() => void> = [];
  const s = w.speechSynthesis;
  s.getVoices = () => (loaded ? voices : []);
  s.addEventListener = (type: string, fn: () => void) => type === 'voiceschanged' && listeners.push(fn);
  s.removeEventListener = () => undefined;
  setTimeout(() => {
    loaded = true;
    for (const fn of listeners) fn();
  }, 300);
  w.__voices = [];
  const speak = s.speak as (u: { text: string; voice: { name: string } | null }) => void;
  s.speak = (u: { text: string; voice: { name: string } | null }) => {
    if (u.text) w.__voices.push(u.voice?.name ?? null);
    speak(u);
  };
}

describe('hall board: speech warning and voice setting', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  const warningText = (page: Page) => page.locator('#speech-warning').textContent();

  async function callOne(windowNumber: number, clerk: string) {
    const api = queueApi(t);
    await api.issue('A');
    await api.window(clerk, windowNumber, 'open').catch(() => undefined);
    await api.window(clerk, windowNumber, 'call-next');
  }

  it('warns on the screen when the browser has no speech synthesis', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: installNoSpeechFakeAudio });
    await page.locator('#speech-warning:not([hidden])').waitFor();
    expect(await warningText(page)).toContain('不支持语音合成');
    await page.screenshot({ path: shot('board-no-speech') });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('warns when no Chinese voice shows up once the voices have loaded', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: installFakeSpeechAndAudio });
    await page.locator('#speech-warning:not([hidden])').waitFor({ timeout: 10000 });
    expect(await warningText(page)).toContain('没有中文语音');
    expect(await page.locator('body').getAttribute('data-speech')).toBe('no-voice');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with Chinese voices: no warning, the chosen voice and 语音播报 on/off survive a reload', async () => {
    const { page, errors, context } = await openPage(browser, `${t.url}/board/TC`, { viewport: TV, init: installFakeSpeechAndAudio });
    await page.addInitScript(chineseVoicesLater);
    await page.reload();
    await page.locator('#conn.conn-live').waitFor();
    await page.waitForFunction(() => document.body.dataset.speech === 'ok');
    expect(await page.locator('#speech-warning').isHidden()).toBe(true);
    const pick = page.locator('#voice-pick');
    await pick.waitFor();
    expect(await pick.locator('option').allTextContents()).toEqual(['Fake Ting-Ting（zh-CN）', 'Fake Mei-Jia（zh-TW）']);
    await pick.selectOption('Fake Mei-Jia');
    await page.locator('#voice-toggle').click();
    expect(await page.locator('#voice-toggle').textContent()).toBe('语音播报：关');

    await page.reload();
    await page.locator('#conn.conn-live').waitFor();
    await page.waitForFunction(() => document.body.dataset.speech === 'ok');
    expect(await page.locator('#voice-toggle').textContent()).toBe('语音播报：关');
    expect(await page.locator('#voice-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('#voice-pick').isHidden()).toBe(true);
    await callOne(1, 'clerk1');
    await page.waitForFunction(() => (window as unknown as { __audio: AudioEntry[] }).__audio.filter((e) => e.kind === 'tone').length >= 2);
    await page.waitForTimeout(2500); // the chime has played: nothing is spoken after it
    expect(await page.evaluate(() => (window as unknown as { __audio: AudioEntry[] }).__audio.filter((e) => e.kind === 'speech').length)).toBe(0);

    await page.locator('#voice-toggle').click();
    await page.reload();
    await page.locator('#conn.conn-live').waitFor();
    await page.waitForFunction(() => document.body.dataset.speech === 'ok');
    expect(await page.locator('#voice-toggle').textContent()).toBe('语音播报：开');
    expect(await page.locator('#voice-pick').inputValue()).toBe('Fake Mei-Jia');
    await callOne(2, 'clerk2');
    await page.waitForFunction(() => (window as unknown as { __voices: string[] }).__voices.length >= 1, undefined, { timeout: 10000 });
    expect(await page.evaluate(() => (window as unknown as { __voices: string[] }).__voices[0])).toBe('Fake Mei-Jia');
    await page.screenshot({ path: shot('board-voice') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
