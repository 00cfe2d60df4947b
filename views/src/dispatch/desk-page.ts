// 部门诉求 (/requests/desk?department=): an officer's departments' requests, live through the department
// room (request.assigned chimes and flashes), worked in the same panel as the board: claim, reply, return.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { RequestStatus } from '../../../src/requests/domain/request-state';
import type { RequestDetailView, RequestListItem } from '../../../src/requests/domain/request-views';
import { Announcer } from '../lib/announcer';
import { api, ApiError, failureText } from '../lib/api';
import { $, $maybe, pageData, setText, toast } from '../lib/dom';
import { STATUS_TEXT, type ConnectionStatus, type RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { moveSelection } from './board-columns';
import { onBoardKey } from './board-keys';
import { createDeskView } from './desk-view';
import { watchRequests } from './live-requests';
import { createActions } from './request-actions';
import { toCard } from './request-card';
import { serverClock } from './request-countdown';
import { clearForm, formOpen } from './request-forms';
import { loadLookups, type Lookups, type RequestPageData } from './request-page-data';
import { createPanel, type RequestPanel } from './request-panel';

const FRESH_MS = 15_000;
const FILTERS: Record<string, RequestStatus[]> = { open: ['dispatched', 'in_progress'], replied: ['replied'], closed: ['closed'], all: [] };

export function startRequestDesk(): void {
  const data = pageData<RequestPageData>();
  const now = serverClock(data.serverNow);
  const view = createDeskView(data);
  const announcer = new Announcer({ repeat: 0 });
  const filter = $<HTMLSelectElement>('#rd-filter');
  const departmentSelect = $<HTMLSelectElement>('#rd-department');
  const S = {
    department: data.department ?? null,
    list: [] as RequestListItem[],
    selected: null as number | null,
    fresh: new Set<number>(),
    live: null as RealtimeConnection | null,
    tick: undefined as ReturnType<typeof setInterval> | undefined,
    lookups: null as Lookups | null,
    panel: null as RequestPanel | null,
    actions: null as ReturnType<typeof createActions> | null,
  };

  function handle(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
    toast(failureText(err), 'error');
  }

  const draw = () => view.rows(S.list, { department: S.department, selected: S.selected, fresh: S.fresh, now: now(), onOpen: (id) => void open(id) });

  async function load(): Promise<void> {
    if (!S.department) return;
    const statuses = FILTERS[filter.value] ?? [];
    const status = statuses.length ? `&status=${statuses.join(',')}` : '';
    try {
      const list = await api<RequestListItem[]>(`/api/v1/requests?department=${encodeURIComponent(S.department)}${status}`);
      // most urgent first while open; newest first otherwise (the server's order)
      S.list = filter.value === 'open' ? [...list].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id - b.id) : list;
      draw();
    } catch (err) {
      handle(err);
    }
  }
  filter.addEventListener('change', () => void load());

  function upsert(r: RequestDetailView): void {
    const card = toCard(r);
    const at = S.list.findIndex((x) => x.id === r.id);
    if (at >= 0) S.list[at] = card;
    draw();
  }

  async function open(id: number): Promise<void> {
    if (S.selected !== id) clearForm();
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
      closePanel();
      void load();
      connect();
    }
  });

  // ---- live ----------------------------------------------------------------------------------------------------
  function setConn(status: ConnectionStatus): void {
    const dot = $('#rd-conn');
    dot.className = `conn-dot conn-${status}`;
    dot.title = STATUS_TEXT[status];
  }

  function connect(): void {
    S.live?.close();
    if (!S.department) return;
    const known = () => new Set(S.list.map((r) => r.id));
    S.live = watchRequests({
      subscription: { department: S.department },
      onChange: async ({ changed }) => {
        const before = known();
        await load();
        for (const r of S.list) if (changed.has(r.id) && !before.has(r.id)) announce(r);
        const shown = S.panel?.current();
        if (shown && changed.has(shown.id)) void refreshPanel(shown.id);
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
    toast(`新派单诉求：${r.categoryName}${r.location ? ` · ${r.location}` : ''}`, 'ok');
    void announcer.chime();
  }

  // ---- keyboard ------------------------------------------------------------------------------------------------
  function move(step: number): void {
    const next = moveSelection(S.list.map((r) => r.id), S.selected, step);
    if (next === null) return;
    if (S.panel?.current()) void open(next);
    else {
      S.selected = next;
      draw();
    }
    $maybe(`#rd-rows tr[data-request="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  onBoardKey({
    active: () => !$('#rd-work').hidden,
    move,
    openSelected: () => S.selected !== null && void open(S.selected),
    escape: () => (formOpen() ? clearForm() : S.panel?.current() ? closePanel() : undefined),
    action: async (key) => {
      const command = S.actions?.forKey(key);
      if (!command || S.selected === null) return false;
      if (S.panel?.current()?.id !== S.selected) await open(S.selected);
      S.actions?.trigger(command);
      return true;
    },
  });

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
    if (!S.panel) {
      S.panel = createPanel(data, S.lookups);
      S.actions = createActions({
        data,
        lookups: S.lookups,
        panel: S.panel,
        onDone: (r) => {
          upsert(r);
          S.panel?.show(r, now());
        },
        onGone: (id) => {
          S.list = S.list.filter((r) => r.id !== id);
          closePanel();
        },
        onExpired: () => signIn.show(EXPIRED_TEXT),
      });
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
    $('#rd-user').hidden = true;
    $('#rd-work').hidden = true;
  }

  announcer.enableOnFirstGesture();
  const signIn = setupSignIn({ id: 'rd-login', roles: ['officer', 'head'], refused: '部门诉求页面仅限部门经办人或负责人使用', onSignedIn: (u) => void start(u), onSignedOut: stop });
  $('#rd-password').addEventListener('click', () => signIn.changePassword());
  $('#rd-logout').addEventListener('click', () => signIn.signOut());
}
