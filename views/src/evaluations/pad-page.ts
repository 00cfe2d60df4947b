// The rating pad at a window (窗口评价器), a tablet facing the resident. Paired once with a code from the
// admin (never a password: the token stays in localStorage across restarts until revoked), it follows its
// window live and, after each finished service, asks for a rating with five big faces; a bad one may carry
// a comment. Thanks, then back to the welcome screen by itself. Revoked: back to the pairing form.
import { render } from 'lit-html';
import type { padViewModel } from '../../../src/evaluations/view-models/pad.view-model';
import { ApiError } from '../lib/api';
import { fillTemplate } from '../../../src/queue/view-models/labels';
import { deviceApi, deviceStore, type DevicePlace, pairDevice, pairedHere, takePairParam } from '../lib/device';
import { $, setText, startClock } from '../lib/dom';
import { connectRealtime, type ConnectionStatus, type RealtimeConnection, STATUS_TEXT } from '../lib/realtime';
import { face } from './rating-face';
import { RATING_CHOICES } from './rating-scale';
import { mountRating, type RatingWidget } from './rating-widget';

export type PadData = NonNullable<ReturnType<typeof padViewModel>>['client'];

/** GET …/pending-evaluation (204: nothing to rate). */
interface PendingEvaluation {
  ticketId: number;
  number: string;
}

type Screen = 'pad-pair' | 'pad-idle' | 'pad-rate';
const SCREENS: Screen[] = ['pad-pair', 'pad-idle', 'pad-rate'];

