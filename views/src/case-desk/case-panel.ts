// The console's case panel (办件): 受理, 待取件 and 补正 · 撤回 in one modal dialog with tabs (F2–F4), and the
// hotline transfers clerks enter (热线转办, F8).
import type { StaffTicket } from '../../../src/queue/domain/window-view';
import { api, ApiError, failureText } from '../lib/api';
import { $, $$, el, toast } from '../lib/dom';
import type { DeskData } from '../console/console-data';
import { createHotlinePane } from './hotline-pane';
import { createIntakePane } from './intake-pane';
import { createLookupPane } from './lookup-pane';
import { createPickupPane } from './pickup-pane';

export interface CasePanelOptions {
  hall: string;
  desk: DeskData;
  getTicket(): StaffTicket | null;
  /** A call was refused for an expired sign-in. */
  onAuthError(): void;
}

export type CasePanel = ReturnType<typeof createCasePanel>;

export function createCasePanel(ctx: CasePanelOptions) {
  const { desk } = ctx;
  const dialog = $<HTMLDialogElement>('#case-panel');
  let tab = 'intake';
  let departmentNames: Record<string, string> = {};

  api<Array<{ code: string; name: string }>>('/api/v1/catalog/departments', { auth: false })
    .then((list) => (departmentNames = Object.fromEntries(list.map((d) => [d.code, d.name]))))
    .catch(() => undefined);

  // A new tab (not noopener) inherits this tab's session, so the document page can fetch the case.
  function openDocument(kind: string, id: number): void {
    const w = window.open(`/documents/${kind}/${id}`, '_blank');
    if (!w) toast('浏览器拦截了弹出窗口，请允许本站弹出窗口后重试', 'error');
  }

  function fail(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) {
      close();
      return ctx.onAuthError();
    }
    toast(failureText(err), 'error');
  }

  const pickup = createPickupPane({ desk, openDocument, fail });
  const lookup = createLookupPane({ desk, openDocument, fail, changed: () => void pickup.refreshCount() });
  const intake = createIntakePane({
    hall: ctx.hall, desk, getTicket: ctx.getTicket, departments: () => departmentNames, openDocument,
    onDone: () => void pickup.refreshCount(), onAuthError: fail,
  });

  const hotline = createHotlinePane({ hall: ctx.hall, onExpired: fail });

  // Toasts would sit under the modal panel: while it is open they live inside it.
  function hostToasts(inside: boolean): void {
    const host = document.getElementById('toasts') ?? el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    (inside ? dialog : document.body).append(host);
  }
  dialog.addEventListener('close', () => hostToasts(false));

  function open(which?: string): void {
    tab = which ?? tab;
    hostToasts(true);
    for (const button of $$('#case-panel [data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
    for (const pane of $$('#case-panel [data-pane]')) pane.hidden = pane.dataset.pane !== tab;
    if (!dialog.open) dialog.showModal();
    if (tab === 'intake') intake.show();
    if (tab === 'pickup') void pickup.load();
    if (tab === 'lookup') lookup.focus();
    if (tab === 'hotline') hotline.show();
  }

  function close(): void {
    if (dialog.open) dialog.close();
  }

  function tabForKey(key: string): string | null {
    const k = key.length === 1 ? key.toLowerCase() : key;
    return desk.tabs.find((t) => t.keys.includes(k))?.id ?? null;
  }

  for (const button of $$('#case-panel [data-tab]')) button.addEventListener('click', () => open(button.dataset.tab));
  $('#cp-close').addEventListener('click', close);
  // F2–F4 switch tabs even while typing (focus may also have fallen back to the page); Esc closes.
  document.addEventListener('keydown', (e) => {
    if (!dialog.open || !/^F\d$/.test(e.key)) return;
    const which = tabForKey(e.key);
    if (which) {
      e.preventDefault();
      open(which);
    }
  });

  return {
    open,
    close,
    tabForKey,
    isOpen: () => dialog.open,
    /** While a clerk is signed in at a window: keep the 待取件 count fresh. */
    start: () => void pickup.refreshCount(),
    pickupChanged: () => pickup.countSoon(),
    /** The ticket at the window as the queue desk sees it: the intake draft belongs to one ticket. */
    ticketSeen: (ticketId: number | null) => intake.ticketSeen(ticketId),
    stop(): void {
      pickup.stop();
      close();
      intake.forget();
    },
    /** Signing out: a hotline caller's details go too (an expired sign-in keeps them for the clerk's return). */
    forgetHotline: () => hotline.forget(),
  };
}
