// The board's voice controls: 语音播报 on/off and the Chinese voice, kept in localStorage across reloads, and a
// visible warning when calls cannot be spoken in Chinese (no speech synthesis, or no zh voice once voices loaded).
import type { Announcer, SpeechSupport } from '../lib/announcer';
import { $ } from '../lib/dom';

const KEY = 'onewindow.board.voice';

export interface VoiceSetting {
  on: boolean;
  voice: string | null;
}

export function loadVoiceSetting(): VoiceSetting {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<VoiceSetting> | null;
    return { on: saved?.on !== false, voice: typeof saved?.voice === 'string' ? saved.voice : null };
  } catch {
    return { on: true, voice: null }; // storage blocked or garbled: the defaults
  }
}

function saveVoiceSetting(setting: VoiceSetting): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(setting));
  } catch {
    // the browser keeps no storage for this page: the setting lasts until the reload
  }
}

export const SPEECH_WARNING: Record<Exclude<SpeechSupport, 'ok'>, string> = {
  'no-speech': '此浏览器不支持语音合成，叫号只有提示音，没有语音播报。请换用 Chromium / Chrome / Edge。',
  'no-voice': '本机没有中文语音，叫号只有提示音，没有语音播报。请为本机安装中文（普通话）语音后刷新页面。',
};

export function setupBoardVoice(announcer: Announcer): void {
  const setting = loadVoiceSetting();
  const toggle = $<HTMLButtonElement>('#voice-toggle');
  const pick = $<HTMLSelectElement>('#voice-pick');
  const warning = $('#speech-warning');
  let support: SpeechSupport | null = null;

  function show(): void {
    announcer.voiceOn = setting.on;
    announcer.voiceName = setting.voice;
    toggle.textContent = setting.on ? '语音播报：开' : '语音播报：关';
    toggle.setAttribute('aria-pressed', String(setting.on));
    const problem = setting.on && support && support !== 'ok' ? SPEECH_WARNING[support] : '';
    warning.textContent = problem;
    warning.hidden = !problem;
    const voices = announcer.chineseVoices();
    pick.hidden = !setting.on || voices.length < 2;
    pick.replaceChildren(...voices.map((v) => new Option(`${v.name}（${v.lang}）`, v.name, false, v.name === announcer.voiceName)));
  }

  toggle.addEventListener('click', () => {
    setting.on = !setting.on;
    saveVoiceSetting(setting);
    show();
  });
  pick.addEventListener('change', () => {
    setting.voice = pick.value || null;
    saveVoiceSetting(setting);
    show();
  });

  show();
  void announcer.speechSupport().then((found) => {
    support = found;
    document.body.dataset.speech = found;
    show();
  });
}
