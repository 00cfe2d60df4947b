// The kiosk follows its hall's opening hours: outside them it says so and shows the hours instead of the queue
// buttons; a queue no open window serves says so on its button and on the ticket (not "0 人 / 0 分钟").
// Issuing stays the server's business: it never refuses because of the hours.
import { kioskHoursState } from '../../../src/queue/view-models/kiosk-hours.view-model';
import type { KioskHours } from '../../../src/queue/view-models/kiosk-hours.view-model';
import { $, $$, setText } from '../lib/dom';

const CHECK_EVERY_MS = 15_000;

export interface KioskHoursView {
  /** After each board update: which queues have a window open. */
  windowsOpen(open: Record<string, number>): void;
  /** A ticket of this queue is shown: say so when no window serves it yet. */
  ticketShown(queueCode: string): void;
}

export function followKioskHours(hours: KioskHours | null, timeZone: string): KioskHoursView {
  let open: Record<string, number> = {};

  if (hours) {
    const offset = hours.serverNow - Date.now(); // the server's clock rules (a pinned one in tests)
    const check = () => {
      const state = kioskHoursState(hours, Date.now() + offset, timeZone);
      document.body.classList.toggle('kiosk-closed', !state.open);
      $('#closed').hidden = state.open;
      document.body.dataset.hours = state.reason ?? 'open';
      setText('#closed-title', state.title);
      setText('#closed-detail', state.detail);
    };
    check();
    setInterval(check, CHECK_EVERY_MS);
  }

  return {
    windowsOpen(counts) {
      open = counts;
      for (const button of $$<HTMLElement>('.queue-btn[data-queue]')) button.classList.toggle('q-no-window', !(open[button.dataset.queue ?? ''] > 0));
    },
    ticketShown(queueCode) {
      const none = !(open[queueCode] > 0);
      $('#t-no-window').hidden = !none;
      $('#ticket .t-facts').hidden = none;
    },
  };
}
