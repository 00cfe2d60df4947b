// The kiosk follows its hall's opening hours: outside them it says so and shows the hours instead of the queue
// buttons; a queue no open window serves says so on its button and on the ticket (not "0 人 / 0 分钟").
// Issuing stays the server's business: it never refuses because of the hours. Closed, it offers the 24-hour
// self-service menu: booking a day (预约), a resident request (诉求) and the status look-ups.
import { kioskHoursState, kioskSelfService } from '../../../src/queue/view-models/kiosk-hours.view-model';
import type { KioskHours, KioskSelfService } from '../../../src/queue/view-models/kiosk-hours.view-model';
import { $, $$, setText } from '../lib/dom';

const CHECK_EVERY_MS = 15_000;

export interface KioskHoursView {
  /** After each board update: which queues have a window open. */
  windowsOpen(open: Record<string, number>): void;
  /** A ticket of this queue is shown: say so when no window serves it yet. */
  ticketShown(queueCode: string): void;
}

/** Outside the hours: book a day, file a request, look things up — instead of numbers. */
function showSelfService(menu: KioskSelfService | null): void {
  $('#self-service').hidden = !menu;
  if (!menu) return;
  const link = (id: string, href: string) => $<HTMLAnchorElement>(id).setAttribute('href', href);
  link('#ss-booking', menu.links.booking);
  link('#ss-request', menu.links.request);
  link('#ss-case', menu.links.caseStatus);
  link('#ss-queue', menu.links.queueStatus);
  link('#ss-request-status', menu.links.requestStatus);
  setText('#ss-booking-label', menu.bookingLabel);
  $('#ss-booking').dataset.date = menu.bookingDate;
}

export function followKioskHours(hours: KioskHours | null, timeZone: string, hall: string): KioskHoursView {
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
      showSelfService(kioskSelfService(hours, Date.now() + offset, timeZone, hall));
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
