// The console's case panel (办件): 受理 (case-intake.js), 待取件 (deliver at the window or by post) and
// 补正 · 撤回 (supplement owed materials, notify or refuse a returned case, withdraw, reprint documents).
(function () {
  const { api, dom, caseRules, caseIntake } = window.OneWindow;
  const { $, $$, el, setText } = dom;
  const COUNT_EVERY_MS = 120000;

  function create(ctx) {
    // ctx: {hall, desk (page data), getTicket(), onAuthError(err)}
    const desk = ctx.desk;
    const dialog = $('#case-panel');
    let tab = 'intake';
    let departmentNames = {};
    let countTimer = null;

    api('/api/v1/catalog/departments', { auth: false })
      .then((list) => (departmentNames = Object.fromEntries(list.map((d) => [d.code, d.name]))))
      .catch(() => {});

    // A new tab (not noopener) inherits this tab's session, so the document page can fetch the case.
    function openDocument(kind, id) {
      const w = window.open(`/documents/${kind}/${id}`, '_blank');
      if (!w) dom.toast('浏览器拦截了弹出窗口，请允许本站弹出窗口后重试', 'error');
    }

    function fail(err) {
      if (err.status === 401) {
        close();
        return ctx.onAuthError(err);
      }
      dom.toast(err.message, 'error');
    }

    const intake = caseIntake.create({
      hall: ctx.hall, desk, getTicket: ctx.getTicket, departments: () => departmentNames, openDocument,
      onDone: () => refreshCount(), onAuthError: fail,
    });

    // ---- panel and tabs -----------------------------------------------------------------------------
    // Toasts would sit under the modal panel: while it is open they live inside it.
    function hostToasts(inside) {
      let host = $('#toasts');
      if (!host) host = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
      (inside ? dialog : document.body).append(host);
    }
    dialog.addEventListener('close', () => hostToasts(false));

    function open(which) {
      tab = which || tab;
      hostToasts(true);
      for (const button of $$('#case-panel [data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
      for (const pane of $$('#case-panel [data-pane]')) pane.hidden = pane.dataset.pane !== tab;
      if (!dialog.open) dialog.showModal();
      if (tab === 'intake') intake.show();
      if (tab === 'pickup') loadPickup();
      if (tab === 'lookup') $('#lk-q').focus();
    }

    function close() {
      if (dialog.open) dialog.close();
    }

    function tabForKey(key) {
      const k = key.length === 1 ? key.toLowerCase() : key;
      const found = desk.tabs.find((t) => t.keys.includes(k));
      return found ? found.id : null;
    }

    for (const button of $$('#case-panel [data-tab]')) button.addEventListener('click', () => open(button.dataset.tab));
    $('#cp-close').addEventListener('click', close);
    // F2–F4 switch tabs even while typing (focus may also have fallen back to the page); Esc closes.
    document.addEventListener('keydown', (e) => {
      if (!dialog.open || !/^F\d$/.test(e.key)) return;
      const which = tabForKey(e.key);
      if (which) {
        e.preventDefault();
        open(which);
      }
    });

    // ---- 待取件 -------------------------------------------------------------------------------------
    async function listPickup(q) {
      const query = `status=${desk.pickupStatuses.join(',')}&limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`;
      return api(`/api/v1/cases?${query}`);
    }

    async function refreshCount() {
      clearTimeout(countTimer);
      countTimer = setTimeout(refreshCount, COUNT_EVERY_MS);
      try {
        setText('#pk-badge', (await listPickup('')).length);
      } catch (err) {
        if (err.status === 401) clearTimeout(countTimer);
      }
    }

    async function loadPickup() {
      try {
        const rows = await listPickup($('#pk-q').value.trim());
        setText('#pk-count', `共 ${rows.length} 件`);
        $('#pk-rows').replaceChildren(...(rows.length ? rows.map(pickupRow) : [el('tr', {}, el('td', { colspan: '6', class: 'muted cp-empty', text: '暂无待取件的办件' }))]));
        if (!$('#pk-q').value) setText('#pk-badge', rows.length);
      } catch (err) {
        fail(err);
      }
    }

    function pickupRow(c) {
      const tr = el('tr', { dataset: { case: c.caseNumber } });
      const actions = el('td', { class: 'cp-actions' });
      const draw = (row) => {
        const delivered = row.status === 'delivered';
        tr.replaceChildren(
          el('td', { class: 'mono', text: row.caseNumber }),
          el('td', { text: row.itemName }),
          el('td', { text: row.applicantName }),
          el('td', {}, el('span', { class: `pill st-${row.status}`, text: desk.statusShort[row.status] || row.status })),
          el('td', { class: 'mono', text: (row.acceptedAt || row.receivedAt || '').slice(0, 10) }),
          actions,
        );
        actions.replaceChildren(
          delivered ? null : el('button', { type: 'button', class: 'button small', dataset: { act: 'deliver' }, onclick: () => deliver(row, { method: 'window' }) }, '出件'),
          delivered ? null : el('button', { type: 'button', class: 'link-btn', dataset: { act: 'post' }, onclick: () => askTracking(row) }, '邮寄'),
          el('button', { type: 'button', class: 'link-btn', dataset: { act: 'print' }, onclick: () => openDocument('result', row.id) }, '办结通知书'),
        );
      };
      const askTracking = (row) => {
        const input = el('input', { class: 'cp-input', placeholder: '快递运单号', maxlength: '64', 'aria-label': '运单号' });
        const confirm = () => {
          const trackingNo = input.value.trim();
          if (!trackingNo) return dom.toast('请填写运单号', 'error');
          deliver(row, { method: 'post', trackingNo });
        };
        input.addEventListener('keydown', (e) => {
          if (e.key === 'Enter') confirm();
          if (e.key === 'Escape') {
            e.preventDefault();
            draw(row);
          }
        });
        actions.replaceChildren(input, el('button', { type: 'button', class: 'button small', onclick: confirm }, '确认邮寄'), el('button', { type: 'button', class: 'link-btn', onclick: () => draw(row) }, '取消'));
        input.focus();
      };
      const deliver = async (row, body) => {
        try {
          const updated = await api(`/api/v1/cases/${row.id}/deliver`, { method: 'POST', body });
          dom.toast(body.method === 'post' ? `已邮寄 ${row.caseNumber}` : `已出件 ${row.caseNumber}`, 'ok');
          draw(updated);
          refreshCount();
        } catch (err) {
          fail(err);
        }
      };
      draw(c);
      return tr;
    }

    let pickupTimer = null;
    $('#pk-q').addEventListener('input', () => {
      clearTimeout(pickupTimer);
      pickupTimer = setTimeout(loadPickup, 250);
    });
    $('#pk-refresh').addEventListener('click', loadPickup);

    // ---- 补正 · 撤回 -------------------------------------------------------------------------------
    $('#lk-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const q = $('#lk-q').value.trim().toUpperCase();
      if (!q) return;
      try {
        const rows = await api(`/api/v1/cases?q=${encodeURIComponent(q)}&limit=20`);
        const exact = rows.find((r) => r.caseNumber === q);
        if (exact || rows.length === 1) return showCase((exact || rows[0]).id);
        $('#lk-case').replaceChildren();
        $('#lk-list').replaceChildren(
          rows.length
            ? el('ul', { class: 'lk-list' }, rows.map((r) => el('li', {}, el('button', { type: 'button', class: 'link-btn', onclick: () => showCase(r.id) }, `${r.caseNumber} · ${r.itemName} · ${r.applicantName} · ${desk.statusShort[r.status] || r.status}`))))
            : el('p', { class: 'muted', text: '没有找到办件，请核对办件编号。' }),
        );
      } catch (err) {
        fail(err);
      }
    });

    async function showCase(id) {
      try {
        renderCase(await api(`/api/v1/cases/${id}`));
      } catch (err) {
        fail(err);
      }
    }

    async function act(c, action, body, done) {
      try {
        const updated = await api(`/api/v1/cases/${c.id}/${action}`, { method: 'POST', body: body || {} });
        dom.toast(done(updated), 'ok');
        renderCase(updated);
        refreshCount();
      } catch (err) {
        fail(err);
      }
    }

    function reasonBox(id, placeholder) {
      return el('input', { id, class: 'cp-input wide', maxlength: '400', placeholder });
    }

    function renderCase(c) {
      $('#lk-list').replaceChildren();
      const owed = caseRules.owedMaterials(c);
      const parts = [
        el('div', { class: 'lk-head' }, el('b', { class: 'mono lk-number', text: c.caseNumber }), el('span', { text: `${c.itemName} · ${c.applicantName}` }), el('span', { class: `pill st-${c.status}`, id: 'lk-status', text: desk.statusShort[c.status] || c.status })),
        el('p', { class: 'muted', text: [c.dueDate ? `承诺办结 ${c.dueDate}` : '', c.supplyDueDate ? `容缺补交期限 ${c.supplyDueDate}` : '', c.reason ? `说明：${c.reason}` : ''].filter(Boolean).join(' · ') }),
        el('ul', { class: 'lk-materials' }, c.materials.map((m) => el('li', {}, el('span', { class: `mat mat-${m.status}`, text: desk.materialStatusText[m.status] || m.status }), ` ${m.name}${m.required ? '' : '（非必需）'}`))),
      ];
      if (owed.length) {
        const boxes = owed.map((m) => el('label', { class: 'lk-owed' }, el('input', { type: 'checkbox', value: m.code, dataset: { owed: m.code } }), ` ${m.name}`));
        parts.push(
          el('section', { class: 'lk-section' }, el('h4', { text: c.status === 'awaiting_supplement' ? '补正材料（补齐后即受理）' : '补交容缺材料' }), el('div', { class: 'lk-boxes' }, boxes),
            el('button', { type: 'button', class: 'button', id: 'lk-supply', onclick: () => {
              const codes = $$('#lk-case [data-owed]:checked').map((b) => b.value);
              if (!codes.length) return dom.toast('请勾选补交的材料', 'error');
              act(c, 'supplement', { materials: codes.map((code) => ({ code, status: 'provided' })) }, (u) => (u.status === 'dispatched' && c.status !== 'dispatched' ? `材料已补齐，已受理，承诺 ${u.dueDate} 前办结` : '已登记补交'));
            } }, '确认补交')),
        );
      }
      if (c.status === 'returned') {
        parts.push(
          el('section', { class: 'lk-section' }, el('h4', { text: '部门退回：' + (c.reason || '') }), reasonBox('lk-return-reason', '一次性告知的补充说明，或不予受理的理由'),
            el('div', { class: 'lk-row' },
              el('button', { type: 'button', class: 'button', onclick: () => act(c, 'notify', $('#lk-return-reason').value.trim() ? { reason: $('#lk-return-reason').value.trim() } : {}, () => '已一次性告知') }, '一次性告知'),
              el('button', { type: 'button', class: 'link-btn danger', onclick: () => {
                const reason = $('#lk-return-reason').value.trim();
                if (!reason) return dom.toast('不予受理须填写理由', 'error');
                act(c, 'reject', { reason }, () => '已不予受理');
              } }, '不予受理'))),
        );
      }
      if (caseRules.mayWithdraw(c)) {
        parts.push(
          el('section', { class: 'lk-section' }, el('h4', { text: '撤回申请' }), reasonBox('lk-withdraw-reason', '撤回原因（申请人本人提出）'),
            el('button', { type: 'button', class: 'link-btn danger', id: 'lk-withdraw', onclick: () => {
              const reason = $('#lk-withdraw-reason').value.trim();
              if (!reason) return dom.toast('请填写撤回原因', 'error');
              if (!window.confirm(`确定撤回办件 ${c.caseNumber} 吗？撤回后不可恢复。`)) return;
              act(c, 'withdraw', { reason }, () => `已撤回 ${c.caseNumber}`);
            } }, '撤回')),
        );
      }
      const kinds = caseRules.documentsFor(c);
      if (kinds.length) parts.push(el('div', { class: 'lk-row' }, el('span', { class: 'muted', text: '打印：' }), kinds.map((k) => el('button', { type: 'button', class: 'link-btn', dataset: { doc: k }, onclick: () => openDocument(k, c.id) }, desk.documentTitles[k]))));
      $('#lk-case').replaceChildren(el('div', { class: 'lk-card' }, parts));
    }

    return {
      open, close, tabForKey,
      isOpen: () => dialog.open,
      // while a clerk is signed in at a window: keep the 待取件 count fresh
      start: refreshCount,
      stop() {
        clearTimeout(countTimer);
        close();
      },
    };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { caseDesk: { create } });
})();
