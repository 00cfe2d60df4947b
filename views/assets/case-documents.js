// A printable document (/documents/:kind/:id): fetches the case with the staff token, fills the
// template's slots (data-f text, data-if shown when set, data-list table rows, data-src images), prints.
(function () {
  const { api, session, dom, caseDocuments, caseRules } = window.OneWindow;
  const { $, $$, el, setText } = dom;
  const data = dom.pageData();

  function showProblem(message) {
    $('#doc-problem').hidden = !message;
    setText('#doc-problem', message || '');
  }

  function fill(root, model) {
    const f = model.fields;
    for (const node of $$('[data-f]', root)) node.textContent = f[node.dataset.f] == null ? '' : String(f[node.dataset.f]);
    for (const node of $$('[data-if]', root)) node.hidden = !f[node.dataset.if];
    for (const node of $$('[data-src]', root)) node.src = f[node.dataset.src] || '';
    for (const body of $$('[data-list]', root)) {
      const rows = (model.lists[body.dataset.list] || []).map((cells) => el('tr', {}, cells.map((text) => el('td', { text }))));
      body.replaceChildren(...(rows.length ? rows : [el('tr', {}, el('td', { colspan: '3', class: 'empty', text: '（无）' }))]));
    }
  }

  function otherDocuments(c) {
    const links = caseRules.documentsFor(c)
      .filter((kind) => kind !== data.kind)
      .map((kind) => el('a', { href: `/documents/${kind}/${data.id}`, text: data.titles[kind] }));
    $('#doc-others').replaceChildren(...(links.length ? [el('span', { class: 'muted', text: '其他文书：' }), ...links] : []));
  }

  async function catalogItem(code) {
    if (data.kind !== 'notice') return null; // only the notice shows what each material must look like
    try {
      return await api(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
    } catch (e) {
      return null;
    }
  }

  async function load() {
    $('#doc-login').hidden = true;
    setText('#doc-state', '正在读取办件…');
    let c;
    try {
      c = await api(`/api/v1/cases/${data.id}`);
    } catch (err) {
      if (err.status === 401) return showLogin('登录已过期，请重新登录');
      setText('#doc-state', '');
      return showProblem(err.status === 404 ? '办件不存在。' : err.status === 403 ? '您无权查看该办件。' : err.message);
    }
    const hall = data.halls[c.hall] || { name: c.hall, today: '' };
    const model = caseDocuments.build(data.kind, c, {
      hall, departments: data.departments, item: await catalogItem(c.itemCode), suffix: data.suffix, agentTypeText: data.agentTypeText, statusBase: data.statusBase,
    });
    otherDocuments(c);
    if (!model.ok) {
      setText('#doc-state', '');
      return showProblem(model.why);
    }
    fill($('#doc'), model);
    $('#doc').hidden = false;
    showProblem('');
    document.title = `${data.titles[data.kind]} ${c.caseNumber}`;
    setText('#doc-state', `${c.caseNumber} · ${data.statusText[c.status] || c.status}`);
    $('#doc-print').disabled = false;
    document.body.dataset.ready = '1';
  }

  function showLogin(message) {
    $('#doc-login').hidden = false;
    setText('#doc-state', '');
    setText('#doc-login-error', message || '');
    $('#doc-user').focus();
  }

  $('#doc-login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await session.login($('#doc-user').value.trim(), $('#doc-pass').value);
      $('#doc-pass').value = '';
      load();
    } catch (err) {
      setText('#doc-login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    }
  });

  $('#doc-print').addEventListener('click', () => window.print());

  if (session.token()) load();
  else showLogin();
})();
