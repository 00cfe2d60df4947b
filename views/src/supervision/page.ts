// The supervision page (/supervision): signs in a supervisor, shows the live board
// (GET /api/v1/supervision/overview) and keeps it live: the supervision room's case.warning, case.assigned
// and case.updated refetch the board, debounced. 督办意见 go to POST /api/v1/cases/{id}/supervise; the
// figures come from GET /api/v1/supervision/figures.
import type { Light, LightCounts } from '../../../src/supervision/domain/lights';
import type { CaseCard } from '../../../src/supervision/domain/overview';
import type { FiguresReport, SupervisionOverview } from '../../../src/supervision/domain/supervision-responses';
import type { Period } from '../../../src/supervision/domain/periods';
import { api, ApiError, downloadApiFile, failureText, session } from '../lib/api';
import { $, $$, $maybe, pageData, setText, toast } from '../lib/dom';
import { connectRealtime, type ConnectionStatus, type RealtimeConnection } from '../lib/realtime';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { createRequestLights } from './request-lights';
import { createView, type SupervisionData } from './view';
import { loadAppointmentFigures } from './appointments';
import { drawHallLights, loadPointFigures } from './points';

const FIGURES_EVERY_MS = 5 * 60 * 1000;
const REFUSED = '电子监察页面仅限电子监察员或管理员使用';
const CONN_TEXT: Record<ConnectionStatus, string> = { live: '实时', offline: '连接中断，正在重连…', error: '订阅失败', connecting: '正在连接…' };

