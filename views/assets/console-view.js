// Rendering of the clerk console; console.js owns the state and calls these after every change.
(function () {
  const { dom } = window.OneWindow;
  const { el, $, $$, setText } = dom;

  // The same rule as src/pages/view-models/console-actions.ts#isActionEnabled.
  function isEnabled(when, st) {
    if (!st.mine) return false;
    if (!when.window.includes(st.windowStatus)) return false;
    if (!when.ticket.includes(st.ticketStatus || 'none')) return false;
    return !when.needsHeld || st.heldCount > 0;
  }

  function maskPhone(phone) {
    return phone ? phone.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2') : '—';
  }

  const time = (iso) => dom.clockTime(iso) || '—';

  function createView(data) {
    const queueName = (code) => (data.queues.find((q) => q.code === code) || {}).name || code;

    function windowList(windows, onPick) {
      const cards = windows.map((w) => {
        const layout = data.windows.find((x) => x.number === w.number) || { serves: [] };
        return el(
          'button',
          { type: 'button', class: `window-card win-${w.status}`, dataset: { window: String(w.number) }, onclick: () => onPick(w.number) },
          el('span', { class: 'wc-name', text: w.name }),
          el('span', { class: 'wc-serves', text: layout.serves.map(queueName).join('、') }),
          el('span', { class: `pill pill-${w.status}`, text: data.windowStatusText[w.status] || w.status }),
        );
      });
      $('#window-list').replaceChildren(...cards);
    }

    function ticketCard(ticket, st) {
      $('#tc-body').hidden = !ticket;
      $('#tc-empty').hidden = !!ticket;
      if (!ticket) {
        let hint = '当前没有号票。';
        if (!st.mine) hint = '该窗口由其他工作人员操作。';
        else if (st.windowStatus === 'closed') hint = '窗口未开启，按 O 开启窗口。';
        else if (st.windowStatus === 'paused') hint = '窗口暂停服务中，按 P 恢复服务。';
        else hint = st.heldCount ? '当前没有号票。按 F1 / N 叫下一位，或按 U 恢复挂起的号票。' : '当前没有号票，按 F1 或 N 叫下一位。';
        setText('#tc-empty', hint);
        return;
      }
      setText('#tc-number', ticket.number);
      setText('#tc-queue', queueName(ticket.queueCode));
      const status = $('#tc-status');
      status.className = `pill pill-${ticket.status}`;
      status.textContent = data.ticketStatusText[ticket.status] || ticket.status;
      $('#tc-priority').hidden = ticket.priority !== 'priority';
      $('#tc-transfer').hidden = !ticket.transferredFromId;
      setText('#tc-issued', time(ticket.issuedAt));
      setText('#tc-called', time(ticket.calledAt));
      setText('#tc-started', time(ticket.startedAt));
      setText('#tc-recalls', ticket.recallCount);
      setText('#tc-phone', maskPhone(ticket.phone));
    }

    function actions(st, busy) {
      for (const button of $$('#actions [data-action]')) {
        const action = data.actions.find((a) => a.id === button.dataset.action);
        const enabled = !busy && isEnabled(action.when, st);
        button.disabled = !enabled;
        // pause and resume share P: show only the one that applies
        if (action.id === 'pause' || action.id === 'resume') button.hidden = st.windowStatus !== (action.id === 'pause' ? 'open' : 'paused');
        if (action.id === 'open') button.hidden = st.windowStatus !== 'closed';
        if (action.id === 'close') button.hidden = st.windowStatus === 'closed';
      }
    }

    function held(list, st, busy, onUnhold) {
      const items = list.map((t) =>
        el(
          'li',
          {},
          el('span', { class: 'held-num', text: t.number }),
          el('span', { class: 'muted', text: `${queueName(t.queueCode)} · ${time(t.heldAt)} 挂起` }),
          el('button', { type: 'button', class: 'link-btn', text: '恢复', disabled: busy || !isEnabled({ window: ['open', 'paused'], ticket: ['none'] }, st), onclick: () => onUnhold(t.id) }),
        ),
      );
      $('#held').replaceChildren(...(items.length ? items : [el('li', { class: 'muted', text: '暂无' })]));
    }

    function waiting(counts, serves) {
      const items = data.queues.map((q) =>
        el('li', { class: serves.includes(q.code) ? 'served' : '' }, el('span', { class: 'wq-code', text: q.code }), el('span', { text: q.name }), el('b', { dataset: { waiting: q.code }, text: String(counts[q.code] ?? 0) })),
      );
      $('#waiting').replaceChildren(...items);
      setText('#w-callable', serves.reduce((sum, q) => sum + (counts[q] || 0), 0));
    }

    function windowBar(w, st) {
      setText('#w-name', w.name);
      const pill = $('#w-status');
      pill.className = `pill pill-${w.status}`;
      pill.textContent = data.windowStatusText[w.status] || w.status;
      $('#w-other').hidden = st.mine;
    }

    function transferChoices(currentQueue, onChoose) {
      const options = data.queues.filter((q) => q.code !== currentQueue);
      const buttons = options.map((q, i) =>
        el('button', { type: 'button', class: 'transfer-btn', dataset: { queue: q.code, key: String(i + 1) }, onclick: () => onChoose(q.code) }, el('kbd', { text: String(i + 1) }), ` ${q.code} ${q.name}`),
      );
      $('#transfer-queues').replaceChildren(...buttons);
    }

    return { windowList, ticketCard, actions, held, waiting, windowBar, transferChoices };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { consoleView: { createView, isEnabled } });
})();
