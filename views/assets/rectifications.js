// 差评整改 desk: sign in, the tasks this person may see (light, due date, rating), a task's detail with
// its trail, and the steps the server says this person may take now.
(function () {
  const { api, session, dom, rating } = window.OneWindow;
  const { $, el, setText } = dom;
  const data = dom.pageData();
  const S = { user: null, filter: data.filters[0].id, items: [], selected: data.preselect, detail: null, busy: false };

  function show(section) {
    $('#rf-login').hidden = section !== 'login';
    $('#rf-work').hidden = section !== 'work';
    $('#rf-user').hidden = section === 'login';
  }

  const allowed = (user) => !!user && user.roles.some((r) => data.roles.includes(r));
  const time = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');
  // replaceChildren would print a null child as the text "null"
  const fill = (node, ...children) => node.replaceChildren(...children.flat().filter(Boolean));

  // ---- sign-in ---------------------------------------------------------------------------------
  function showLogin(message) {
    session.clear();
    S.user = null;
    show('login');
    setText('#rf-login-error', message || '');
    $('#rf-login-user').focus();
  }

  $('#rf-login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const username = $('#rf-login-user').value.trim();
    const password = $('#rf-login-pass').value;
    if (!username || !password) return setText('#rf-login-error', '请输入用户名和密码');
    try {
      const user = await session.login(username, password);
      $('#rf-login-pass').value = '';
      if (!allowed(user)) return showLogin('该账号无权处理整改任务');
      start(user);
    } catch (err) {
      setText('#rf-login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    }
  });

  $('#rf-logout').addEventListener('click', () => showLogin());

  function handle(err) {
    if (err.status === 401) return showLogin('登录已过期，请重新登录');
    dom.toast(err.message, 'error');
  }

  // ---- list ------------------------------------------------------------------------------------------
  function start(user) {
    S.user = user;
    setText('#rf-user-name', `${user.displayName}（${user.departmentCodes.join('、') || user.roles.join('、')}）`);
    show('work');
    renderFilters();
    loadList().then(() => S.selected && select(S.selected));
  }

  function renderFilters() {
    $('#rf-filters').replaceChildren(...data.filters.map((f) =>
      el('button', { type: 'button', role: 'tab', class: `rf-filter${f.id === S.filter ? ' active' : ''}`, 'aria-selected': f.id === S.filter ? 'true' : 'false', text: f.label, onclick: () => {
        S.filter = f.id;
        renderFilters();
        loadList();
      } })));
  }

  async function loadList() {
    try {
      S.items = await api(`/api/v1/rectifications${S.filter ? `?status=${S.filter}` : ''}`);
    } catch (err) {
      return handle(err);
    }
    renderList();
  }

  function light(level) {
    return level ? el('span', { class: `rf-light rf-light-${level}`, text: data.lightText[level] }) : null;
  }

  function renderList() {
    $('#rf-empty').hidden = S.items.length > 0;
    $('#rf-list').replaceChildren(...S.items.map((r) => {
      const e = r.evaluation;
      return el('li', {},
        el('button', { type: 'button', class: `rf-item${r.id === S.selected ? ' active' : ''}`, dataset: { id: r.id }, onclick: () => select(r.id) },
          el('div', { class: 'rf-item-top' },
            rating.face(e.score),
            el('span', { class: 'rf-item-label', text: e.label }),
            el('span', { class: `rf-status rf-status-${r.status}`, text: r.statusText }),
            light(r.light)),
          el('div', { class: 'rf-item-meta', text: `${r.owner} · ${e.subjectType === 'case' ? `办件 ${e.reference}` : `号票 ${e.reference}`}` }),
          e.comment ? el('div', { class: 'rf-item-comment', text: e.comment }) : null,
          el('div', { class: 'rf-item-due', text: r.status === 'closed' ? `已办结 ${time(r.closedAt)}` : `整改期限 ${r.dueDate}` })));
    }));
  }

  // ---- detail ----------------------------------------------------------------------------------------
  async function select(id) {
    S.selected = id;
    history.replaceState(null, '', `/rectifications?id=${id}`);
    renderList();
    try {
      S.detail = await api(`/api/v1/rectifications/${id}`);
    } catch (err) {
      if (err.status === 404 || err.status === 403) {
        $('#rf-detail').replaceChildren(el('p', { class: 'muted', text: err.message }));
        return;
      }
      return handle(err);
    }
    renderDetail();
  }

  function fact(label, value) {
    return value === null || value === undefined || value === '' ? null : el('div', {}, el('dt', { text: label }), el('dd', { text: String(value) }));
  }

  function renderDetail() {
    const r = S.detail;
    const e = r.evaluation;
    const subject = e.subjectType === 'case' ? `办件 ${e.reference}${e.itemName ? `（${e.itemName}）` : ''}` : `号票 ${e.reference}`;
    fill($('#rf-detail'),
      el('header', { class: 'rf-detail-head' },
        el('h2', { text: `整改任务 #${r.id}` }),
        el('span', { class: `rf-status rf-status-${r.status}`, text: r.statusText }),
        light(r.light)),
      el('dl', { class: 'rf-facts' },
        fact('责任方', r.owner),
        fact('整改期限', r.dueDate),
        fact('生成时间', time(r.createdAt)),
        fact('办结时间', time(r.closedAt)),
        fact('申诉', r.appealed ? '已申诉' : null)),
      el('section', { class: 'rf-rating' },
        el('div', { class: 'rf-rating-face' }, rating.face(e.score), el('b', { text: `${e.score} 分 · ${e.label}` })),
        el('div', {},
          el('p', { class: 'rf-comment', text: e.comment ? `“${e.comment}”` : '（群众未留言）' }),
          el('p', { class: 'muted', text: `${subject}${e.windowNumber ? ` · ${e.windowNumber} 号窗口` : ''} · ${data.sourceText[e.source] || e.source} · ${time(e.createdAt)}` }))),
      r.contact ? el('p', { class: 'rf-contact' }, '回访联系：', [r.contact.name, r.contact.phone].filter(Boolean).join(' ')) : null,
      r.result ? el('section', { class: 'rf-result' },
        el('b', { text: r.resultText }),
        r.resultNote ? el('p', { text: r.resultNote }) : null,
        r.revisitSatisfied === null ? null : el('p', { text: r.revisitSatisfied ? '回访：群众表示满意' : '回访：群众仍不满意' })) : null,
      actionsBlock(r),
      el('h3', { text: '处理记录' }),
      el('ol', { class: 'rf-trail' }, r.events.map((ev) =>
        el('li', {},
          el('div', { class: 'rf-trail-head' }, el('b', { text: ev.actionText }), el('span', { class: 'muted', text: `${time(ev.at)} · ${ev.actorName || '系统'}` })),
          ev.note ? el('div', { class: 'rf-trail-note', text: ev.note }) : null))),
    );
  }

  function actionsBlock(r) {
    if (!r.actions.length) return r.status === 'closed' ? null : el('p', { class: 'rf-wait muted', text: r.status === 'appealed' ? '申诉已提交，等待电子监察复核。' : '当前无可执行的操作。' });
    const form = el('div', { class: 'rf-form', id: 'rf-form' });
    return el('section', { class: 'rf-actions' },
      el('div', { class: 'rf-action-buttons' }, r.actions.map((a) =>
        el('button', { type: 'button', class: `button rf-act rf-act-${a}`, dataset: { action: a }, text: data.actionText[a].label, onclick: () => openForm(form, a) }))),
      form);
  }

  function openForm(form, action) {
    const note = el('textarea', { class: 'rf-note', rows: 3, maxlength: 500, placeholder: data.actionText[action].hint, 'aria-label': data.actionText[action].hint });
    const outcomes = action === 'recheck'
      ? el('fieldset', { class: 'rf-outcomes' }, el('legend', { text: '复核结论' }), data.recheckOutcomes.map((o, i) =>
        el('label', {}, el('input', { type: 'radio', name: 'rf-outcome', value: o.id, checked: i === 0 }), o.label)))
      : null;
    const satisfied = action === 'revisit' ? el('label', { class: 'rf-check' }, el('input', { type: 'checkbox', id: 'rf-satisfied' }), '群众表示满意') : null;
    const error = el('p', { class: 'rf-error', role: 'alert' });
    fill(form,
      el('h3', { text: data.actionText[action].label }),
      note, outcomes, satisfied, error,
      el('div', { class: 'rf-form-buttons' },
        el('button', { type: 'button', class: 'button rf-submit', text: `确认${data.actionText[action].label}`, onclick: () => submit(action, note, error) }),
        el('button', { type: 'button', class: 'rf-link-btn', text: '取消', onclick: () => form.replaceChildren() })),
    );
    note.focus();
  }

  async function submit(action, note, error) {
    if (S.busy) return;
    const body = { note: note.value.trim() };
    if (!body.note) return setText(error, '请填写处理说明');
    if (action === 'recheck') body.outcome = ($('input[name="rf-outcome"]:checked') || {}).value;
    if (action === 'revisit') body.satisfied = $('#rf-satisfied').checked;
    S.busy = true;
    try {
      S.detail = await api(`/api/v1/rectifications/${S.detail.id}/${action}`, { method: 'POST', body });
      dom.toast(`已${data.actionText[action].label}`, 'ok');
      renderDetail();
      loadList();
    } catch (err) {
      if (err.status === 401) return handle(err);
      setText(error, err.message);
    } finally {
      S.busy = false;
    }
  }

  const user = session.user();
  if (session.token() && allowed(user)) start(user);
  else showLogin();
})();