export function startSupervisionPage(): void {
  const data = pageData<SupervisionData>();
  const view = createView(data);
  const requests = createRequestLights(data.hall, (code) => data.departments.find((d) => d.code === code)?.name ?? code);
  const loadRequests = () => requests.load().catch(handle);
  const S = {
    board: null as SupervisionOverview | null,
    today: null as string | null,
    previousCounts: null as LightCounts | null,
    filter: null as Light | null,
    live: null as RealtimeConnection | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    poll: undefined as ReturnType<typeof setInterval> | undefined,
    figuresPoll: undefined as ReturnType<typeof setInterval> | undefined,
    loading: null as Promise<void> | null,
    again: false,
    noteCase: null as CaseCard | null,
    period: 'day' as Period,
    range: null as { from: string; to: string } | null,
    busy: false,
  };

  function showMain(on: boolean): void {
    $('#sv-main').hidden = !on;
    $('#sv-user').hidden = !on;
  }

  function handle(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
    if (err instanceof ApiError && err.status === 403) return signIn.show('当前账号无权查看电子监察，请使用电子监察员账号登录');
    toast(failureText(err), 'error');
  }

  // ---- the board ------------------------------------------------------------------------------------------
  async function loadBoard(): Promise<void> {
    if (S.loading) {
      S.again = true; // an event came while loading: load once more afterwards
      return S.loading;
    }
    S.loading = (async () => {
      try {
        const board = await api<SupervisionOverview>(`/api/v1/supervision/overview?hall=${encodeURIComponent(data.hall)}`);
        S.board = board;
        drawBoard();
        if (S.today && S.today !== board.today && !S.range) void loadFigures(); // a new day: the default range moves
        S.today = board.today;
        setText('#sv-updated', `更新于 ${board.generatedAt.slice(11, 19)}`);
      } catch (err) {
        handle(err);
      }
    })();
    await S.loading;
    S.loading = null;
    if (S.again) {
      S.again = false;
      void loadBoard();
    }
  }

  function drawBoard(): void {
    const b = S.board;
    if (!b) return;
    view.tiles(b.lights, S.previousCounts, S.filter);
    S.previousCounts = b.lights;
    view.departments(b.departments);
    view.warnings(b.warnings, S.filter, b.warningsTruncated, openNote);
    view.overruns(b.overruns, b.overrunDate);
    view.supervised(b.supervised, openNote);
    drawHallLights(b.halls ?? []);
  }

  function scheduleBoard(): void {
    clearTimeout(S.timer);
    S.timer = setTimeout(() => void loadBoard(), data.debounceMs);
  }

  $$('.sv-tile[data-light]').forEach((tile) =>
    tile.addEventListener('click', () => {
      const light = tile.dataset.light as Light;
      S.filter = S.filter === light || light === 'green' ? null : light;
      drawBoard();
      if (S.filter) $('#sv-warn-title').scrollIntoView({ block: 'start', behavior: 'smooth' });
    }),
  );

  // ---- live: the supervision room hears every department's case events -----------------------------------
  function setConn(status: ConnectionStatus): void {
    $('#sv-conn').className = `sv-conn sv-conn-${status}`;
    setText('#sv-conn-text', CONN_TEXT[status]);
  }

  function connect(): void {
    S.live?.close();
    setConn('connecting');
    S.live = connectRealtime({
      subscription: { supervision: true },
      token: () => session.token(),
      onSnapshot: (_ack, { first }) => {
        if (!first) void loadBoard(); // back after a gap: what changed meanwhile
      },
      on: { 'case.warning': scheduleBoard, 'case.updated': scheduleBoard, 'case.assigned': scheduleBoard, 'request.warning': () => void loadRequests() },
      onStatus: setConn,
      onUnauthorized: () => signIn.show(EXPIRED_TEXT),
    });
  }

  function stopLive(): void {
    S.live?.close();
    S.live = null;
    clearInterval(S.poll);
    clearInterval(S.figuresPoll);
    clearTimeout(S.timer);
  }

  // ---- 督办意见 --------------------------------------------------------------------------------------------
  const noteForm = $<HTMLFormElement>('#sv-note-form');
  const noteInput = $<HTMLTextAreaElement>('#sv-note');
  const respondBy = $<HTMLInputElement>('#sv-respond-by');
  const departmentNames = (c: CaseCard) => c.departments.map((d) => d.name).join('、');

  function openNote(c: CaseCard): void {
    S.noteCase = c;
    setText('#sv-note-case', `${c.caseNumber} ${c.itemName} · 责任部门：${departmentNames(c) || '—'}`);
    setText('#sv-note-error', '');
    noteInput.value = '';
    respondBy.value = '';
    noteForm.hidden = false;
    noteForm.scrollIntoView({ block: 'center' });
    noteInput.focus();
  }

  function closeNote(): void {
    const c = S.noteCase;
    S.noteCase = null;
    noteForm.hidden = true;
    if (c) $maybe(`[data-case-id="${c.caseId}"] button`)?.focus();
  }

  $('#sv-note-cancel').addEventListener('click', closeNote);
  noteForm.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeNote();
  });
  noteForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const c = S.noteCase;
    const note = noteInput.value.trim();
    if (!c || S.busy) return;
    if (!note) {
      setText('#sv-note-error', '请填写督办意见');
      noteInput.focus();
      return;
    }
    const body: { note: string; respondBy?: string } = { note };
    if (respondBy.value) body.respondBy = respondBy.value;
    S.busy = true;
    try {
      await api(`/api/v1/cases/${c.caseId}/supervise`, { method: 'POST', body });
      toast(`督办意见已送达${departmentNames(c) || '责任部门'}：${c.caseNumber}`, 'ok');
      closeNote();
      await loadBoard();
    } catch (err) {
      setText('#sv-note-error', err instanceof ApiError && err.status === 401 ? EXPIRED_TEXT : failureText(err));
    } finally {
      S.busy = false;
    }
  });

  // ---- figures ----------------------------------------------------------------------------------------------
  const periodButtons = $$<HTMLButtonElement>('.sv-period');
  const fromInput = $<HTMLInputElement>('#sv-from');
  const toInput = $<HTMLInputElement>('#sv-to');

  function markPeriod(): void {
    for (const b of periodButtons) {
      const on = b.dataset.period === S.period;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    }
  }

  async function loadFigures(): Promise<void> {
    markPeriod();
    const query = new URLSearchParams({ hall: data.hall, period: S.period });
    if (S.range?.from) query.set('from', S.range.from);
    if (S.range?.to) query.set('to', S.range.to);
    setText('#sv-fig-error', '');
    try {
      const body = await api<FiguresReport>(`/api/v1/supervision/figures?${query}`);
      fromInput.value = body.from;
      toInput.value = body.to;
      view.figures(body);
      await Promise.all([loadPointFigures(query), loadAppointmentFigures(data.hall, body.from, body.to)]);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setText('#sv-fig-error', err.message);
      else handle(err);
    }
  }

  function choosePeriod(period: Period): void {
    S.period = period;
    S.range = null; // each period has its own default range
    void loadFigures();
  }

  for (const button of periodButtons) {
    button.addEventListener('click', () => choosePeriod(button.dataset.period as Period));
    button.addEventListener('keydown', (e) => {
      const ids = data.periods.map((p) => p.id);
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = ids[(ids.indexOf(S.period) + step + ids.length) % ids.length];
      choosePeriod(next);
      $(`.sv-period[data-period="${next}"]`).focus();
    });
  }
  /** The figures of the shown period as a file: the same query with `format`. */
  async function downloadFigures(path: string, format: 'csv' | 'xlsx'): Promise<void> {
    const query = new URLSearchParams({ hall: data.hall, period: S.period, from: fromInput.value, to: toInput.value, format });
    try {
      await downloadApiFile(`${path}?${query}`, `figures.${format}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) setText('#sv-fig-error', err.message);
      else handle(err);
    }
  }
  $('#sv-fig-csv').addEventListener('click', () => void downloadFigures('/api/v1/supervision/figures', 'csv'));
  $('#sv-fig-xlsx').addEventListener('click', () => void downloadFigures('/api/v1/supervision/figures', 'xlsx'));
  $('#sv-points-xlsx').addEventListener('click', () => void downloadFigures('/api/v1/supervision/figures/points', 'xlsx'));
  $('#sv-range').addEventListener('submit', (e) => {
    e.preventDefault();
    S.range = { from: fromInput.value, to: toInput.value };
    void loadFigures();
  });
  $('#sv-range-reset').addEventListener('click', () => {
    S.range = null;
    void loadFigures();
  });

  // last: a tab that already holds a session starts the page at once
  const signIn = setupSignIn({
    id: 'sv-login',
    roles: ['supervisor', 'admin'],
    refused: REFUSED,
    onSignedIn: (user) => {
      setText('#sv-user-name', user.displayName || user.username);
      showMain(true);
      void loadBoard();
      void loadRequests();
      void loadFigures();
      connect();
      clearInterval(S.poll);
      clearInterval(S.figuresPoll);
      S.poll = setInterval(() => (void loadBoard(), void loadRequests()), data.refreshEveryMs); // days over and today's overruns move with the clock too
      S.figuresPoll = setInterval(() => void loadFigures(), FIGURES_EVERY_MS);
    },
    onSignedOut: () => {
      stopLive();
      showMain(false);
    },
  });
  $('#sv-password').addEventListener('click', () => signIn.changePassword());
  $('#sv-logout').addEventListener('click', () => signIn.signOut());
}
