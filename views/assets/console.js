// The clerk console (综合窗口工作台): sign in, pick a window, work the queue by button or keyboard.
(function () {
  const { api, session, dom, realtime, consoleView, caseDesk } = window.OneWindow;
  const { $, setText } = dom;
  const data = dom.pageData();
  const view = consoleView.createView(data);
  const hallPath = `/api/v1/halls/${encodeURIComponent(data.hall)}`;
  const WINDOW_KEY = `onewindow.console.window.${data.hall}`;
  const DONE_TEXT = { callNext: '已叫号', recall: '已重呼', start: '开始办理', finish: '已办结', noShow: '已标记过号', hold: '已挂起', unhold: '已恢复', transfer: '已转移', pause: '窗口已暂停服务', resume: '窗口已恢复服务', open: '窗口已开启', close: '窗口已关闭' };
  const S = { user: null, windowNumber: null, window: null, ticket: null, held: [], waiting: {}, busy: false, feed: null };
  let refreshTimer = null;
  // 办件 panel (受理 / 待取件 / 补正 · 撤回); the ticket at the window goes with a new case
  const desk = caseDesk.create({
    hall: data.hall,
    desk: data.desk,
    getTicket: () => S.ticket,
    onAuthError: () => showLogin('登录已过期，请重新登录'),
  });

  function show(section) {
    for (const id of ['cs-login', 'cs-pick', 'cs-work']) $(`#${id}`).hidden = id !== section;
    $('#cs-user').hidden = section === 'cs-login';
  }

  function consoleState() {
    const w = S.window;
    return {
      windowStatus: w ? w.status : 'closed',
      ticketStatus: S.ticket ? S.ticket.status : null,
      heldCount: S.held.length,
      mine: !!w && !!S.user && (w.status === 'closed' || w.operatorId === S.user.id),
    };
  }

  function render() {
    if (!S.window) return;
    const st = consoleState();
    const serves = (data.windows.find((w) => w.number === S.windowNumber) || { serves: [] }).serves;
    view.windowBar(S.window, st);
    view.ticketCard(S.ticket, st);
    view.actions(st, S.busy);
    view.held(S.held, st, S.busy, (id) => run('unhold', { ticketId: id }));
    view.waiting(S.waiting, serves);
  }

  // ---- sign-in -------------------------------------------------------------------------------
  function showLogin(message) {
    closeFeed();
    desk.stop();
    S.user = null;
    show('cs-login');
    setText('#login-error', message || '');
    $('#login-user').focus();
  }

  $('#login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const username = $('#login-user').value.trim();
    const password = $('#login-pass').value;
    if (!username || !password) return setText('#login-error', '请输入用户名和密码');
    const button = $('#login-form button');
    button.disabled = true;
    setText('#login-error', '');
    try {
      S.user = await session.login(username, password);
      $('#login-pass').value = '';
      start();
    } catch (err) {
      setText('#login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    } finally {
      button.disabled = false;
    }
  });

  $('#cs-logout').addEventListener('click', () => {
    session.clear();
    sessionStorage.removeItem(WINDOW_KEY);
    showLogin();
  });

  // ---- window choice ---------------------------------------------------------------------------
  async function showPick() {
    closeFeed();
    S.window = null;
    S.windowNumber = null;
    sessionStorage.removeItem(WINDOW_KEY);
    show('cs-pick');
    try {
      const hall = await api(hallPath, { auth: false });
      view.windowList(hall.windows, selectWindow);
    } catch (err) {
      dom.toast(err.message, 'error');
    }
  }

  async function selectWindow(n) {
    S.windowNumber = n;
    sessionStorage.setItem(WINDOW_KEY, String(n));
    if (!(await refresh())) return;
    show('cs-work');
    openFeed(n);
    desk.start();
  }

  $('#w-change').addEventListener('click', showPick);

  // ---- the window and its ticket ---------------------------------------------------------------
  async function refresh() {
    clearTimeout(refreshTimer);
    try {
      const v = await api(`${hallPath}/windows/${S.windowNumber}`);
      S.window = v.window;
      S.ticket = v.ticket;
      S.held = v.held;
      render();
      return true;
    } catch (err) {
      handleError(err);
      if (err.status === 404) showPick();
      return false;
    }
  }

  function handleError(err) {
    if (err.status === 401) return showLogin('登录已过期，请重新登录');
    dom.toast(err.message, 'error');
  }

  async function run(actionId, body) {
    const action = data.actions.find((a) => a.id === actionId);
    if (S.busy || !action) return;
    S.busy = true;
    render();
    try {
      const res = await api(`${hallPath}/windows/${S.windowNumber}/${action.endpoint}`, { method: 'POST', body: body || {} });
      if (res === null) {
        dom.toast('当前没有等候的群众', 'info');
      } else {
        S.window = res.window;
        S.ticket = res.window.currentTicketId ? res.ticket : null;
        const number = res.ticket ? ` ${res.ticket.number}` : '';
        dom.toast(`${DONE_TEXT[actionId]}${number}`, 'ok');
      }
    } catch (err) {
      handleError(err);
    } finally {
      S.busy = false;
      render();
    }
    if (S.user) await refresh(); // held list and anything another screen changed
  }

  function trigger(actionId) {
    const action = data.actions.find((a) => a.id === actionId);
    if (S.busy || !consoleView.isEnabled(action.when, consoleState())) return;
    if (actionId === 'transfer') return openTransfer();
    if (actionId === 'close' && !window.confirm('确定关闭窗口吗？')) return;
    run(actionId);
  }

  $('#actions').addEventListener('click', (e) => {
    const button = e.target.closest('[data-action]');
    if (button && !button.disabled) trigger(button.dataset.action);
  });

  // ---- transfer --------------------------------------------------------------------------------
  const dialog = $('#transfer-dialog');
  function openTransfer() {
    view.transferChoices(S.ticket.queueCode, (code) => {
      dialog.close();
      run('transfer', { queueCode: code });
    });
    dialog.showModal();
  }
  dialog.addEventListener('keydown', (e) => {
    const choice = dialog.querySelector(`[data-key="${CSS.escape(e.key)}"]`);
    if (choice) {
      e.preventDefault();
      choice.click();
    }
  });

  // ---- case panel ------------------------------------------------------------------------------
  $('.cs-case-buttons').addEventListener('click', (e) => {
    const button = e.target.closest('[data-desk]');
    if (button) desk.open(button.dataset.desk);
  });

  // ---- keyboard --------------------------------------------------------------------------------
  document.addEventListener('keydown', (e) => {
    if ($('#cs-work').hidden || dialog.open || desk.isOpen() || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest('input, textarea, select')) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const tab = desk.tabForKey(key);
    if (tab) {
      e.preventDefault(); // F3 would open the browser's search
      return desk.open(tab);
    }
    const st = consoleState();
    const candidates = data.actions.filter((a) => a.keys.includes(key));
    if (!candidates.length) return;
    e.preventDefault(); // F1 would open the browser's help
    const action = candidates.find((a) => consoleView.isEnabled(a.when, st));
    if (action) trigger(action.id);
  });

  // ---- live counts and changes made elsewhere --------------------------------------------------
  function openFeed(n) {
    closeFeed();
    S.feed = realtime.connectHall({
      hall: data.hall,
      window: n,
      onSnapshot: (s) => {
        S.waiting = s.waiting;
        render();
      },
      onBoard: (b) => {
        S.waiting = b.waiting;
        render();
      },
      onWindow: () => {
        clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => !S.busy && refresh(), 300);
      },
      onStatus: (status) => {
        const dot = $('#conn');
        dot.className = `conn-dot conn-${status}`;
        dot.title = realtime.STATUS_TEXT[status] || status;
      },
    });
  }

  function closeFeed() {
    if (S.feed) S.feed.close();
    S.feed = null;
  }

  // ---- start: restore the signed-in clerk and their window after a reload ----------------------
  function start() {
    S.user = session.user();
    if (!S.user || !session.token()) return showLogin();
    setText('#cs-user-name', S.user.displayName || S.user.username);
    const remembered = Number(sessionStorage.getItem(WINDOW_KEY)) || null;
    const n = data.preselectWindow || remembered;
    if (n) selectWindow(n);
    else showPick();
  }

  start();
})();
