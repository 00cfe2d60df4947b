// Voice announcements for hall and window screens. Calls are queued and played one at a time, so two
// announcements never talk over each other: a chime, then the sentence spoken `repeat` times in zh-CN.
// Without speech synthesis (or when it fails or stalls) the chime alone announces the call.
import { type CallFacts, spokenSentence } from '../../../src/queue/domain/call-text';

const MAX_QUEUE = 12; // a burst beyond this drops the oldest announcements, never the newest

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type AnnouncerState = 'speaking' | 'idle';

/** Whether calls can be spoken in Chinese: `no-speech` (no speechSynthesis), `no-voice` (no zh voice once the voices loaded). */
export type SpeechSupport = 'ok' | 'no-speech' | 'no-voice';

const VOICES_WAIT_MS = 3000; // Chromium fills getVoices() a moment after load and says so with voiceschanged

const isChinese = (v: SpeechSynthesisVoice) => /^zh/i.test(v.lang);

export interface AnnouncerOptions {
  repeat?: number;
  rate?: number;
  onState?: (state: AnnouncerState, call: CallFacts) => void;
}

type AudioContextClass = typeof AudioContext;

export class Announcer {
  enabled = false;
  /** Off: calls are announced with the chime only (the board's 语音播报 setting). */
  voiceOn = true;
  /** A chosen voice by name; the first zh-CN voice when unset or gone. */
  voiceName: string | null = null;
  private readonly repeat: number;
  private readonly rate: number;
  private readonly onState: (state: AnnouncerState, call: CallFacts) => void;
  private readonly queue: Array<{ text: string; call: CallFacts }> = [];
  private busy = false;
  private audio: AudioContext | null = null;

  constructor({ repeat = 2, rate = 0.9, onState }: AnnouncerOptions = {}) {
    this.repeat = repeat;
    this.rate = rate;
    this.onState = onState ?? (() => undefined);
  }

  get speechAvailable(): boolean {
    return typeof window.speechSynthesis === 'object' && window.speechSynthesis !== null && typeof window.SpeechSynthesisUtterance === 'function';
  }

  /** Browsers allow sound only after a user gesture: call this from a click to unlock audio and speech. */
  enable(): void {
    const ctx = this.context();
    if (ctx && ctx.state === 'suspended' && ctx.resume) ctx.resume().catch(() => undefined);
    if (this.speechAvailable) {
      try {
        const u = new SpeechSynthesisUtterance('');
        u.volume = 0;
        window.speechSynthesis.speak(u);
      } catch {
        // nothing to unlock
      }
    }
    this.enabled = true;
  }

  /** The browser already lets this page play sound (a kiosk browser started with autoplay allowed). */
  get soundAllowed(): boolean {
    return this.context()?.state === 'running';
  }

  /** Unlocks sound at the first click or key press on the page. */
  enableOnFirstGesture(): void {
    document.addEventListener('click', () => this.enable(), { once: true });
    document.addEventListener('keydown', () => this.enable(), { once: true });
  }

  announce(call: CallFacts): void {
    const text = spokenSentence(call);
    if (this.queue.some((job) => job.text === text)) return; // already waiting to be said
    this.queue.push({ text, call });
    while (this.queue.length > MAX_QUEUE) this.queue.shift();
    void this.pump();
  }

  private async pump(): Promise<void> {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) return;
    this.busy = true;
    this.onState('speaking', job.call);
    try {
      await this.chime();
      for (let i = 0; i < (this.voiceOn ? this.repeat : 0); i++) {
        if (i > 0) await sleep(700);
        const spoken = await this.speak(job.text);
        if (!spoken) {
          if (i === 0) await this.chime(); // speech unavailable: a second chime stands in for it
          break;
        }
      }
    } finally {
      this.busy = false;
      this.onState('idle', job.call);
      if (this.queue.length) setTimeout(() => void this.pump(), 400);
    }
  }

  /** Resolves true once the sentence was spoken, false when speech is missing, fails or stalls. */
  private speak(text: string): Promise<boolean> {
    if (!this.speechAvailable) return Promise.resolve(false);
    return new Promise((resolve) => {
      let settled = false;
      const finish = (ok: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        resolve(ok);
      };
      const guard = setTimeout(() => {
        try {
          window.speechSynthesis.cancel();
        } catch {
          // ignore
        }
        finish(false);
      }, 3000 + text.length * 450);
      try {
        const u = new SpeechSynthesisUtterance(text);
        u.lang = 'zh-CN';
        u.rate = this.rate;
        const voice = this.voice();
        if (voice) u.voice = voice;
        u.onend = () => finish(true);
        u.onerror = () => finish(false);
        window.speechSynthesis.speak(u);
      } catch {
        finish(false);
      }
    });
  }

  private voice(): SpeechSynthesisVoice | null {
    const voices = this.chineseVoices();
    return voices.find((v) => v.name === this.voiceName) ?? voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices[0] ?? null;
  }

  /** The Chinese voices the browser has now (zh-CN first). */
  chineseVoices(): SpeechSynthesisVoice[] {
    if (!this.speechAvailable || typeof window.speechSynthesis.getVoices !== 'function') return [];
    const voices = window.speechSynthesis.getVoices().filter(isChinese);
    return [...voices.filter((v) => /^zh[-_]CN/i.test(v.lang)), ...voices.filter((v) => !/^zh[-_]CN/i.test(v.lang))];
  }

  /** Resolves once the browser's voices have loaded (or after a few seconds): can calls be spoken in Chinese? */
  speechSupport(): Promise<SpeechSupport> {
    if (!this.speechAvailable) return Promise.resolve('no-speech');
    if (this.chineseVoices().length) return Promise.resolve('ok');
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        window.speechSynthesis.removeEventListener?.('voiceschanged', check);
        resolve(this.chineseVoices().length ? 'ok' : 'no-voice');
      };
      const check = () => {
        if (this.chineseVoices().length) done();
      };
      const timer = setTimeout(done, VOICES_WAIT_MS);
      window.speechSynthesis.addEventListener?.('voiceschanged', check);
    });
  }

  private context(): AudioContext | null {
    if (this.audio) return this.audio;
    const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
    const Ctx = w.AudioContext ?? w.webkitAudioContext;
    if (!Ctx) return null;
    try {
      this.audio = new Ctx();
    } catch {
      this.audio = null;
    }
    return this.audio;
  }

  /** A two-tone "ding-dong" made with WebAudio; resolves when it has finished (or at once without audio). */
  chime(): Promise<void> {
    const ctx = this.context();
    if (!ctx) return Promise.resolve();
    try {
      const start = ctx.currentTime + 0.05;
      for (const [frequency, offset, length] of [
        [880, 0, 0.6],
        [659.25, 0.45, 1.0],
      ]) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.setValueAtTime(frequency, start + offset);
        gain.gain.setValueAtTime(0.0001, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.5, start + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + length);
        osc.connect(gain);
        gain.connect(ctx.destination);
        osc.start(start + offset);
        osc.stop(start + offset + length + 0.05);
      }
    } catch {
      return Promise.resolve();
    }
    return sleep(1500);
  }
}
