// What the dispatcher's board and the department desk share: the request panel and its actions, the live
// connection's dot, a fresh request's flash and chime, J/K/Enter/Esc and the action letters, and the
// one-second tick of the countdowns. Each page brings its list, its drawing and its live subscription.
import type { RequestDetailView } from '../../../src/requests/domain/request-views';
import type { Announcer } from '../lib/announcer';
import { api, ApiError } from '../lib/api';
import { $, $maybe, toast } from '../lib/dom';
import { STATUS_TEXT, type ConnectionStatus } from '../lib/realtime';
import { moveSelection } from './board-columns';
import { onBoardKey } from './board-keys';
import { createActions } from './request-actions';
import { clearForm, formOpen } from './request-forms';
import type { Lookups, RequestPageData } from './request-page-data';
import { createPanel, type RequestPanel } from './request-panel';

const FRESH_MS = 15_000;

export interface WorkspaceHost {
  data: RequestPageData;
  now: () => number;
  /** The page's id prefix: `#{prefix}-conn`, `#{prefix}-work`. */
  prefix: string;
  announcer: Announcer;
  draw(): void;
  /** The request as it now is (after an action or a fresh read): the page updates its list. */
  upsert(r: RequestDetailView): void;
  /** The requests in the order J/K walk them, and the selector of one (to scroll it into view). */
  order(): number[];
  itemSelector(id: number): string;
  handle(err: unknown): void;
  /** The request left this page's reach (returned to the dispatcher, another desk's now). */
  onGone(id: number): void;
  onExpired(): void;
  /** A page's own letter keys (the board's hotline dialog); true when taken. */
  ownKey?(key: string): boolean;
  /** Esc belongs to something of the page's own (an open dialog). */
  escapeTaken?(): boolean;
}

export function createRequestWorkspace(host: WorkspaceHost) {
  const state = { selected: null as number | null, fresh: new Set<number>(), sound: true };
  let panel: RequestPanel | null = null;
  let actions: ReturnType<typeof createActions> | null = null;
  let tick: ReturnType<typeof setInterval> | undefined;
  host.announcer.enableOnFirstGesture(); // the sign-in click lets the page chime later

  async function open(id: number): Promise<void> {
    if (state.selected !== id) clearForm(); // a form belongs to its request
    state.selected = id;
    host.draw();
    try {
      const r = await api<RequestDetailView>(`/api/v1/requests/${id}`);
      if (state.selected !== id) return;
      host.upsert(r);
      panel?.show(r, host.now());
    } catch (err) {
      host.handle(err);
    }
  }

  function closePanel(): void {
    clearForm();
    panel?.hide();
    host.draw();
  }

  /** The open request changed elsewhere: show it afresh (a form being typed in stays as it is). */
  async function refreshIfOpen(changed: ReadonlySet<number>): Promise<void> {
    const shown = panel?.current();
    if (!shown || !changed.has(shown.id)) return;
    try {
      const r = await api<RequestDetailView>(`/api/v1/requests/${shown.id}`);
      if (panel?.current()?.id === shown.id) panel.show(r, host.now());
      host.upsert(r);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 403 || err.status === 404)) closePanel();
    }
  }

  function setConnection(status: ConnectionStatus): void {
    const dot = $(`#${host.prefix}-conn`);
    dot.className = `conn-dot conn-${status}`;
    dot.title = STATUS_TEXT[status];
  }

  /** A request new to this page: flashed for a while, told in a toast, chimed unless the sound is off. */
  function announce(id: number, text: string): void {
    state.fresh.add(id);
    setTimeout(() => {
      state.fresh.delete(id);
      host.draw();
    }, FRESH_MS);
    host.draw();
    toast(text, 'ok');
    if (state.sound) void host.announcer.chime();
  }

  function move(step: number): void {
    const next = moveSelection(host.order(), state.selected, step);
    if (next === null) return;
    if (panel?.current()) void open(next);
    else {
      state.selected = next;
      host.draw();
    }
    $maybe(host.itemSelector(next))?.scrollIntoView({ block: 'nearest' });
  }

  onBoardKey({
    active: () => !$(`#${host.prefix}-work`).hidden,
    move,
    openSelected: () => state.selected !== null && void open(state.selected),
    escape: () => (host.escapeTaken?.() ? undefined : formOpen() ? clearForm() : panel?.current() ? closePanel() : undefined),
    action: async (key) => {
      if (host.ownKey?.(key)) return true;
      const command = actions?.forKey(key);
      if (!command || state.selected === null) return false;
      if (panel?.current()?.id !== state.selected) await open(state.selected);
      actions?.trigger(command);
      return true;
    },
  });

  /** After sign-in, with the lookups loaded: the panel once, then the countdowns every second. */
  function start(lookups: Lookups): void {
    if (!panel) {
      panel = createPanel(host.data, lookups);
      const shown = panel;
      actions = createActions({
        data: host.data, lookups, panel: shown,
        onDone: (r) => {
          host.upsert(r);
          shown.show(r, host.now());
        },
        onGone: (id) => {
          host.onGone(id);
          closePanel();
        },
        onExpired: host.onExpired,
      });
      $('#rq-close').addEventListener('click', closePanel);
    }
    clearInterval(tick);
    tick = setInterval(() => {
      host.draw();
      panel?.tick(host.now());
    }, 1000);
  }

  function stop(): void {
    clearInterval(tick);
    panel?.hide();
  }

  return { state, open, closePanel, refreshIfOpen, setConnection, announce, start, stop };
}
