// 部门诉求 (/requests/desk?department=): an officer's departments' requests, live through the department
// room (request.assigned chimes and flashes), worked in the same panel as the board: claim, reply, return.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { RequestStatus } from '../../../src/requests/domain/request-state';
import type { RequestDetailView, RequestListItem } from '../../../src/requests/domain/request-views';
import { Announcer } from '../lib/announcer';
import { api, ApiError, failureText } from '../lib/api';
import { $, pageData, setText, toast } from '../lib/dom';
import type { RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { createDeskView } from './desk-view';
import { watchRequests } from './live-requests';
import { toCard } from './request-card';
import { serverClock } from './request-countdown';
import { loadLookups, type Lookups, type RequestPageData } from './request-page-data';
import { createRequestWorkspace } from './request-workspace';

const FILTERS: Record<string, RequestStatus[]> = { open: ['dispatched', 'in_progress'], replied: ['replied'], closed: ['closed'], all: [] };

export function startRequestDesk(): void {
  const data = pageData<RequestPageData>();
  const now = serverClock(data.serverNow);
  const view = createDeskView(data);
  const filter = $<HTMLSelectElement>('#rd-filter');
  const departmentSelect = $<HTMLSelectElement>('#rd-department');
  const S = {
    department: data.department ?? null,
    list: [] as RequestListItem[],
    live: null as RealtimeConnection | null,
    lookups: null as Lookups | null,
  };

  function handle(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
    toast(failureText(err), 'error');
  }

  const draw = () => view.rows(S.list, { department: S.department, selected: W.state.selected, fresh: W.state.fresh, now: now(), onOpen: (id) => void W.open(id) });

  function upsert(r: RequestDetailView): void {
    const at = S.list.findIndex((x) => x.id === r.id);
    if (at >= 0) S.list[at] = toCard(r);
    draw();
  }

  const W = createRequestWorkspace({
    data, now, prefix: 'rd', announcer: new Announcer({ repeat: 0 }), draw, upsert, handle,
    order: () => S.list.map((r) => r.id),
    itemSelector: (id) => `#rd-rows tr[data-request="${id}"]`,
    onGone: (id) => (S.list = S.list.filter((r) => r.id !== id)),
    onExpired: () => signIn.show(EXPIRED_TEXT),
  });

  let loads = 0;
  async function load(): Promise<void> {
    if (!S.department) return;
    const statuses = FILTERS[filter.value] ?? [];
    const status = statuses.length ? `&status=${statuses.join(',')}` : '';
    const ticket = ++loads; // a slower earlier answer (from before the last change) never overwrites a later one
    try {
      const list = await api<RequestListItem[]>(`/api/v1/requests?department=${encodeURIComponent(S.department)}${status}`);
      if (ticket !== loads) return;
      // most urgent first while open; newest first otherwise (the server's order)
      S.list = filter.value === 'open' ? [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id - b.id) : list;
      draw();
    } catch (err) {
      handle(err);
    }
  }
  filter.addEventListener('change', () => void load());

  // ---- the department ----------------------------------------------------------------------------------------
  function chooseDepartment(user: AuthUser): boolean {
    const mine = user.departmentCodes;
    if (!mine.length) {
      toast('您的账号没有分配部门，请联系管理员。', 'error');
      return false;
    }
    if (!S.department || !mine.includes(S.department)) S.department = mine[0];
    departmentSelect.replaceChildren(...mine.map((code) => new Option(S.lookups?.deptName(code) ?? code, code, false, code === S.department)));
    $('#rd-dept-pick').hidden = mine.length < 2;
    setText('#rd-dept-name', `${S.lookups?.deptName(S.department) ?? S.department} · 部门诉求`);
    document.title = `${S.lookups?.deptName(S.department) ?? S.department} · 部门诉求`;
    $<HTMLAnchorElement>('#rd-inbox').href = `/inbox/${encodeURIComponent(S.department)}`;
    history.replaceState(null, '', `/requests/desk?department=${encodeURIComponent(S.department)}`);
    return true;
  }
  departmentSelect.addEventListener('change', () => {
    S.department = departmentSelect.value;
    const user = signIn.user();
    if (user && chooseDepartment(user)) {
      W.closePanel();
      void load();
      connect();
    }
  });

  // ---- live ----------------------------------------------------------------------------------------------------
  function connect(): void {
    S.live?.close();
    if (!S.department) return;
    S.live = watchRequests({
      subscription: { department: S.department },
      onChange: async ({ changed }) => {
        const before = new Set(S.list.map((r) => r.id));
        await load();
        for (const r of S.list) {
          if (changed.has(r.id) && !before.has(r.id)) W.announce(r.id, `新派单诉求：${r.categoryName}${r.location ? ` · ${r.location}` : ''}`);
        }
        await W.refreshIfOpen(changed);
      },
      onResync: () => void load(),
      onStatus: W.setConnection,
      onUnauthorized: () => signIn.show(EXPIRED_TEXT),
    });
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  async function start(user: AuthUser): Promise<void> {
    setText('#rd-user-name', user.displayName || user.username);
    $('#rd-user').hidden = false;
    try {
      S.lookups ??= await loadLookups();
    } catch (err) {
      return handle(err);
    }
    if (!chooseDepartment(user)) return;
    $('#rd-work').hidden = false;
    W.start(S.lookups);
    await load();
    connect();
  }

  function stop(): void {
    S.live?.close();
    S.live = null;
    W.stop();
    $('#rd-user').hidden = true;
    $('#rd-work').hidden = true;
  }

  const signIn = setupSignIn({ id: 'rd-login', roles: ['officer', 'head'], refused: '部门诉求页面仅限部门经办人或负责人使用', onSignedIn: (u) => void start(u), onSignedOut: stop });
  $('#rd-password').addEventListener('click', () => signIn.changePassword());
  $('#rd-logout').addEventListener('click', () => signIn.signOut());
}
