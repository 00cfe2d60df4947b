// The back-office inbox (/inbox/:department): the department's cases by due date, live through the
// department room (case.assigned adds and chimes, case.updated / case.warning refresh the row), a drawer
// per case with the actions its state allows, and the head's pending extensions.
(function () {
  const { api, session, dom, inboxView, inboxForms, Announcer } = window.OneWindow;
  const { $, setText } = dom;
  const data = dom.pageData();
  const view = inboxView.createView(data);
  const announcer = Announcer ? new Announcer({ repeat: 0 }) : null;
  const FRESH_MS = 15000;
  const S = { user: null, department: data.department, cases: new Map(), selected: null, detail: null, fresh: new Set(), socket: null, busy: false, connectedOnce: false, extensions: new Map() };
  const filter = () => data.filters.find((f) => f.id === $('#ib-filter').value) || data.filters[0];

  function show(section) {
    for (const id of ['ib-login', 'ib-pick', 'ib-work']) $(`#${id}`).hidden = id !== section;
    $('#ib-user').hidden = section === 'ib-login';
    if (section !== 'ib-work') view.closeDrawer();
  }

  // ---- sign-in and department ----------------------------------------------------------------------
  function myDepartments() {
    const u = S.user;
    if (!u) return [];
    const overseer = u.roles.includes('admin') || u.roles.includes('supervisor');
    return overseer ? data.departments.map((d) => d.code) : u.departmentCodes.filter((c) => data.departments.some((d) => d.code === c));
  }

  function showLogin(message) {
    closeSocket();
    S.user = null;
    show('ib-login');
    setText('#ib-login-error', message || '');
    $('#ib-username').focus();
  }

  $('#ib-login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (announcer) announcer.enable(); // this click is the gesture that lets the page chime later
    try {
      await session.login($('#ib-username').value.trim(), $('#ib-password').value);
      $('#ib-password').value = '';
      start();
    } catch (err) {
      setText('#ib-login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    }
  });
  $('#ib-logout').addEventListener('click', () => {
    session.clear();
    showLogin();
  });
  $('#ib-switch').addEventListener('click', () => pickDepartment());
  document.addEventListener('click', () => announcer && !announcer.enabled && announcer.enable(), { once: false });

  function pickDepartment(note) {
    closeSocket();
    show('ib-pick');
    setText('#ib-pick-note', note || '');
    view.departmentsPicker(myDepartments(), (code) => {
      history.replaceState(null, '', `/inbox/${code}`);
      S.department = code;
      openDepartment();
    });
  }

  function start() {
    S.user = session.user();
    if (!S.user || !session.token()) return showLogin();
    setText('#ib-user-name', S.user.displayName || S.user.username);
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

  function openDepartment() {
    setText('#ib-dept-name', view.deptName(S.department));
    document.title = `${view.deptName(S.department)} · 后台办件箱`;
    show('ib-work');
    S.cases.clear();
    load();
    connect();
    if ('Notification' in window && Notification.permission === 'default') $('#ib-notify').hidden = false;
  }

  // ---- the list ----------------------------------------------------------------------------------------
  function handle(err) {
    if (err.status === 401) return showLogin('登录已过期，请重新登录');
    dom.toast(err.message, 'error');
    return err.message;
  }

  async function load() {
    const f = filter();
    const status = f.statuses.length ? `&status=${f.statuses.join(',')}` : '';
    try {
      const list = await api(`/api/v1/cases?department=${encodeURIComponent(S.department)}${status}&limit=500`);
      S.cases = new Map(list.map((c) => [c.id, c]));
      render();
      loadExtensions();
    } catch (err) {
      handle(err);
    }
  }

  function taskOf(c) {
    return (c.tasks || []).filter((t) => t.departmentCode === S.department).map((t) => t.status);
  }

  function matches(c) {
    const f = filter();
    if (f.statuses.length && !f.statuses.includes(c.status)) return false;
    if (f.tasks && !taskOf(c).some((s) => f.tasks.includes(s))) return false;
    const lightWanted = $('#ib-light').value;
    if (lightWanted && !(c.warning === lightWanted || (lightWanted === 'red' && c.warning === 'red_plus'))) return false;
    const q = $('#ib-q').value.trim().toLowerCase();
    if (q && ![c.caseNumber, c.itemName, c.applicantName].some((x) => String(x || '').toLowerCase().includes(q))) return false;
    return true;
  }

  function visible() {
    return [...S.cases.values()].filter(matches).sort((a, b) => (a.dueDate || '9999') .localeCompare(b.dueDate || '9999') || a.id - b.id);
  }

  function render() {
    view.rows(visible(), S.department, { selected: S.selected, fresh: S.fresh, onOpen: openCase });
  }

  $('#ib-filter').addEventListener('change', load);
  $('#ib-light').addEventListener('change', render);
  $('#ib-q').addEventListener('input', render);

  // ---- the drawer --------------------------------------------------------------------------------------
  // The server's case policy for this user (GET /cases/{id} `actions`).
  function enabledActions(c) {
    return data.actions.filter((a) => c.actions && c.actions[a.id] && c.actions[a.id].enabled).map((a) => a.id);
  }

  function extensionLeft(c) {
    const cap = c.kind === 'joint' ? data.extensionCap.joint : data.extensionCap.default;
    return Math.max(0, cap - (c.extensionDays || 0));
  }

  async function openCase(id) {
    S.selected = id;
    render();
    try {
      const c = await api(`/api/v1/cases/${id}`);
      if (S.selected !== id) return;
      S.detail = c;
      inboxForms.clear();
      view.drawer(c, S.department, enabledActions(c));
    } catch (err) {
      handle(err);
    }
  }

  function closeCase() {
    S.detail = null;
    S.selected = null;
    inboxForms.clear();
    view.closeDrawer();
    render();
  }
  $('#dr-close').addEventListener('click', closeCase);

  function trigger(actionId) {
    const c = S.detail;
    const action = data.actions.find((a) => a.id === actionId);
    if (!c || !action || S.busy || !enabledActions(c).includes(actionId)) return;
    if (!action.form) return run(c, action, {});
    inboxForms.render(action.form, c, {
      data, department: S.department, extensionLeft: extensionLeft(c),
      onCancel: () => inboxForms.clear(),
      onSubmit: (body) => run(c, action, body),
    });
  }

  $('#dr-actions').addEventListener('click', (e) => {
    const button = e.target.closest('[data-action]');
    if (button) trigger(button.dataset.action);
  });

  // Runs an action; returns the server's message on failure (the form shows it), nothing on success.
  async function run(c, action, body) {
    S.busy = true;
    try {
      const updated = await api(`/api/v1/cases/${c.id}/${action.endpoint}`, { method: 'POST', body });
      dom.toast(`${action.done} ${updated.caseNumber}`, 'ok');
      upsert(updated);
      if (S.selected === updated.id) {
        S.detail = updated;
        inboxForms.clear();
        view.drawer(updated, S.department, enabledActions(updated));
      }
      noteExtension(updated);
      return null;
    } catch (err) {
      return handle(err);
    } finally {
      S.busy = false;
    }
  }

  function upsert(c) {
    const summary = Object.assign({}, S.cases.get(c.id) || {}, c);
    S.cases.set(c.id, summary);
    render();
  }

  // ---- the head's pending extensions -----------------------------------------------------------------
  function isHead() {
    return !!S.user && S.user.roles.includes('head') && S.user.departmentCodes.includes(S.department);
  }

  function noteExtension(c) {
    if (!isHead()) return;
    const ext = (c.extensions || []).find((x) => x.status === 'pending' && x.departmentCode === S.department);
    if (ext && c.actions && c.actions.approveExtension.enabled) S.extensions.set(c.id, { c, ext });
    else S.extensions.delete(c.id);
    drawExtensions();
  }

  function drawExtensions() {
    const approve = (c) => run(c, data.actions.find((a) => a.id === 'approveExtension'), {});
    const reject = async (c) => {
      await openCase(c.id);
      trigger('rejectExtension');
    };
    view.extensions([...S.extensions.values()], openCase, approve, reject);
  }

  async function loadExtensions() {
    S.extensions.clear();
    if (!isHead()) return drawExtensions();
    try {
      const open = await api(`/api/v1/cases?department=${encodeURIComponent(S.department)}&status=in_progress,suspended&limit=500`);
      const details = await Promise.all(open.map((c) => api(`/api/v1/cases/${c.id}`).catch(() => null)));
      details.filter(Boolean).forEach(noteExtension);
      drawExtensions();
    } catch (err) {
      handle(err);
    }
  }

  // ---- live: the department room ----------------------------------------------------------------------
  function setConn(status) {
    const dot = $('#ib-conn');
    dot.className = `conn-dot conn-${status}`;
    dot.title = { live: '实时连接', offline: '连接中断，正在重连…', error: '订阅失败' }[status] || '正在连接…';
  }

  function connect() {
    closeSocket();
    if (typeof io !== 'function') return setConn('offline');
    const socket = io('/realtime', { transports: ['websocket', 'polling'], auth: { token: session.token() } });
    S.socket = socket;
    S.connectedOnce = false;
    socket.on('connect', () => {
      socket.timeout(10000).emit('subscribe', { department: S.department }, (err, ack) => {
        if (err || !ack || !ack.ok) return setConn('error');
        setConn('live');
        if (S.connectedOnce) load(); // back after a gap: take the list afresh
        S.connectedOnce = true;
      });
    });
    socket.on('disconnect', () => setConn('offline'));
    socket.on('connect_error', (err) => {
      setConn('offline');
      if (err && err.data && err.data.statusCode === 401) showLogin('登录已过期，请重新登录');
    });
    socket.on('case.assigned', (msg) => msg.department === S.department && refreshCase(msg.caseId, true));
    socket.on('case.updated', (msg) => msg.department === S.department && refreshCase(msg.caseId, false));
    socket.on('case.warning', (msg) => msg.department === S.department && refreshCase(msg.caseId, false));
  }

  function closeSocket() {
    if (S.socket) S.socket.close();
    S.socket = null;
  }

  const pending = new Map();
  function refreshCase(id, assigned) {
    clearTimeout(pending.get(id));
    pending.set(id, setTimeout(async () => {
      pending.delete(id);
      let c;
      try {
        c = await api(`/api/v1/cases/${id}`);
      } catch (err) {
        if (err.status === 403 || err.status === 404) {
          S.cases.delete(id);
          return render();
        }
        return handle(err);
      }
      if (assigned) announce(c);
      upsert(c);
      noteExtension(c);
      if (S.selected === id && !S.busy && $('#dr-form').hidden) {
        S.detail = c;
        view.drawer(c, S.department, enabledActions(c));
      }
    }, 150));
  }

  function announce(c) {
    S.fresh.add(c.id);
    setTimeout(() => {
      S.fresh.delete(c.id);
      render();
    }, FRESH_MS);
    dom.toast(`新派单：${c.caseNumber} ${c.itemName}（承诺 ${c.dueDate || ''} 前办结）`, 'ok');
    if (announcer) announcer.chime();
    if ('Notification' in window && Notification.permission === 'granted') {
      try {
        new Notification('新派单', { body: `${c.caseNumber} ${c.itemName}`, tag: `case-${c.id}` });
      } catch (e) {
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
  function move(step) {
    const list = visible();
    if (!list.length) return;
    const at = list.findIndex((c) => c.id === S.selected);
    const next = list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))];
    if ($('#ib-drawer').hidden) {
      S.selected = next.id;
      render();
    } else openCase(next.id);
    const rowEl = $(`#ib-rows tr[data-case="${next.id}"]`);
    if (rowEl) rowEl.scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('keydown', (e) => {
    if ($('#ib-work').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    const typing = e.target.closest && e.target.closest('input, textarea, select');
    if (e.key === 'Escape') {
      if (!$('#dr-form').hidden) inboxForms.clear();
      else if (!$('#ib-drawer').hidden) closeCase();
      else if (typing) e.target.blur();
      return;
    }
    if (typing) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === 'ArrowDown' || key === 'j') move(1);
    else if (key === 'ArrowUp' || key === 'k') move(-1);
    else if (key === 'Enter' && S.selected) openCase(S.selected);
    else if (key === '/') $('#ib-q').focus();
    else if (S.detail && !$('#ib-drawer').hidden) {
      const action = data.actions.find((a) => a.keys.includes(key));
      if (!action) return;
      trigger(action.id);
    } else return;
    e.preventDefault();
  });

  start();
})();
