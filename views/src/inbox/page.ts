// The back-office inbox (/inbox/:department): the department's cases by due date, live through the
// department room (case.assigned adds and chimes, case.updated / case.warning refresh the row), a drawer
// per case with the actions the server's case policy allows, and the head's pending extensions.
import type { CaseChangedMessage, CaseWarningMessage } from '../../../src/realtime/domain/socket-events';
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import { extensionDaysLeft } from '../../../src/cases/domain/case-policy';
import type { CaseDetailView, CaseExtensionView, CaseSummaryView } from '../../../src/cases/domain/case-views';
import { watchableDepartments } from '../../../src/cases/domain/department-access';
import type { InboxAction } from '../../../src/cases/view-models/inbox.view-model';
import { Announcer } from '../lib/announcer';
import { api, ApiError, failureText, session } from '../lib/api';
import { $, $maybe, pageData, setText, toast } from '../lib/dom';
import { connectRealtime, type ConnectionStatus, type RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { clearForm, showForm } from './forms';
import { createView, type InboxCase, type InboxData } from './view';

const FRESH_MS = 15000;
const CONN_TITLE: Record<ConnectionStatus, string> = { live: '实时连接', offline: '连接中断，正在重连…', error: '订阅失败', connecting: '正在连接…' };
export function startInboxPage(): void {
  const data = pageData<InboxData>();
  const view = createView(data);
  const announcer = new Announcer({ repeat: 0 });
  const S = {
    user: null as AuthUser | null,
    department: data.department,
    cases: new Map<number, InboxCase>(),
    selected: null as number | null,
    detail: null as CaseDetailView | null,
    fresh: new Set<number>(),
    live: null as RealtimeConnection | null,
    busy: false,
    extensions: new Map<number, { c: CaseSummaryView; ext: CaseExtensionView }>(),
  };
  const filterSelect = $<HTMLSelectElement>('#ib-filter');
  const lightSelect = $<HTMLSelectElement>('#ib-light');
  const search = $<HTMLInputElement>('#ib-q');
  const drawerBox = $('#ib-drawer');
  const formBox = $('#dr-form');
  const filter = () => data.filters.find((f) => f.id === filterSelect.value) ?? data.filters[0];
  const department = () => S.department ?? '';

  function show(section: 'ib-pick' | 'ib-work' | null): void {
    for (const id of ['ib-pick', 'ib-work'] as const) $(`#${id}`).hidden = id !== section;
    $('#ib-user').hidden = section === null;
    if (section !== 'ib-work') view.closeDrawer();
  }

  // ---- department ----------------------------------------------------------------------------------
  const myDepartments = () => (S.user ? watchableDepartments(S.user, data.departments.map((d) => d.code)) : []);

  function pickDepartment(note = ''): void {
    closeLive();
    show('ib-pick');
    setText('#ib-pick-note', note);
    view.departmentsPicker(myDepartments(), (code) => {
      history.replaceState(null, '', `/inbox/${code}`);
      S.department = code;
      openDepartment();
    });
  }

  function start(user: AuthUser): void {
    S.user = user;
    setText('#ib-user-name', user.displayName || user.username);
    const mine = myDepartments();
    $('#ib-switch').hidden = mine.length < 2;
    if (!mine.length) return pickDepartment('您的账号没有分配部门，请联系管理员。');
    if (S.department && !mine.includes(S.department)) return pickDepartment(`您不属于${view.deptName(S.department)}，请选择您的部门。`);
    if (!S.department && mine.length === 1) {
      S.department = mine[0];
      history.replaceState(null, '', `/inbox/${S.department}`);
    }
    if (!S.department) return pickDepartment();
    openDepartment();
  }

  function openDepartment(): void {
    setText('#ib-dept-name', view.deptName(department()));
    document.title = `${view.deptName(department())} · 后台办件箱`;
    show('ib-work');
    S.cases.clear();
    void load();
    connect();
    if ('Notification' in window && Notification.permission === 'default') $('#ib-notify').hidden = false;
  }

  // ---- the list ----------------------------------------------------------------------------------------
  /** Shows what went wrong; returns the message for a form to show too. */
  function handle(err: unknown): string {
    if (err instanceof ApiError && err.status === 401) {
      signIn.show(EXPIRED_TEXT);
      return EXPIRED_TEXT;
    }
    toast(failureText(err), 'error');
    return failureText(err);
  }

  async function load(): Promise<void> {
    const f = filter();
    const status = f.statuses.length ? `&status=${f.statuses.join(',')}` : '';
    try {
      const list = await api<CaseSummaryView[]>(`/api/v1/cases?department=${encodeURIComponent(department())}${status}&limit=500`);
      S.cases = new Map(list.map((c) => [c.id, c]));
      draw();
      void loadExtensions();
    } catch (err) {
      handle(err);
    }
  }

  function matches(c: InboxCase): boolean {
    const f = filter();
    if (f.statuses.length && !f.statuses.includes(c.status)) return false;
    const tasks = f.tasks;
    if (tasks && !c.tasks.some((t) => t.departmentCode === S.department && tasks.includes(t.status))) return false;
    const lightWanted = lightSelect.value;
    if (lightWanted && !(c.warning === lightWanted || (lightWanted === 'red' && c.warning === 'red_plus'))) return false;
    const q = search.value.trim().toLowerCase();
    if (q && ![c.caseNumber, c.itemName, c.applicantName].some((x) => String(x ?? '').toLowerCase().includes(q))) return false;
    return true;
  }

  const visible = () => [...S.cases.values()].filter(matches).sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);

  function draw(): void {
    view.rows(visible(), department(), { selected: S.selected, fresh: S.fresh, onOpen: (id) => void openCase(id) });
  }

  filterSelect.addEventListener('change', () => void load());
  lightSelect.addEventListener('change', draw);
  search.addEventListener('input', draw);

  // ---- the drawer --------------------------------------------------------------------------------------
  const enabled = (c: CaseDetailView, id: InboxAction['id']) => c.actions[id]?.enabled === true;

  async function openCase(id: number): Promise<void> {
    S.selected = id;
    draw();
    try {
      const c = await api<CaseDetailView>(`/api/v1/cases/${id}`);
      if (S.selected !== id) return;
      S.detail = c;
      clearForm();
      view.drawer(c, department());
    } catch (err) {
      handle(err);
    }
  }

  function closeCase(): void {
    S.detail = null;
    S.selected = null;
    clearForm();
    view.closeDrawer();
    draw();
  }
  $('#dr-close').addEventListener('click', closeCase);

  function trigger(actionId: string): void {
    const c = S.detail;
    const action = data.actions.find((a) => a.id === actionId);
    if (!c || !action || S.busy) return;
    if (!enabled(c, action.id)) {
      const reason = c.actions[action.id]?.reason;
      if (reason) toast(reason); // a shortcut for a button that is not offered says why
      return;
    }
    if (!action.form) {
      void run(c, action, {});
      return;
    }
    showForm(action.form, c, {
      data,
      department: department(),
      extensionLeft: extensionDaysLeft(c.kind, c.extensionDays),
      onCancel: () => clearForm(),
      onSubmit: (body) => run(c, action, body),
    });
  }

  $('#dr-actions').addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-action]');
    if (button?.dataset.action) trigger(button.dataset.action);
  });

  /** Runs an action; resolves to the server's message on failure (the form shows it), null on success. */
  async function run(c: Pick<CaseSummaryView, 'id'>, action: InboxAction, body: Record<string, unknown>): Promise<string | null> {
    S.busy = true;
    try {
      const updated = await api<CaseDetailView>(`/api/v1/cases/${c.id}/${action.endpoint}`, { method: 'POST', body });
      toast(`${action.done} ${updated.caseNumber}`, 'ok');
      upsert(updated);
      if (S.selected === updated.id) {
        S.detail = updated;
        clearForm();
        view.drawer(updated, department());
      }
      noteExtension(updated);
      return null;
    } catch (err) {
      return handle(err);
    } finally {
      S.busy = false;
    }
  }

  function upsert(c: CaseDetailView): void {
    S.cases.set(c.id, { ...S.cases.get(c.id), ...c });
    draw();
  }

  // ---- the head's pending extensions -----------------------------------------------------------------
  const isHead = () => !!S.user && S.user.roles.includes('head') && S.user.departmentCodes.includes(department());

  /** A list row or a full case: a pending request of this department that the head may decide. */
  function noteExtension(c: CaseSummaryView | CaseDetailView): void {
    if (!isHead()) return;
    const ext = c.pendingExtensions.find((x) => x.departmentCode === S.department);
    const decidable = 'actions' in c ? enabled(c, 'approveExtension') : true;
    if (ext && decidable) S.extensions.set(c.id, { c, ext });
    else S.extensions.delete(c.id);
    drawExtensions();
  }

  function drawExtensions(): void {
    const approve = data.actions.find((a) => a.id === 'approveExtension');
    view.extensions(
      [...S.extensions.values()],
      (id) => void openCase(id),
      (c) => approve && void run(c, approve, {}),
      async (c) => {
        await openCase(c.id);
        trigger('rejectExtension');
      },
    );
  }

  async function loadExtensions(): Promise<void> {
    S.extensions.clear();
    if (!isHead()) return drawExtensions();
    try {
      // list rows carry pending requests: no full read (and no 个人信息查询留痕 entry) per open case
      const open = await api<CaseSummaryView[]>(`/api/v1/cases?department=${encodeURIComponent(department())}&status=in_progress,suspended&limit=500`);
      open.forEach(noteExtension);
      drawExtensions();
    } catch (err) {
      handle(err);
    }
  }

  // ---- live: the department room ----------------------------------------------------------------------
  function setConn(status: ConnectionStatus): void {
    const dot = $('#ib-conn');
    dot.className = `conn-dot conn-${status}`;
    dot.title = CONN_TITLE[status];
  }

  function connect(): void {
    closeLive();
    const ours = (msg: CaseChangedMessage | CaseWarningMessage) => 'department' in msg && msg.department === S.department;
    S.live = connectRealtime({
      subscription: { department: department() },
      token: () => session.token(),
      onSnapshot: (_ack, { first }) => {
        if (!first) void load(); // back after a gap: take the list afresh
      },
      on: {
        'case.assigned': (msg) => ours(msg) && refreshCase(msg.caseId, true),
        'case.updated': (msg) => ours(msg) && refreshCase(msg.caseId, false),
        'case.warning': (msg) => ours(msg) && refreshCase(msg.caseId, false),
      },
      onStatus: setConn,
      onUnauthorized: () => signIn.show(EXPIRED_TEXT),
    });
  }

  function closeLive(): void {
    S.live?.close();
    S.live = null;
  }

  const pending = new Map<number, ReturnType<typeof setTimeout>>();
  function refreshCase(id: number, assigned: boolean): void {
    clearTimeout(pending.get(id));
    pending.set(
      id,
      setTimeout(async () => {
        pending.delete(id);
        let c: CaseDetailView;
        try {
          c = await api<CaseDetailView>(`/api/v1/cases/${id}`);
        } catch (err) {
          if (err instanceof ApiError && (err.status === 403 || err.status === 404)) {
            S.cases.delete(id);
            return draw();
          }
          handle(err);
          return;
        }
        if (assigned) announce(c);
        upsert(c);
        noteExtension(c);
        if (S.selected === id && !S.busy && formBox.hidden) {
          S.detail = c;
          view.drawer(c, department());
        }
      }, 150),
    );
  }

  function announce(c: CaseDetailView): void {
    S.fresh.add(c.id);
    setTimeout(() => {
      S.fresh.delete(c.id);
      draw();
    }, FRESH_MS);
    toast(`新派单：${c.caseNumber} ${c.itemName}（承诺 ${c.dueDate ?? ''} 前办结）`, 'ok');
    void announcer.chime();
    if ('Notification' in window && Notification.permission === 'granted') {
      try {
        new Notification('新派单', { body: `${c.caseNumber} ${c.itemName}`, tag: `case-${c.id}` });
      } catch {
        // some browsers allow notifications from a service worker only
      }
    }
  }

  $('#ib-notify').addEventListener('click', async () => {
    try {
      await Notification.requestPermission();
    } finally {
      $('#ib-notify').hidden = Notification.permission !== 'default';
    }
  });

  // ---- keyboard --------------------------------------------------------------------------------------
  function move(step: number): void {
    const list = visible();
    if (!list.length) return;
    const at = list.findIndex((c) => c.id === S.selected);
    const next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))];
    if (drawerBox.hidden) {
      S.selected = next.id;
      draw();
    } else void openCase(next.id);
    $maybe(`#ib-rows tr[data-case="${next.id}"]`)?.scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', (e) => {
    if ($('#ib-work').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    const typing = target.closest?.('input, textarea, select');
    if (e.key === 'Escape') {
      if (!formBox.hidden) clearForm();
      else if (!drawerBox.hidden) closeCase();
      else if (typing) target.blur();
      return;
    }
    if (typing) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'ArrowDown' || key === 'j') move(1);
    else if (key === 'ArrowUp' || key === 'k') move(-1);
    else if (key === 'Enter' && S.selected) void openCase(S.selected);
    else if (key === '/') search.focus();
    else if (S.detail && !drawerBox.hidden) {
      const action = data.actions.find((a) => a.keys.includes(key));
      if (!action) return;
      trigger(action.id);
    } else return;
    e.preventDefault();
  });

  // ---- sign-in (last: a tab that already holds a session starts the page at once) -----------------------
  announcer.enableOnFirstGesture(); // the sign-in click is the gesture that lets the page chime later
  const signIn = setupSignIn({
    id: 'ib-login',
    onSignedIn: start,
    onSignedOut: () => {
      closeLive();
      S.user = null;
      show(null);
    },
  });
  $('#ib-password').addEventListener('click', () => signIn.changePassword());
  $('#ib-logout').addEventListener('click', () => signIn.signOut());
  $('#ib-switch').addEventListener('click', () => pickDepartment());
}
