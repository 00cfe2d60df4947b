// 受理 pane of the console's case panel: find the item as you type, tick the materials, type the
// applicant, decide. Buttons follow the server's rules (case-rules.js); nothing typed is lost on an error.
(function () {
  const { api, dom, caseRules, caseDocuments } = window.OneWindow;
  const { $, $$, el, setText } = dom;
  const SEARCH_DELAY_MS = 180;

  function create(ctx) {
    // ctx: {hall, desk (page data), getTicket(), departments(): {code: name}, openDocument(kind, id), onDone(receipt), onAuthError(err)}
    const desk = ctx.desk;
    const S = { item: null, statuses: {}, results: [], active: -1, seq: 0, busy: false, touched: {}, lastDecision: null, receipt: null };
    let searchTimer = null;

    // ---- the ticket at the window ------------------------------------------------------------------
    function renderTicket() {
      const t = ctx.getTicket();
      const box = $('#ci-ticket');
      if (!t) {
        box.replaceChildren(el('span', { class: 'muted', text: '当前窗口没有号票：按无号票受理（预约、代办、社区代收）。' }));
        return;
      }
      const label = el('label', { class: 'ci-ticket-label' }, el('input', { type: 'checkbox', id: 'ci-with-ticket', checked: true }), ` 随件登记号票 `, el('b', { text: t.number }));
      box.replaceChildren(label);
    }

    function ticketId() {
      const t = ctx.getTicket();
      const box = $('#ci-with-ticket');
      return t && box && box.checked ? t.id : undefined;
    }

    // ---- item search ---------------------------------------------------------------------------------
    const q = $('#ci-q');
    const list = $('#ci-results');

    function showResults(items) {
      S.results = items.slice(0, 8);
      S.active = S.results.length ? 0 : -1;
      drawResults();
    }

    function drawResults() {
      const open = S.results.length > 0;
      list.hidden = !open;
      q.setAttribute('aria-expanded', String(open));
      list.replaceChildren(
        ...S.results.map((item, i) =>
          el(
            'li',
            { role: 'option', id: `ci-opt-${i}`, class: i === S.active ? 'active' : '', 'aria-selected': String(i === S.active), dataset: { code: item.code }, onmousedown: (e) => { e.preventDefault(); pick(item.code); } },
            el('span', { class: 'ci-opt-name', text: item.name }),
            el('span', { class: 'ci-opt-meta', text: `${item.code} · ${desk.kindText[item.kind] || item.kind} · ${limitText(item)}` }),
          ),
        ),
      );
      if (S.active >= 0) q.setAttribute('aria-activedescendant', `ci-opt-${S.active}`);
      else q.removeAttribute('aria-activedescendant');
    }

    function limitText(item) {
      const l = item.promisedLimit;
      if (item.kind === 'immediate' || !l || l.value === 0) return '当场办结';
      return `承诺 ${l.value} ${desk.unitText[l.unit] || l.unit}`;
    }

    async function search() {
      const seq = ++S.seq;
      const text = q.value.trim();
      try {
        const items = await api(`/api/v1/catalog/items${text ? `?q=${encodeURIComponent(text)}` : ''}`, { auth: false });
        if (seq === S.seq) showResults(items);
      } catch (err) {
        if (seq === S.seq) showError(err.message);
      }
    }

    q.addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(search, SEARCH_DELAY_MS);
    });
    q.addEventListener('focus', () => {
      if (!S.results.length) search();
    });
    q.addEventListener('blur', () => setTimeout(() => showResults([]), 150));
    q.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!S.results.length) return search();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        S.active = (S.active + step + S.results.length) % S.results.length;
        drawResults();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        const chosen = S.results[S.active] || S.results[0];
        if (chosen) pick(chosen.code);
      } else if (e.key === 'Escape' && S.results.length) {
        e.preventDefault(); // close the list, not the panel
        e.stopPropagation();
        showResults([]);
      }
    });

    async function pick(code) {
      clearTimeout(searchTimer);
      S.seq++;
      showResults([]);
      try {
        const item = await api(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
        const keep = S.item && S.item.code === item.code ? S.statuses : {};
        S.item = item;
        S.statuses = Object.fromEntries(item.materials.map((m) => [m.code, keep[m.code] || 'missing']));
        q.value = item.name;
        renderItem();
        update();
        const first = $('#ci-material-rows input[type="radio"]');
        if (first) first.focus();
      } catch (err) {
        showError(err.message);
      }
    }

    // ---- item and materials --------------------------------------------------------------------------
    function renderItem() {
      const item = S.item;
      $('#ci-item').hidden = !item;
      $('#ci-materials').hidden = !item;
      if (!item) return;
      setText('#ci-item-name', item.name);
      setText('#ci-item-code', item.code);
      setText('#ci-item-kind', desk.kindText[item.kind] || item.kind);
      $('#ci-item-kind').className = `pill kind-${item.kind}`;
      setText('#ci-item-limit', limitText(item));
      const names = ctx.departments();
      setText('#ci-item-depts', `承办：${item.departmentCodes.map((d) => names[d] || d).join('、')}${item.statutoryLimit && item.kind !== 'immediate' ? ` · 法定 ${item.statutoryLimit.value} ${desk.unitText[item.statutoryLimit.unit] || ''}` : ''}`);
      const rows = item.materials.map((m) => {
        const choices = ['provided', 'missing'].concat(m.deferrable ? ['deferred'] : []);
        const group = el(
          'div',
          { class: 'ci-choice', role: 'radiogroup', 'aria-label': m.name },
          choices.map((status) =>
            el(
              'label',
              { class: `ci-opt-${status}` },
              el('input', { type: 'radio', name: `ci-m-${m.code}`, value: status, checked: S.statuses[m.code] === status, dataset: { material: m.code }, onchange: () => { S.statuses[m.code] = status; update(); } }),
              el('span', { text: desk.materialStatusText[status] }),
            ),
          ),
        );
        const paper = `${m.original ? '原件' : '复印件'}${m.copies > 1 ? ` ×${m.copies}` : ''}`;
        return el(
          'tr',
          { dataset: { material: m.code } },
          el('td', { class: 'ci-m-name' }, m.required ? el('span', { class: 'req', title: '必需材料', text: '*' }) : null, m.name, m.required ? null : el('span', { class: 'tag', text: '非必需' }), m.deferrable ? el('span', { class: 'tag tag-defer', text: '可容缺' }) : null, el('div', { class: 'muted small', text: `${paper}${m.note ? ` · ${m.note}` : ''}` })),
          el('td', {}, group),
        );
      });
      $('#ci-material-rows').replaceChildren(...rows);
    }

    $('#ci-all-provided').addEventListener('click', () => {
      if (!S.item) return;
      for (const m of S.item.materials) S.statuses[m.code] = 'provided';
      for (const input of $$('#ci-material-rows input[value="provided"]')) input.checked = true;
      update();
    });

    // ---- people ---------------------------------------------------------------------------------------
    const FIELDS = { name: 'name', id: 'idNumber', phone: 'phone' };
    function person(prefix) {
      return { name: $(`#${prefix}-name`).value.trim(), idNumber: caseRules.normalizeIdNumber($(`#${prefix}-id`).value), phone: $(`#${prefix}-phone`).value.trim() };
    }
    function agentOn() {
      return $('#ci-agent-on').checked;
    }
    function peopleProblems() {
      const out = { ci: caseRules.personProblems(person('ci')), ca: agentOn() ? caseRules.personProblems(person('ca')) : {} };
      return out;
    }
    function drawFieldErrors(problems, all) {
      for (const prefix of ['ci', 'ca']) {
        for (const [suffix, field] of Object.entries(FIELDS)) {
          const id = `${prefix}-${suffix}`;
          const message = problems[prefix][field] || '';
          const show = all || S.touched[id];
          setText(`[data-for="${id}"]`, show ? message : '');
          $(`#${id}`).classList.toggle('invalid', !!(show && message));
        }
      }
    }
    for (const prefix of ['ci', 'ca']) {
      for (const suffix of Object.keys(FIELDS)) {
        const input = $(`#${prefix}-${suffix}`);
        input.addEventListener('blur', () => {
          if (suffix === 'id') input.value = caseRules.normalizeIdNumber(input.value);
          if (input.value.trim()) S.touched[input.id] = true;
          update();
        });
        input.addEventListener('input', () => update());
      }
    }
    $('#ci-agent-on').addEventListener('change', () => {
      $('#ci-agent').hidden = !agentOn();
      update();
    });
    $('#ci-reason').addEventListener('input', () => update());

    // ---- decisions ------------------------------------------------------------------------------------
    function decisionsNow() {
      const problems = peopleProblems();
      const personOk = !Object.keys(problems.ci).length && !Object.keys(problems.ca).length;
      return { problems, decisions: caseRules.intakeDecisions(S.item, S.statuses, { personOk, reason: $('#ci-reason').value }) };
    }

    function update(showAll) {
      const { problems, decisions } = decisionsNow();
      drawFieldErrors(problems, showAll);
      const why = [];
      for (const button of $$('#ci-decisions [data-decision]')) {
        const id = button.dataset.decision;
        const d = decisions[id];
        button.disabled = S.busy || !d.enabled;
        button.title = d.enabled ? '' : d.why;
        const irrelevant = S.item && ((id === 'accept' && S.item.kind === 'immediate') || (id === 'complete' && S.item.kind !== 'immediate'));
        if (!d.enabled && !irrelevant) why.push(el('li', {}, el('b', { text: desk.decisions.find((x) => x.id === id).label }), `：${d.why}`));
        button.hidden = !!irrelevant;
      }
      $('#ci-why').replaceChildren(...why);
    }

    async function decide(decision) {
      const { decisions } = decisionsNow();
      if (!decisions[decision].enabled || S.busy) {
        update(true);
        return;
      }
      const body = {
        hall: ctx.hall,
        serviceItemCode: S.item.code,
        applicant: person('ci'),
        materials: S.item.materials.map((m) => ({ code: m.code, status: S.statuses[m.code] || 'missing' })),
        decision,
      };
      const tid = ticketId();
      if (tid) body.ticketId = tid;
      if (agentOn()) body.agent = { type: $('#ca-type').value, ...person('ca') };
      const reason = $('#ci-reason').value.trim();
      if (decision === 'reject') body.reason = caseDocuments.joinRefusal(reason, $('#ci-where').value);
      else if (decision === 'notify' && reason) body.reason = reason;
      S.busy = true;
      showError('');
      update();
      try {
        const receipt = await api('/api/v1/cases', { method: 'POST', body });
        S.receipt = receipt;
        S.lastDecision = decision;
        showResult(receipt, decision);
        ctx.onDone(receipt);
      } catch (err) {
        if (err.status === 401) return ctx.onAuthError(err);
        showError(errorText(err));
      } finally {
        S.busy = false;
        update();
      }
    }

    function errorText(err) {
      if (err.code === 'TICKET_NOT_AT_WINDOW') return `${err.message}。可取消「随件登记号票」后按无号票受理。`;
      if (err.code === 'VALIDATION_FAILED') return `输入有误：${err.message}`;
      return err.message;
    }

    // Ctrl+Enter: the main decision of the item (受理, or 当场办结 for an immediate item)
    $('#ci-form').addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !S.item) return;
      e.preventDefault();
      decide(S.item.kind === 'immediate' ? 'complete' : 'accept');
    });

    $('#ci-decisions').addEventListener('click', (e) => {
      const button = e.target.closest('[data-decision]');
      if (button && !button.disabled) decide(button.dataset.decision);
    });

    function showError(message) {
      $('#ci-error').hidden = !message;
      setText('#ci-error', message || '');
    }

    // ---- after the decision ---------------------------------------------------------------------------
    function showResult(r, decision) {
      $('#ci-form').hidden = true;
      $('#ci-result').hidden = false;
      setText('#cr-number', r.caseNumber);
      setText('#cr-status', desk.statusText[r.status] || r.status);
      const names = ctx.departments();
      const facts = [
        ['事项', S.item.name],
        ['申请人', person('ci').name],
        r.dueDate && r.status !== 'delivered' ? ['承诺办结', r.dueDate] : null,
        r.statutoryDueDate && r.status !== 'delivered' ? ['法定期限', r.statutoryDueDate] : null,
        r.supplyDueDate ? ['容缺材料补交期限', r.supplyDueDate] : null,
        r.departmentCodes && r.departmentCodes.length && r.status === 'dispatched' ? ['已派单至', r.departmentCodes.map((d) => names[d] || d).join('、')] : null,
        r.missingMaterials && r.missingMaterials.length ? ['一次性告知', r.missingMaterials.map((m) => m.name).join('、')] : null,
        ['查询码', r.queryCode],
      ].filter(Boolean);
      $('#cr-facts').replaceChildren(...facts.map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v, dataset: { fact: k } }))));
      const kinds = caseRules.documentsAfterDecision(decision, S.statuses, desk.decisionDocuments);
      $('#cr-docs').replaceChildren(
        ...kinds.map((kind, i) => el('button', { type: 'button', class: `act ${i === 0 ? 'act-primary' : ''}`, dataset: { doc: kind }, onclick: () => ctx.openDocument(kind, r.id) }, el('span', { text: `打印${desk.documentTitles[kind]}` }), i === 0 ? el('kbd', { text: 'P' }) : null)),
      );
      const first = $('#cr-docs button');
      if (first) first.focus();
    }

    // P prints the first document; N keeps the applicant for the next item; R clears everything.
    $('#ci-result').addEventListener('keydown', (e) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'p') $('#cr-docs button') && $('#cr-docs button').click();
      else if (key === 'n') again(true);
      else if (key === 'r') again(false);
      else return;
      e.preventDefault();
    });

    function again(keepPeople) {
      S.item = null;
      S.statuses = {};
      S.receipt = null;
      q.value = '';
      $('#ci-reason').value = '';
      $('#ci-where').value = '';
      if (!keepPeople) {
        for (const id of ['ci-name', 'ci-id', 'ci-phone', 'ca-name', 'ca-id', 'ca-phone']) $(`#${id}`).value = '';
        $('#ci-agent-on').checked = false;
        $('#ci-agent').hidden = true;
        S.touched = {};
      }
      $('#ci-result').hidden = true;
      $('#ci-form').hidden = false;
      showError('');
      renderItem();
      renderTicket();
      update();
      q.focus();
    }
    $('#cr-same').addEventListener('click', () => again(true));
    $('#cr-new').addEventListener('click', () => again(false));

    return {
      // Called each time the pane is shown: the ticket may have changed meanwhile.
      show() {
        renderTicket();
        update();
        if ($('#ci-result').hidden) (S.item ? $('#ci-name') : q).focus();
        else if ($('#cr-docs button')) $('#cr-docs button').focus();
      },
    };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { caseIntake: { create } });
})();
