/**
 * Browser-side fakes installed with page.addInitScript (they run in the page, so they must be
 * self-contained). Speech and audio are recorded on window.__audio as {kind, text?, at, end?}.
 */
export function installFakeSpeechAndAudio(): void {
  type Entry = { kind: string; text?: string; at: number; end?: number };
  const w = window as unknown as Record<string, unknown> & { __audio: Entry[] };
  w.__audio = [];
  class FakeUtterance {
    text: string;
    lang = '';
    rate = 1;
    volume = 1;
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  const fakeSpeech = {
    speaking: false,
    getVoices: () => [],
    cancel() {},
    speak(u: FakeUtterance) {
      if (!u.text) return; // the unlock utterance
      if (fakeSpeech.speaking) w.__audio.push({ kind: 'overlap', text: u.text, at: performance.now() });
      fakeSpeech.speaking = true;
      const entry: Entry = { kind: 'speech', text: u.text, at: performance.now() };
      w.__audio.push(entry);
      setTimeout(() => {
        fakeSpeech.speaking = false;
        entry.end = performance.now();
        u.onend?.();
      }, 200);
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: fakeSpeech, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  installFakeAudio();

  function installFakeAudio() {
    const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {}, linearRampToValueAtTime() {} };
    class FakeAudioContext {
      state = 'running';
      currentTime = 0;
      destination = {};
      resume() {
        return Promise.resolve();
      }
      createOscillator() {
        w.__audio.push({ kind: 'tone', at: performance.now() });
        return { type: 'sine', frequency: param, connect() {}, start() {}, stop() {} };
      }
      createGain() {
        return { gain: param, connect() {} };
      }
    }
    Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true });
  }
}

/** No speech synthesis at all (many TV browsers): the announcer must fall back to the chime. */
export function installNoSpeechFakeAudio(): void {
  const w = window as unknown as Record<string, unknown> & { __audio: Array<{ kind: string; at: number }> };
  w.__audio = [];
  Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined, configurable: true });
  const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {}, linearRampToValueAtTime() {} };
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      w.__audio.push({ kind: 'tone', at: performance.now() });
      return { type: 'sine', frequency: param, connect() {}, start() {}, stop() {} };
    }
    createGain() {
      return { gain: param, connect() {} };
    }
  }
  Object.defineProperty(window, 'AudioContext', { value: FakeAudioContext, configurable: true });
}

/**
 * Counts `subscribe` emits as they leave over the WebSocket (the Socket.IO client is bundled into the page,
 * so there is no global io() to wrap): a packet like `42/realtime,3["subscribe",{…}]`.
 */
export function countSubscribes(): void {
  const w = window as unknown as { __subscribes: number };
  w.__subscribes = 0;
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
    if (typeof data === 'string' && /^42[^[]*\["subscribe"/.test(data)) w.__subscribes += 1;
    return send.call(this, data);
  };
}