export function startPad(data: PadData): void {
  const texts = data.texts;
  const base = `/api/v1/halls/${encodeURIComponent(data.hall)}/windows/${encodeURIComponent(data.window)}`;
  const place: DevicePlace = { kind: 'pad', hall: data.hall, windowNumber: data.window };
  let screen: Screen = 'pad-pair';
  let ticket: PendingEvaluation | null = null;
  let widget: RatingWidget | null = null;
  let feed: RealtimeConnection | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let thanks: ReturnType<typeof setTimeout> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = false;
  let again = false;

  function show(id: Screen): void {
    for (const section of SCREENS) $(`#${section}`).hidden = section !== id;
    screen = id;
    document.body.dataset.screen = id.replace('pad-', '');
  }

  // ---- pairing (once; the token lives in localStorage until an admin revokes it) -------------------
  const form = $<HTMLFormElement>('#pad-pair-form');
  const codeInput = $<HTMLInputElement>('#pad-pair-code');
  let pairing = false;

  function unpaired(message = '', drop = true): void {
    stop();
    if (drop) deviceStore.clear(place);
    setText('#pad-device-name', '');
    setText('#pad-pair-error', message);
    show('pad-pair');
    codeInput.focus();
  }

  /** `fromLink`: a `?pair=` link that fails leaves a pad that was already paired working. */
  async function pair(code: string, fromLink = false): Promise<void> {
    if (pairing) return;
    pairing = true;
    setText('#pad-pair-error', '');
    try {
      const paired = await pairDevice(code);
      if (!pairedHere(paired, place)) return deviceStore.get(place) ? start() : unpaired(texts.wrongWindow, false);
      codeInput.value = '';
      start();
    } catch (e) {
      if (fromLink && deviceStore.get(place)) return start();
      show('pad-pair');
      setText('#pad-pair-error', e instanceof ApiError && e.status === 404 ? texts.pairFailed : e instanceof ApiError ? e.message : '网络连接失败，请稍后重试');
      codeInput.focus();
    } finally {
      pairing = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = codeInput.value.trim();
    if (!code) return setText('#pad-pair-error', texts.pairPrompt);
    void pair(code);
  });

  // ---- live: every change at the window or in the hall refetches what to rate --------------------
  function start(): void {
    stop();
    setText('#pad-device-name', deviceStore.get(place)?.device ? texts.pairedAs : '');
    showIdle();
    feed = connectRealtime({
      token: () => deviceStore.get(place)?.deviceToken ?? null,
      onUnauthorized: () => unpaired(texts.revoked),
      subscription: { hall: data.hall, window: data.window },
      onSnapshot: soon,
      sequenced: ['ticket.called', 'board.updated'],
      on: { 'ticket.called': soon, 'board.updated': soon, 'window.updated': soon },
      onStatus,
    });
    poll = setInterval(() => void refresh(), data.timings.poll * 1000);
    void refresh();
  }

  function stop(): void {
    feed?.close();
    feed = null;
    clearInterval(poll);
    if (thanks) clearTimeout(thanks);
    thanks = null;
    dropWidget();
  }

  function soon(): void {
    clearTimeout(debounce);
    debounce = setTimeout(() => void refresh(), 150);
  }

  async function refresh(): Promise<void> {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      apply(await deviceApi<PendingEvaluation | null>(place, `${base}/pending-evaluation`));
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) return unpaired(texts.revoked);
      // otherwise keep the screen: the next event or the poll tries again
    } finally {
      busy = false;
      if (again) {
        again = false;
        void refresh();
      }
    }
  }

  // A resident writing a comment keeps the screen even if the clerk already called the next number.
  function apply(pending: PendingEvaluation | null): void {
    if (thanks || screen === 'pad-pair') return;
    const engaged = widget?.busy() ?? false;
    if (pending) {
      if (ticket?.ticketId === pending.ticketId) return;
      if (!engaged) showRate(pending);
    } else if (screen === 'pad-rate' && !engaged) {
      showIdle();
    }
  }

  // ---- screens --------------------------------------------------------------------------------------
  function showIdle(): void {
    ticket = null;
    dropWidget();
    setText('#pad-idle-title', texts.idleTitle);
    setText('#pad-idle-detail', texts.idleDetail);
    show('pad-idle');
  }

  function showRate(pending: PendingEvaluation): void {
    dropWidget();
    ticket = pending;
    setText('#pad-number', fillTemplate(texts.rateFor, { number: pending.number }));
    widget = mountRating($('#pad-widget'), {
      size: 'large',
      prompt: texts.ratePrompt,
      texts: { thanksBad: texts.thanksBad },
      submit: (score, comment) => deviceApi(place, `${base}/evaluations`, { method: 'POST', body: { score, ticketId: pending.ticketId, ...(comment ? { comment } : {}) } }),
      onDone: thank,
      onError: (e) => {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
          unpaired(texts.revoked);
          return false;
        }
        if (e instanceof ApiError && (e.code === 'NO_PENDING_EVALUATION' || e.code === 'ALREADY_RATED')) {
          showIdle();
          void refresh();
          return false;
        }
        return true;
      },
      onComment: watchComment,
    });
    show('pad-rate');
  }

  function thank(): void {
    clearTimeout(idle);
    setText('#pad-number', '');
    thanks = setTimeout(() => {
      thanks = null;
      showIdle();
      void refresh();
    }, data.timings.thanks * 1000);
  }

  // A comment box left alone goes back to the faces (or to the welcome screen if the moment passed).
  function watchComment(box: HTMLTextAreaElement): void {
    const arm = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        const waiting = ticket;
        dropWidget();
        ticket = null;
        if (waiting) showRate(waiting);
        void refresh();
      }, data.timings.commentIdle * 1000);
    };
    box.addEventListener('input', arm);
    arm();
  }

  function dropWidget(): void {
    clearTimeout(idle);
    widget?.destroy();
    widget = null;
  }

  function onStatus(status: ConnectionStatus): void {
    const conn = $('#pad-conn');
    conn.className = `pad-conn pad-conn-${status}`;
    conn.title = STATUS_TEXT[status];
  }

  // the welcome screen shows the five faces, small and still, so people know what comes
  render(RATING_CHOICES.map((c) => face(c.score)), $<HTMLElement>('#pad-idle-faces'));
  startClock(data.timeZone, ({ time }) => setText('#pad-clock', time));

  // `?pair=CODE` (the admin's or the demo index's link) pairs at once; a stored token starts right away
  const linked = takePairParam();
  if (linked) {
    show('pad-pair');
    void pair(linked, true);
  } else if (deviceStore.get(place)) {
    start();
  } else {
    unpaired();
  }
}
