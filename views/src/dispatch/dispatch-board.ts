// 指挥调度 (/dispatch): the dispatcher's live board. Signs in (dispatcher, supervisor, admin), lists the open
// requests in three columns, keeps them live through the dispatch room (a new report chimes and flashes),
// and works one request at a time in the panel: dispatch, close, 回访 — exactly the actions the server offers.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { RequestDetailView, RequestListItem } from '../../../src/requests/domain/request-views';
import { Announcer } from '../lib/announcer';
import { api, ApiError, failureText } from '../lib/api';
import { $, pageData, setText, toast } from '../lib/dom';
import type { RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { BOARD_STATUSES, boardColumns, cardOrder } from './board-columns';
import { createBoardView } from './board-view';
import { createHotlineDialog } from './hotline-dialog';
import { watchRequests } from './live-requests';
import { toCard } from './request-card';
import { serverClock } from './request-countdown';
import { loadLookups, type Lookups, type RequestPageData } from './request-page-data';
import { createRequestWorkspace } from './request-workspace';

const REFUSED = '指挥调度页面仅限调度员、电子监察员或管理员使用';

export function startDispatchBoard(): void {
  const data = pageData<RequestPageData>();
  const now = serverClock(data.serverNow);
  const S = {
    cards: new Map<number, RequestListItem>(),
    live: null as RealtimeConnection | null,
    lookups: null as Lookups | null,
    view: null as ReturnType<typeof createBoardView> | null,
  };

  function handle(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
    toast(failureText(err), 'error');
  }

  const columns = () => boardColumns(S.cards.values());
  const draw = () => S.view?.board({ columns: columns(), selected: W.state.selected, fresh: W.state.fresh, now: now(), onOpen: (id) => void W.open(id) });

  function upsert(r: RequestDetailView): void {
    if (BOARD_STATUSES.includes(r.status)) S.cards.set(r.id, toCard(r));
    else S.cards.delete(r.id);
    draw();
  }

  // a transfer entered here is on the board at once (request.reported brings it too) and selected
  const hotline = createHotlineDialog({ data, onCreated: (created) => void W.open(created.id), onExpired: () => signIn.show(EXPIRED_TEXT) });

  const W = createRequestWorkspace({
    data, now, prefix: 'dp', announcer: new Announcer({ repeat: 0 }), draw, upsert, handle,
    order: () => cardOrder(columns()),
    itemSelector: (id) => `.dp-card[data-request="${id}"]`,
    onGone: () => void load(),
    onExpired: () => signIn.show(EXPIRED_TEXT),
    ownKey: (key) => {
      if (!data.hotlineKeys.includes(key)) return false;
      hotline.open();
      return true;
    },
    // Esc in the hotline dialog closes only the dialog
    escapeTaken: () => hotline.isOpen(),
  });

  let loads = 0;
  async function load(): Promise<void> {
    const hall = data.hall ? `&hall=${encodeURIComponent(data.hall)}` : '';
    const ticket = ++loads; // a slower earlier answer (from before the last change) never overwrites a later one
    try {
      const list = await api<RequestListItem[]>(`/api/v1/requests?status=${BOARD_STATUSES.join(',')}${hall}`);
      if (ticket !== loads) return;
      S.cards = new Map(list.map((r) => [r.id, r]));
      draw();
    } catch (err) {
      handle(err);
    }
  }

  function connect(): void {
    S.live?.close();
    S.live = watchRequests({
      subscription: { dispatch: true },
      onChange: async ({ reported, changed }) => {
        await load();
        for (const id of reported) {
          const r = S.cards.get(id);
          if (r) W.announce(id, `新诉求：${r.categoryName}${r.location ? ` · ${r.location}` : ''}`);
        }
        await W.refreshIfOpen(new Set([...changed, ...reported]));
      },
      onResync: () => void load(),
      onStatus: W.setConnection,
      onUnauthorized: () => signIn.show(EXPIRED_TEXT),
    });
  }

  $('#dp-sound').addEventListener('click', () => {
    W.state.sound = !W.state.sound;
    $('#dp-sound').setAttribute('aria-pressed', String(W.state.sound));
    setText('#dp-sound', `提示音：${W.state.sound ? '开' : '关'}`);
  });

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
    S.view ??= createBoardView(data, S.lookups);
    W.start(S.lookups);
    await load();
    connect();
  }

  function stop(): void {
    S.live?.close();
    S.live = null;
    W.stop();
    hotline.stop();
    $('#dp-user').hidden = true;
    $('#dp-work').hidden = true;
  }

  const signIn = setupSignIn({ id: 'dp-login', roles: ['dispatcher', 'supervisor', 'admin'], refused: REFUSED, onSignedIn: (u) => void start(u), onSignedOut: stop });
  $('#dp-password').addEventListener('click', () => signIn.changePassword());
  $('#dp-logout').addEventListener('click', () => {
    hotline.forget();
    signIn.signOut();
  });
}
