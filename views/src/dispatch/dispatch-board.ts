// 指挥调度 (/dispatch): the dispatcher's live board. Signs in (dispatcher, supervisor, admin), lists the open
// requests in three columns, keeps them live through the dispatch room (a new report chimes and flashes),
// and works one request at a time in the panel: dispatch, close, 回访 — exactly the actions the server offers.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { RequestDetailView, RequestListItem } from '../../../src/requests/domain/request-views';
import { Announcer } from '../lib/announcer';
import { api, ApiError, failureText } from '../lib/api';
import { $, $maybe, pageData, setText, toast } from '../lib/dom';
import { STATUS_TEXT, type ConnectionStatus, type RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { BOARD_STATUSES, boardColumns, cardOrder, moveSelection } from './board-columns';
import { onBoardKey } from './board-keys';
import { createBoardView } from './board-view';
import { createHotlineDialog } from './hotline-dialog';
import { watchRequests } from './live-requests';
import { createActions } from './request-actions';
import { returnReasonOf, toCard } from './request-card';
import { serverClock } from './request-countdown';
import { clearForm, formOpen } from './request-forms';
import { loadLookups, type Lookups, type RequestPageData } from './request-page-data';
import { createPanel, type RequestPanel } from './request-panel';

const FRESH_MS = 15_000;
const REFUSED = '指挥调度页面仅限调度员、电子监察员或管理员使用';

export function startDispatchBoard(): void {
  const data = pageData<RequestPageData>();
  const now = serverClock(data.serverNow);
  const announcer = new Announcer({ repeat: 0 });
  const S = {
    cards: new Map<number, RequestListItem>(),
    selected: null as number | null,
    fresh: new Set<number>(),
    returnReasons: new Map<number, string>(),
    live: null as RealtimeConnection | null,
    tick: undefined as ReturnType<typeof setInterval> | undefined,
    sound: true,
    lookups: null as Lookups | null,
    panel: null as RequestPanel | null,
    actions: null as ReturnType<typeof createActions> | null,
    view: null as ReturnType<typeof createBoardView> | null,
  };

  function handle(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
    toast(failureText(err), 'error');
  }

  const columns = () => boardColumns(S.cards.values());
  // a transfer entered here is on the board at once (request.reported brings it too) and selected
  const hotline = createHotlineDialog({ data, onCreated: (created) => void open(created.id), onExpired: () => signIn.show(EXPIRED_TEXT) });

  function draw(): void {
    S.view?.board({ columns: columns(), selected: S.selected, fresh: S.fresh, returnReasons: S.returnReasons, now: now(), onOpen: (id) => void open(id) });
  }

  // ---- the list --------------------------------------------------------------------------------------------
  async function load(): Promise<void> {
    const hall = data.hall ? `&hall=${encodeURIComponent(data.hall)}` : '';
    try {
      const list = await api<RequestListItem[]>(`/api/v1/requests?status=${BOARD_STATUSES.join(',')}${hall}`);
      S.cards = new Map(list.map((r) => [r.id, r]));
      draw();
      void fillReturnReasons();
    } catch (err) {
      handle(err);
    }
  }

  /** Returned cards show why; until the list carries the reason it comes from each returned request's detail. */
  async function fillReturnReasons(): Promise<void> {
    for (const r of S.cards.values()) {
      if (r.status !== 'returned' || S.returnReasons.has(r.id)) continue;
      const given = (r as RequestListItem & { returnReason?: string | null }).returnReason;
      if (given !== undefined) {
        if (given) S.returnReasons.set(r.id, given);
        continue;
      }
      try {
        const reason = returnReasonOf(await api<RequestDetailView>(`/api/v1/requests/${r.id}`));
        if (reason) S.returnReasons.set(r.id, reason);
      } catch {
        // the card shows 部门退回 without the reason
      }
    }
    draw();
  }

  function upsert(r: RequestDetailView): void {
    if (BOARD_STATUSES.includes(r.status)) S.cards.set(r.id, toCard(r));
    else S.cards.delete(r.id);
    S.returnReasons.delete(r.id);
    const reason = r.status === 'returned' ? returnReasonOf(r) : null;
    if (reason) S.returnReasons.set(r.id, reason);
    draw();
  }

  // ---- the panel -------------------------------------------------------------------------------------------
  async function open(id: number): Promise<void> {
    if (S.selected !== id) clearForm(); // a form belongs to its request
    S.selected = id;
    draw();
    try {
      const r = await api<RequestDetailView>(`/api/v1/requests/${id}`);
      if (S.selected !== id) return;
      upsert(r);
      S.panel?.show(r, now());
    } catch (err) {
      handle(err);
    }
  }

  function closePanel(): void {
    clearForm();
    S.panel?.hide();
    draw();
  }

  // ---- live --------------------------------------------------------------------------------------------------
  function setConn(status: ConnectionStatus): void {
    const dot = $('#dp-conn');
    dot.className = `conn-dot conn-${status}`;
    dot.title = STATUS_TEXT[status];
  }

  function connect(): void {
    S.live?.close();
    S.live = watchRequests({
      subscription: { dispatch: true },
      onChange: async ({ reported, changed }) => {
        await load();
        for (const id of reported) if (S.cards.has(id)) announce(S.cards.get(id)!);
        const open = S.panel?.current();
        // the open request changed elsewhere: show it afresh (a form being typed in stays as it is)
        if (open && (changed.has(open.id) || reported.has(open.id))) void refreshPanel(open.id);
      },
      onResync: () => void load(),
      onStatus: setConn,
      onUnauthorized: () => signIn.show(EXPIRED_TEXT),
    });
  }

  async function refreshPanel(id: number): Promise<void> {
    try {
      const r = await api<RequestDetailView>(`/api/v1/requests/${id}`);
      if (S.panel?.current()?.id === id) S.panel.show(r, now());
      upsert(r);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 403 || err.status === 404)) closePanel();
    }
  }

  function announce(r: RequestListItem): void {
    S.fresh.add(r.id);
    setTimeout(() => {
      S.fresh.delete(r.id);
      draw();
    }, FRESH_MS);
    draw();
    toast(`新诉求：${r.categoryName}${r.location ? ` · ${r.location}` : ''}`, 'ok');
    if (S.sound) void announcer.chime();
  }

  $('#dp-sound').addEventListener('click', () => {
    S.sound = !S.sound;
    $('#dp-sound').setAttribute('aria-pressed', String(S.sound));
    setText('#dp-sound', `提示音：${S.sound ? '开' : '关'}`);
  });

  // ---- keyboard ------------------------------------------------------------------------------------------------
  function move(step: number): void {
    const next = moveSelection(cardOrder(columns()), S.selected, step);
    if (next === null) return;
    if (S.panel?.current()) void open(next);
    else {
      S.selected = next;
      draw();
    }
    $maybe(`.dp-card[data-request="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  onBoardKey({
    active: () => !$('#dp-work').hidden,
    move,
    openSelected: () => S.selected !== null && void open(S.selected),
    // Esc in the hotline dialog closes only the dialog
    escape: () => (hotline.isOpen() ? undefined : formOpen() ? clearForm() : S.panel?.current() ? closePanel() : undefined),
    action: async (key) => {
      if (data.hotlineKeys.includes(key)) {
        hotline.open();
        return true;
      }
      const command = S.actions?.forKey(key);
      if (!command || S.selected === null) return false;
      if (S.panel?.current()?.id !== S.selected) await open(S.selected);
      S.actions?.trigger(command);
      return true;
    },
  });

  // ---- start -----------------------------------------------------------------------------------------------------
  async function start(user: AuthUser): Promise<void> {
    setText('#dp-user-name', user.displayName || user.username);
    $('#dp-user').hidden = false;
    $('#dp-work').hidden = false;
    hotline.start(user);
    try {
      S.lookups ??= await loadLookups();
    } catch (err) {
      return handle(err);
    }
    if (!S.panel) {
      S.view = createBoardView(data, S.lookups);
      S.panel = createPanel(data, S.lookups);
      S.actions = createActions({ data, lookups: S.lookups, panel: S.panel, onDone: (r) => (upsert(r), S.panel?.show(r, now())), onGone: () => (closePanel(), void load()), onExpired: () => signIn.show(EXPIRED_TEXT) });
      $('#rq-close').addEventListener('click', closePanel);
    }
    await load();
    connect();
    clearInterval(S.tick);
    S.tick = setInterval(() => {
      draw();
      S.panel?.tick(now());
    }, 1000);
  }

  function stop(): void {
    S.live?.close();
    S.live = null;
    clearInterval(S.tick);
    S.panel?.hide();
    hotline.stop();
    $('#dp-user').hidden = true;
    $('#dp-work').hidden = true;
  }

  announcer.enableOnFirstGesture(); // the sign-in click lets the page chime later
  const signIn = setupSignIn({ id: 'dp-login', roles: ['dispatcher', 'supervisor', 'admin'], refused: REFUSED, onSignedIn: (u) => void start(u), onSignedOut: stop });
  $('#dp-password').addEventListener('click', () => signIn.changePassword());
  $('#dp-logout').addEventListener('click', () => {
    hotline.forget();
    signIn.signOut();
  });
}
