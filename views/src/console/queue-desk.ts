// The queue side of the clerk console: pick a window, work its tickets by button or keyboard, follow the
// hall's waiting counts live. Which button applies is the server's rule (console-actions.ts).
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { StaffTicket, WindowCommandResult, WindowConsoleView, WindowView } from '../../../src/queue/domain/window-view';
import type { BoardSnapshot, BoardState } from '../../../src/queue/domain/board';
import type { HallLayoutView } from '../../../src/halls/domain/hall-layout';
import type { HallChangedMessage } from '../../../src/realtime/domain/socket-events';
import { actionForKey, isActionEnabled, type ConsoleActionId, type ConsoleState } from '../../../src/queue/view-models/console-actions';
import { api, ApiError, failureText, session } from '../lib/api';
import { $, toast } from '../lib/dom';
import { connectRealtime, STATUS_TEXT, type RealtimeConnection } from '../lib/realtime';
import { applyHallLayout, type ConsoleData } from './console-data';
import { createConsoleView } from './console-view';

const DONE_TEXT: Record<ConsoleActionId, string> = {
  callNext: '已叫号', recall: '已重呼', start: '开始办理', finish: '已办结', noShow: '已标记过号', hold: '已挂起', unhold: '已恢复',
  transfer: '已转移', pause: '窗口已暂停服务', resume: '窗口已恢复服务', open: '窗口已开启', close: '窗口已关闭',
};

/** What the queue desk needs of the case panel (办件). */
export interface CasePanelKeys {
  open(tab: string): void;
  isOpen(): boolean;
  tabForKey(key: string): string | null;
  start(): void;
  /** A case of the hall entered or left 待取件 (socket event): re-count. */
  pickupChanged(): void;
  /** The ticket at the window (null: none, or no window): the intake panel's draft belongs to one ticket. */
  ticketSeen(ticketId: number | null): void;
}

export interface QueueDeskOptions {
  panel: CasePanelKeys;
  /** A call was refused for an expired sign-in. */
  onExpired(): void;
}

