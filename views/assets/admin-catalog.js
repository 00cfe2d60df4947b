// The admins' catalogue page: lists every item (withdrawn ones too), edits one item at a time with
// editable rows for materials and route steps, withdraws and republishes items, and keeps departments.
// A failed save never clears the form: the server's problems are listed and the fields marked.
(function () {
  const { session, dom } = window.OneWindow;
  const { el, $, $$ } = dom;
  const data = dom.pageData();
  const API = '/api/v1/catalog';
  const state = { items: [], departments: [], editing: null, active: true, dirty: false, saving: false };

  // ── talking to the server ────────────────────────────────────────────────────────────────────────

  class RequestError extends Error {
    constructor(status, body) {
      super((body && body.message) || `HTTP ${status}`);
      this.status = status;
      this.code = (body && body.code) || `HTTP_${status}`;
      this.details = (body && body.details) || null;
    }
  }

  // Like OneWindow.api, but keeps the envelope's details (the 422 problem list).
  async function request(path, { method = 'GET', body } = {}) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (session.token()) headers.Authorization = `Bearer ${session.token()}`;
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (error) {
      throw new RequestError(0, { code: 'NETWORK', message: '网络连接失败，请稍后重试' });
    }
    const payload = await res.json().catch(() => null);
    if (!res.ok) {
      if (res.status === 401) {
        session.clear();
        renderAccount();
      }
      throw new RequestError(res.status, payload);
    }
    return payload;
  }

  function failure(error) {
    return error && error.code && error.status ? `${error.message}（${error.code}）` : String((error && error.message) || error);
  }

  function notify(text, kind) {
    const box = $('#message');
    box.className = `ac-banner ${kind === 'error' ? 'ac-banner-error' : 'ac-banner-ok'}`;
    box.textContent = text;
    box.hidden = !text;
    clearTimeout(notify.timer);
    if (text && kind !== 'error') notify.timer = setTimeout(() => (box.hidden = true), 4000);
  }

  // ── sign-in ──────────────────────────────────────────────────────────────────────────────────────

  function isAdmin() {
    const user = session.user();
    return Boolean(session.token() && user && user.roles.includes('admin'));
  }

  function renderAccount() {
    const box = $('#account');
    box.textContent = '';
    if (isAdmin()) {
      const user = session.user();
      box.append(`管理员：${user.displayName || user.username} `);
      box.append(el('button', { type: 'button', class: 'ac-button ac-quiet ac-small', text: '退出', onclick: () => { session.clear(); window.location.reload(); } }));
    } else {
      box.append(el('button', { type: 'button', class: 'ac-button', id: 'login-open', text: '管理员登录', onclick: () => openLogin() }));
    }
  }

  function openLogin() {
    $('#login-error').hidden = true;
    if (!$('#login-dialog').open) $('#login-dialog').showModal();
    $('#login-password').focus();
  }

  $('#login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = $('#login-error');
    try {
      const user = await session.login($('#login-username').value.trim(), $('#login-password').value);
      if (!user.roles.includes('admin')) {
        session.clear();
        error.textContent = '该账号不是管理员，不能管理事项';
        error.hidden = false;
        return;
      }
      $('#login-password').value = '';
      $('#login-dialog').close();
      renderAccount();
      await loadAll();
    } catch (e) {
      error.textContent = e.status === 401 ? '用户名或密码错误' : failure(e);
      error.hidden = false;
    }
  });
  $('#login-cancel').addEventListener('click', () => $('#login-dialog').close());

  // ── the item list ────────────────────────────────────────────────────────────────────────────────

  async function loadItems() {
    state.items = await request(`${API}/admin/items`);
    renderItems();
  }

  function renderItems() {
    const body = $('#items-body');
    const filter = $('#items-filter').value.trim().toUpperCase();
    const shown = state.items.filter((item) => !filter || item.code.includes(filter) || item.pinyinInitials.includes(filter) || item.name.toUpperCase().includes(filter));
    body.textContent = '';
    if (!shown.length) {
      body.append(el('tr', {}, el('td', { colspan: 4, class: 'muted', text: state.items.length ? '没有匹配的事项' : '暂无事项' })));
      return;
    }
    for (const item of shown) {
      const row = el('tr', { class: [item.code === state.editing ? 'is-current' : '', item.active ? '' : 'is-inactive'].join(' ').trim(), dataset: { code: item.code } },
        el('td', { class: 'ac-code', text: item.code }),
        el('td', {}, el('button', { type: 'button', class: 'ac-item-link', text: item.name, 'aria-label': `编辑 ${item.name}（${item.code}）` })),
        el('td', { text: data.kindLabels[item.kind] || item.kind }),
        el('td', {}, el('span', { class: `ac-status ${item.active ? 'ac-status-on' : 'ac-status-off'}`, text: item.active ? '已发布' : '已停用' })));
      if (item.code === state.editing) row.setAttribute('aria-current', 'true');
      body.append(row);
    }
  }

  $('#items-filter').addEventListener('input', renderItems);
  $('#items-body').addEventListener('click', (event) => {
    const row = event.target.closest('tr[data-code]');
    if (row) openItem(row.dataset.code);
  });

  // ── departments ──────────────────────────────────────────────────────────────────────────────────

  async function loadDepartments() {
    state.departments = await request(`${API}/departments`);
    renderDepartments();
    form.refreshDepartments();
  }

  function renderDepartments() {
    const body = $('#departments-body');
    body.textContent = '';
    for (const d of state.departments) {
      const input = el('input', { type: 'text', value: d.name, maxlength: 64, 'aria-label': `${d.code} 的名称`, dataset: { code: d.code } });
      const save = el('button', { type: 'button', class: 'ac-button ac-quiet ac-small', text: '保存名称', onclick: () => renameDepartment(d.code, input) });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          renameDepartment(d.code, input);
        }
      });
      body.append(el('tr', {}, el('td', { class: 'ac-code', text: d.code }), el('td', {}, input), el('td', {}, save)));
    }
  }

  function showDepartmentError(text) {
    $('#department-error').textContent = text || '';
    $('#department-error').hidden = !text;
  }

  async function renameDepartment(code, input) {
    showDepartmentError('');
    try {
      const saved = await request(`${API}/departments/${encodeURIComponent(code)}`, { method: 'PUT', body: { name: input.value } });
      notify(`部门 ${code} 已改名为“${saved.name}”`, 'ok');
      await loadDepartments();
    } catch (error) {
      if (error.status === 401) openLogin();
      showDepartmentError(`部门 ${code} 改名失败：${failure(error)}`);
    }
  }

  $('#department-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showDepartmentError('');
    const code = $('#d-code').value.trim().toUpperCase();
    try {
      const saved = await request(`${API}/departments`, { method: 'POST', body: { code, name: $('#d-name').value } });
      $('#d-code').value = '';
      $('#d-name').value = '';
      notify(`已添加部门 ${saved.code} ${saved.name}`, 'ok');
      await loadDepartments();
    } catch (error) {
      if (error.status === 401) openLogin();
      showDepartmentError(`添加部门失败：${failure(error)}`);
    }
  });

  // ── the editor ───────────────────────────────────────────────────────────────────────────────────

  const field = (id) => $(`#${id}`);
  const form = window.OneWindow.createItemForm({ departments: () => state.departments, unitLabels: data.unitLabels, onChange: () => markDirty() });

  function fillForm(def, active) {
    form.fill(def);
    state.active = active;
    clearProblems();
    setDirty(false);
  }

  function clearProblems() {
    $('#problems').hidden = true;
    $('#problems-list').textContent = '';
    for (const node of $$('#item-form [aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  }

  /** Lists every problem, marks the fields, and leaves every value as typed. */
  function showProblems(title, problems) {
    clearProblems();
    $('#problems-title').textContent = title;
    for (const p of problems) {
      $('#problems-list').append(el('li', { text: p.message }));
      if (p.element) p.element.setAttribute('aria-invalid', 'true');
    }
    $('#problems').hidden = false;
    $('#problems').focus();
  }

  $('#item-form').addEventListener('input', (event) => {
    event.target.removeAttribute('aria-invalid');
    markDirty();
  });
  // A text field's `change` fires on blur (e.g. when the problem list takes focus): only typing clears its mark.
  $('#item-form').addEventListener('change', (event) => {
    if (event.target.matches('select, input[type="checkbox"]')) event.target.removeAttribute('aria-invalid');
    markDirty();
  });

  function setDirty(dirty) {
    state.dirty = dirty;
    $('#dirty').hidden = !dirty;
  }
  function markDirty() {
    setDirty(true);
  }

  window.addEventListener('beforeunload', (event) => {
    if (!state.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  function renderEditorHead() {
    const isNew = state.editing === null;
    const current = state.items.find((item) => item.code === state.editing);
    $('#editor-title').textContent = isNew ? '新建事项' : `编辑：${current ? current.name : state.editing}`;
    $('#editor-state').textContent = isNew ? '' : state.active ? '已发布' : '已停用（公开清单不显示）';
    $('#editor-state').className = `ac-state ac-status ${state.active ? 'ac-status-on' : 'ac-status-off'}`;
    $('#editor-state').hidden = isNew;
    $('#editor-guide').hidden = isNew || !state.active;
    $('#editor-guide').href = isNew ? '/catalog' : `/catalog/items/${encodeURIComponent(state.editing)}`;
    field('f-code').readOnly = !isNew;
    const toggle = $('#toggle-active');
    toggle.hidden = isNew;
    toggle.textContent = state.active ? '停用事项' : '重新发布';
    toggle.className = `ac-button ${state.active ? 'ac-warn' : 'ac-ok'}`;
  }

  function showEditor() {
    $('#editor-empty').hidden = true;
    $('#item-form').hidden = false;
    renderEditorHead();
    renderItems();
  }

  function mayLeaveEditor() {
    return !state.dirty || window.confirm('当前事项有未保存的修改，确定放弃吗？');
  }

  async function openItem(code) {
    if (code === state.editing && !$('#item-form').hidden) return;
    if (!mayLeaveEditor()) return;
    try {
      const item = await request(`${API}/admin/items/${encodeURIComponent(code)}`);
      state.editing = item.code;
      fillForm(item.definition, item.active);
      showEditor();
      field('f-name').focus();
    } catch (error) {
      if (error.status === 401) openLogin();
      notify(`读取事项 ${code} 失败：${failure(error)}`, 'error');
    }
  }

  function newItem() {
    if (!mayLeaveEditor()) return;
    state.editing = null;
    fillForm(form.template(), true);
    showEditor();
    field('f-code').focus();
  }

  async function save() {
    if (state.saving) return;
    const { body, problems } = form.read();
    if (problems.length) return showProblems('请先修改以下内容（已填写的内容都还在）：', problems);
    const isNew = state.editing === null;
    state.saving = true;
    $('#save').disabled = true;
    try {
      const saved = isNew
        ? await request(`${API}/items`, { method: 'POST', body })
        : await request(`${API}/items/${encodeURIComponent(state.editing)}`, { method: 'PUT', body });
      state.editing = saved.code;
      fillForm(saved.definition, saved.active);
      await loadItems();
      showEditor();
      notify(`已保存：${saved.definition.name}（${saved.code}）`, 'ok');
    } catch (error) {
      if (error.status === 401) {
        openLogin();
        showProblems('登录已失效：请重新登录后再点“保存”（已填写的内容都还在）。', []);
      } else if (error.details && Array.isArray(error.details.issues)) {
        showProblems('保存失败，请修改以下问题（已填写的内容都还在）：', error.details.issues.map((issue) => ({ message: issue.message, element: form.elementFor(issue.path) })));
      } else {
        const element = error.code === 'ITEM_EXISTS' ? field('f-code') : null;
        showProblems('保存失败（已填写的内容都还在）：', [{ message: failure(error), element }]);
      }
    } finally {
      state.saving = false;
      $('#save').disabled = false;
    }
  }

  $('#item-form').addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !$('#item-form').hidden) {
      event.preventDefault();
      save();
    }
  });
  $('#new-item').addEventListener('click', newItem);
  $('#close-editor').addEventListener('click', () => {
    if (!mayLeaveEditor()) return;
    setDirty(false);
    state.editing = null;
    $('#item-form').hidden = true;
    $('#editor-empty').hidden = false;
    renderItems();
  });

  $('#toggle-active').addEventListener('click', async () => {
    const code = state.editing;
    const activate = !state.active;
    if (!activate && !window.confirm(`停用后公开清单和办事指南不再显示 ${code}，已受理的办件不受影响。确定停用？`)) return;
    try {
      const saved = await request(`${API}/items/${encodeURIComponent(code)}/${activate ? 'activate' : 'deactivate'}`, { method: 'POST' });
      state.active = saved.active; // the form keeps whatever is typed in it
      await loadItems();
      renderEditorHead();
      notify(`${code} ${saved.active ? '已重新发布' : '已停用'}`, 'ok');
    } catch (error) {
      if (error.status === 401) openLogin();
      notify(`操作失败：${failure(error)}`, 'error');
    }
  });

  // ── start ────────────────────────────────────────────────────────────────────────────────────────

  async function loadAll() {
    try {
      await loadDepartments();
      await loadItems();
    } catch (error) {
      if (error.status === 401 || error.status === 403) return openLogin();
      notify(`读取事项失败：${failure(error)}`, 'error');
    }
  }

  renderAccount();
  if (isAdmin()) loadAll();
  else openLogin();
})();
