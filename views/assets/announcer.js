// Voice announcements for hall and window screens. Calls are queued and played one at a time, so two
// announcements never talk over each other: a chime, then the sentence spoken `repeat` times in zh-CN.
// Without speech synthesis (or when it fails or stalls) the chime alone announces the call.
(function () {
  const DIGITS = '零一二三四五六七八九';
  const MAX_QUEUE = 12; // a burst beyond this drops the oldest announcements, never the newest

  // "A012" read digit by digit ("A零一二"), as halls announce numbers.
  function spokenNumber(number) {
    return String(number).replace(/\d/g, (d) => DIGITS[Number(d)]);
  }

  function sentence(call) {
    return `请 ${call.number} 号到 ${call.windowNumber} 号窗口办理`;
  }

  function spokenSentence(call) {
    return `请${spokenNumber(call.number)}号，到${call.windowNumber}号窗口办理`;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  class Announcer {
    constructor({ repeat = 2, rate = 0.9, onState } = {}) {
      this.repeat = repeat;
      this.rate = rate;
      this.onState = onState || (() => {});
      this.queue = [];
      this.busy = false;
      this.audio = null;
    }

    get speechAvailable() {
      return typeof window.speechSynthesis === 'object' && window.speechSynthesis !== null && typeof window.SpeechSynthesisUtterance === 'function';
    }

    // Browsers allow sound only after a user gesture: call this from a click to unlock audio and speech.
    enable() {
      const ctx = this.context();
      if (ctx && ctx.state === 'suspended' && ctx.resume) ctx.resume().catch(() => {});
      if (this.speechAvailable) {
        try {
          const u = new SpeechSynthesisUtterance('');
          u.volume = 0;
          window.speechSynthesis.speak(u);
        } catch (e) {
          // nothing to unlock
        }
      }
      this.enabled = true;
    }

    announce(call) {
      const text = spokenSentence(call);
      if (this.queue.some((job) => job.text === text)) return; // already waiting to be said
      this.queue.push({ text, call });
      while (this.queue.length > MAX_QUEUE) this.queue.shift();
      this.pump();
    }

    async pump() {
      if (this.busy) return;
      const job = this.queue.shift();
      if (!job) return;
      this.busy = true;
      this.onState('speaking', job.call);
      try {
        await this.chime();
        for (let i = 0; i < this.repeat; i++) {
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
        if (this.queue.length) setTimeout(() => this.pump(), 400);
      }
    }

    // Resolves true once the sentence was spoken, false when speech is missing, fails or stalls.
    speak(text) {
      if (!this.speechAvailable) return Promise.resolve(false);
      return new Promise((resolve) => {
        let settled = false;
        const finish = (ok) => {
          if (settled) return;
          settled = true;
          clearTimeout(guard);
          resolve(ok);
        };
        const guard = setTimeout(() => {
          try {
            window.speechSynthesis.cancel();
          } catch (e) {
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
        } catch (e) {
          finish(false);
        }
      });
    }

    voice() {
      const voices = window.speechSynthesis.getVoices ? window.speechSynthesis.getVoices() : [];
      return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) || voices.find((v) => /^zh/i.test(v.lang)) || null;
    }

    context() {
      if (this.audio) return this.audio;
      const Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) return null;
      try {
        this.audio = new Ctx();
      } catch (e) {
        this.audio = null;
      }
      return this.audio;
    }

    // A two-tone "ding-dong" made with WebAudio; resolves when it has finished (or at once without audio).
    chime() {
      const ctx = this.context();
      if (!ctx) return Promise.resolve();
      try {
        const start = ctx.currentTime + 0.05;
        [
          [880, 0, 0.6],
          [659.25, 0.45, 1.0],
        ].forEach(([frequency, offset, length]) => {
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
        });
      } catch (e) {
        return Promise.resolve();
      }
      return sleep(1500);
    }
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { Announcer, announce: { sentence, spokenSentence, spokenNumber } });
})();