export function createQueueDesk(data: ConsoleData, { panel, onExpired }: QueueDeskOptions) {
  const view = createConsoleView(data);
  const hallPath = `/api/v1/halls/${encodeURIComponent(data.hall)}`;
  const WINDOW_KEY = `onewindow.console.window.${data.hall}`;
  const S: {
    user: AuthUser | null;
    windowNumber: number | null;
    window: WindowView | null;
    ticket: StaffTicket | null;
    held: StaffTicket[];
    waiting: Record<string, number>;
    busy: boolean;
    feed: RealtimeConnection | null;
  } = { user: null, windowNumber: null, window: null, ticket: null, held: [], waiting: {}, busy: false, feed: null };
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const dialog = $<HTMLDialogElement>('#transfer-dialog');

  function show(section: 'cs-pick' | 'cs-work' | null): void {
    for (const id of ['cs-pick', 'cs-work'] as const) $(`#${id}`).hidden = id !== section;
  }

  function consoleState(): ConsoleState {
    const w = S.window;
    return {
      windowStatus: w ? w.status : 'closed',
      ticketStatus: S.ticket ? S.ticket.status : null,
      heldCount: S.held.length,
      mine: !!w && !!S.user && (w.status === 'closed' || w.operatorId === S.user.id),
    };
  }

  function render(): void {
    panel.ticketSeen(S.window ? (S.ticket?.id ?? null) : null);
    if (!S.window) return;
    const st = consoleState();
    const serves = data.windows.find((w) => w.number === S.windowNumber)?.serves ?? [];
    view.windowBar(S.window, st);
    view.ticketCard(S.ticket, st);
    view.actions(st, S.busy);
    view.held(S.held, st, S.busy, (id) => void run('unhold', { ticketId: id }));
    view.waiting(S.waiting, serves);
  }

  function handleError(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return onExpired();
    toast(failureText(err), 'error');
  }

  // ---- window choice ---------------------------------------------------------------------------
  async function showPick(): Promise<void> {
    closeFeed();
    S.window = null;
    S.windowNumber = null;
    render();
    sessionStorage.removeItem(WINDOW_KEY);
    show('cs-pick');
    // an administrator's changes (a new window, new queues) show in the list as they are made; the list is
    // read again once subscribed, so a change made before the subscription is not missed
    S.feed = connectRealtime<BoardSnapshot>({ subscription: { hall: data.hall }, onSnapshot: () => void loadWindowList(), on: { 'hall.changed': onHallChanged } });
    await loadWindowList();
  }

  async function loadWindowList(): Promise<void> {
    try {
      const hall = await api<HallLayoutView>(hallPath, { auth: false });
      if (S.windowNumber) return;
      applyHallLayout(data, hall);
      view.windowList(hall.windows, (n) => void selectWindow(n));
    } catch (err) {
      toast(failureText(err), 'error');
    }
  }

  function onHallChanged(msg: HallChangedMessage): void {
    applyHallLayout(data, msg.layout);
    if (!S.windowNumber) return view.windowList(msg.layout.windows, (n) => void selectWindow(n));
    if (!msg.layout.windows.some((w) => w.number === S.windowNumber)) return void showPick();
    render(); // served queues and queue names
    if (!S.busy) void refresh(); // the window's own name
  }

  async function selectWindow(n: number): Promise<void> {
    closeFeed();
    S.windowNumber = n;
    sessionStorage.setItem(WINDOW_KEY, String(n));
    if (!(await refresh())) return;
    show('cs-work');
    openFeed(n);
    panel.start();
  }

  $('#w-change').addEventListener('click', () => void showPick());

  // ---- the window and its ticket ---------------------------------------------------------------
  async function refresh(): Promise<boolean> {
    clearTimeout(refreshTimer);
    try {
      const v = await api<WindowConsoleView>(`${hallPath}/windows/${S.windowNumber}`);
      S.window = v.window;
      S.ticket = v.ticket;
      S.held = v.held;
      render();
      return true;
    } catch (err) {
      handleError(err);
      if (err instanceof ApiError && err.status === 404) void showPick();
      return false;
    }
  }

  async function run(actionId: ConsoleActionId, body?: Record<string, unknown>): Promise<void> {
    const action = data.actions.find((a) => a.id === actionId);
    if (S.busy || !action) return;
    S.busy = true;
    render();
    try {
      const res = await api<WindowCommandResult>(`${hallPath}/windows/${S.windowNumber}/${action.endpoint}`, { method: 'POST', body: body ?? {} });
      if (res === null) {
        toast('当前没有等候的群众', 'info');
      } else {
        S.window = res.window;
        S.ticket = res.window.currentTicketId ? res.ticket : null;
        toast(`${DONE_TEXT[actionId]}${res.ticket ? ` ${res.ticket.number}` : ''}`, 'ok');
      }
    } catch (err) {
      handleError(err);
    } finally {
      S.busy = false;
      render();
    }
    if (S.user) await refresh(); // held list and anything another screen changed
  }

  function trigger(actionId: ConsoleActionId): void {
    const action = data.actions.find((a) => a.id === actionId);
    if (S.busy || !action || !isActionEnabled(action.when, consoleState())) return;
    if (actionId === 'transfer') return openTransfer();
    if (actionId === 'close' && !window.confirm('确定关闭窗口吗？')) return;
    void run(actionId);
  }

  $('#actions').addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-action]');
    if (button && !button.disabled) trigger(button.dataset.action as ConsoleActionId);
  });

  // ---- transfer --------------------------------------------------------------------------------
  function openTransfer(): void {
    if (!S.ticket) return;
    view.transferChoices(S.ticket.queueCode, (code) => {
      dialog.close();
      void run('transfer', { queueCode: code });
    });
    dialog.showModal();
  }
  dialog.addEventListener('keydown', (e) => {
    const choice = dialog.querySelector<HTMLElement>(`[data-key="${CSS.escape(e.key)}"]`);
    if (choice) {
      e.preventDefault();
      choice.click();
    }
  });

  // ---- keyboard --------------------------------------------------------------------------------
  document.addEventListener('keydown', (e) => {
    if ($('#cs-work').hidden || dialog.open || panel.isOpen() || e.ctrlKey || e.metaKey || e.altKey) return;
    // F2–F4 are never typed, so they open the panel even from a field (focus may still sit in one just closed);
    // their letter twins (A, K, B) only outside fields
    const inField = !!(e.target as Element | null)?.closest?.('input, textarea, select');
    if (inField && !/^F\d$/.test(e.key)) return;
    const tab = panel.tabForKey(e.key);
    if (tab) {
      e.preventDefault(); // F3 would open the browser's search
      return panel.open(tab);
    }
    if (inField) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (!data.actions.some((a) => a.keys.includes(key))) return;
    e.preventDefault(); // F1 would open the browser's help
    const action = actionForKey(key, consoleState(), data.actions);
    if (action) trigger(action.id);
  });

  // ---- live counts and changes made elsewhere --------------------------------------------------
  function openFeed(n: number): void {
    closeFeed();
    const takeWaiting = (b: BoardState) => {
      S.waiting = b.waiting;
      render();
    };
    S.feed = connectRealtime<BoardSnapshot>({
      subscription: { hall: data.hall, window: n },
      onSnapshot: takeWaiting,
      // ticket.called is not shown here but carries the hall's seq like board.updated
      sequenced: ['ticket.called', 'board.updated'],
      // signed in: the server checks the clerk's hall and closes the socket when the sign-in is revoked
      token: () => session.token(),
      onUnauthorized: onExpired,
      on: {
        'board.updated': takeWaiting,
        'hall.changed': onHallChanged,
        'case.pickup-changed': () => panel.pickupChanged(),
        'window.updated': () => {
          clearTimeout(refreshTimer);
          refreshTimer = setTimeout(() => !S.busy && void refresh(), 300);
        },
      },
      onStatus: (status) => {
        const dot = $('#conn');
        dot.className = `conn-dot conn-${status}`;
        dot.title = STATUS_TEXT[status] ?? status;
      },
    });
  }

  function closeFeed(): void {
    S.feed?.close();
    S.feed = null;
  }

  return {
    /** A clerk is signed in: back to the window they worked at before a reload, or the choice of windows. */
    start(user: AuthUser): void {
      S.user = user;
      const remembered = Number(sessionStorage.getItem(WINDOW_KEY)) || null;
      const n = data.preselectWindow ?? remembered;
      if (n) void selectWindow(n);
      else void showPick();
    },
    stop(): void {
      closeFeed();
      clearTimeout(refreshTimer);
      S.user = null;
      show(null);
    },
    /** Signing out: the next clerk picks their own window. */
    forgetWindow(): void {
      sessionStorage.removeItem(WINDOW_KEY);
    },
    ticket: (): StaffTicket | null => S.ticket,
  };
}
