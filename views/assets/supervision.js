// The supervision page (/supervision): signs in a supervisor, shows the live board
// (GET /api/v1/supervision/overview) and keeps it live: the supervision room's case.warning and the
// departments' case.assigned / case.updated refetch the board, debounced. 督办意见 go to
// POST /api/v1/cases/{id}/supervise; the figures come from GET /api/v1/supervision/figures.
(function () {
  const { api, session, dom, supervisionView } = window.OneWindow;
  const { $, $$, setText } = dom;
  const data = dom.pageData();
  const view = supervisionView.createView(data);
  const ALLOWED = ['supervisor', 'admin'];
  const FIGURES_EVERY_MS = 5 * 60 * 1000;
  const S = { user: null, board: null, today: null, figuresPoll: null, previousCounts: null, filter: null, socket: null, timer: null, poll: null, loading: null, again: false, noteCase: null, period: 'day', range: null, busy: false };

  function show(section) {
    $('#sv-login').hidden = section !== 'login';
    $('#sv-main').hidden = section !== 'main';
    $('#sv-user').hidden = section !== 'main';
  }

  // ---- sign-in --------------------------------------------------------------------------------------------
  function showLogin(message) {
    stopLive();
    S.user = null;
    show('login');
    setText('#sv-login-error', message || '');
    $('#sv-username').focus();
  }

  $('#sv-login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const user = await session.login($('#sv-username').value.trim(), $('#sv-password').value);
      $('#sv-password').value = '';
      if (!user.roles.some((r) => ALLOWED.includes(r))) {
        session.clear();
        return setText('#sv-login-error', '电子监察页面仅限电子监察员或管理员使用');
      }
      start();
    } catch (err) {
      setText('#sv-login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    }
  });
  $('#sv-logout').addEventListener('click', () => {
    session.clear();
    showLogin();
  });

  function handle(err) {
    if (err.status === 401) return showLogin('登录已过期，请重新登录');
    if (err.status === 403) return showLogin('当前账号无权查看电子监察，请使用电子监察员账号登录');
    dom.toast(err.message, 'error');
    return err.message;
  }

  function start() {
    const user = session.user();
    if (!user || !session.token()) return showLogin();
    if (!user.roles.some((r) => ALLOWED.includes(r))) return showLogin('电子监察页面仅限电子监察员或管理员使用');
    S.user = user;
    setText('#sv-user-name', user.displayName || user.username);
    show('main');
    loadBoard();
    loadFigures();
    connect();
    clearInterval(S.poll);
    clearInterval(S.figuresPoll);
    S.poll = setInterval(loadBoard, data.refreshEveryMs); // days over and today's overruns move with the clock too
    S.figuresPoll = setInterval(loadFigures, FIGURES_EVERY_MS);
  }

  // ---- the board ------------------------------------------------------------------------------------------
  async function loadBoard() {
    if (S.loading) {
      S.again = true; // an event came while loading: load once more afterwards
      return S.loading;
    }
    S.loading = (async () => {
      try {
        const board = await api(`/api/v1/supervision/overview?hall=${encodeURIComponent(data.hall)}`);
        S.board = board;
        drawBoard();
        if (S.today && S.today !== board.today && !S.range) loadFigures(); // a new day: the default range moves
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
      loadBoard();
    }
  }

  function drawBoard() {
    const b = S.board;
    if (!b) return;
    view.tiles(b.lights, S.previousCounts, S.filter);
    S.previousCounts = b.lights;
    view.departments(b.departments);
    view.warnings(b.warnings, S.filter, b.warningsTruncated, openNote);
    view.overruns(b.overruns, b.overrunDate);
    view.supervised(b.supervised, openNote);
  }

  function scheduleBoard() {
    clearTimeout(S.timer);
    S.timer = setTimeout(loadBoard, data.debounceMs);
  }

  $$('.sv-tile[data-light]').forEach((tile) => tile.addEventListener('click', () => {
    const light = tile.dataset.light;
    S.filter = S.filter === light || light === 'green' ? null : light;
    drawBoard();
    if (S.filter) $('#sv-warn-title').scrollIntoView({ block: 'start', behavior: 'smooth' });
  }));

  // ---- live: the supervision room and every department room ----------------------------------------------
  function setConn(status) {
    $('#sv-conn').className = `sv-conn sv-conn-${status}`;
    setText('#sv-conn-text', { live: '实时', offline: '连接中断，正在重连…', error: '订阅失败', connecting: '正在连接…' }[status]);
  }

  function connect() {
    stopSocket();
    if (typeof io !== 'function') return setConn('offline');
    setConn('connecting');
    const socket = io('/realtime', { transports: ['websocket', 'polling'], auth: { token: session.token() } });
    S.socket = socket;
    let connectedBefore = false;
    socket.on('connect', async () => {
      const rooms = [{ supervision: true }, ...data.departments.map((d) => ({ department: d.code }))];
      const acks = await Promise.all(rooms.map((body) => socket.timeout(10000).emitWithAck('subscribe', body).catch(() => null)));
      if (acks.some((ack) => !ack || !ack.ok)) return setConn('error');
      setConn('live');
      if (connectedBefore) loadBoard(); // back after a gap: what changed meanwhile
      connectedBefore = true;
    });
    socket.on('disconnect', () => setConn('offline'));
    socket.on('connect_error', (err) => {
      setConn('offline');
      if (err && err.data && err.data.statusCode === 401) showLogin('登录已过期，请重新登录');
    });
    for (const event of ['case.warning', 'case.updated', 'case.assigned']) socket.on(event, scheduleBoard);
  }

  function stopSocket() {
    if (S.socket) S.socket.close();
    S.socket = null;
  }

  function stopLive() {
    stopSocket();
    clearInterval(S.poll);
    clearInterval(S.figuresPoll);
    clearTimeout(S.timer);
  }

  // ---- 督办意见 --------------------------------------------------------------------------------------------
  function openNote(c) {
    S.noteCase = c;
    const form = $('#sv-note-form');
    setText('#sv-note-case', `${c.caseNumber} ${c.itemName} · 责任部门：${c.departments.map((d) => d.name).join('、') || '—'}`);
    setText('#sv-note-error', '');
    $('#sv-note').value = '';
    $('#sv-respond-by').value = '';
    form.hidden = false;
    form.scrollIntoView({ block: 'center' });
    $('#sv-note').focus();
  }

  function closeNote() {
    const c = S.noteCase;
    S.noteCase = null;
    $('#sv-note-form').hidden = true;
    const back = c && $(`[data-case-id="${c.caseId}"] button`);
    if (back) back.focus();
  }

  $('#sv-note-cancel').addEventListener('click', closeNote);
  $('#sv-note-form').addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeNote();
  });
  $('#sv-note-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const c = S.noteCase;
    const note = $('#sv-note').value.trim();
    if (!c || S.busy) return;
    if (!note) {
      setText('#sv-note-error', '请填写督办意见');
      return $('#sv-note').focus();
    }
    const body = { note };
    if ($('#sv-respond-by').value) body.respondBy = $('#sv-respond-by').value;
    S.busy = true;
    try {
      await api(`/api/v1/cases/${c.caseId}/supervise`, { method: 'POST', body });
      dom.toast(`督办意见已送达${c.departments.map((d) => d.name).join('、') || '责任部门'}：${c.caseNumber}`, 'ok');
      closeNote();
      await loadBoard();
    } catch (err) {
      setText('#sv-note-error', err.status === 401 ? '登录已过期，请重新登录' : err.message);
    } finally {
      S.busy = false;
    }
  });

  // ---- figures ----------------------------------------------------------------------------------------------
  function markPeriod() {
    $$('.sv-period').forEach((b) => {
      const on = b.dataset.period === S.period;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on ? 0 : -1;
    });
  }

  async function loadFigures() {
    markPeriod();
    const query = new URLSearchParams({ hall: data.hall, period: S.period });
    if (S.range) {
      if (S.range.from) query.set('from', S.range.from);
      if (S.range.to) query.set('to', S.range.to);
    }
    setText('#sv-fig-error', '');
    try {
      const body = await api(`/api/v1/supervision/figures?${query}`);
      $('#sv-from').value = body.from;
      $('#sv-to').value = body.to;
      view.figures(body);
    } catch (err) {
      if (err.status === 400) setText('#sv-fig-error', err.message);
      else handle(err);
    }
  }

  function choosePeriod(period) {
    S.period = period;
    S.range = null; // each period has its own default range
    loadFigures();
  }

  $$('.sv-period').forEach((button) => {
    button.addEventListener('click', () => choosePeriod(button.dataset.period));
    button.addEventListener('keydown', (e) => {
      const ids = data.periods.map((p) => p.id);
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
      if (!step) return;
      e.preventDefault();
      const next = ids[(ids.indexOf(S.period) + step + ids.length) % ids.length];
      choosePeriod(next);
      $(`.sv-period[data-period="${next}"]`).focus();
    });
  });
  $('#sv-range').addEventListener('submit', (e) => {
    e.preventDefault();
    S.range = { from: $('#sv-from').value, to: $('#sv-to').value };
    loadFigures();
  });
  $('#sv-range-reset').addEventListener('click', () => {
    S.range = null;
    loadFigures();
  });

  start();
})();
