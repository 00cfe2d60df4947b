// The hall board (大厅叫号屏): newest call huge, recent calls, window states, waiting per queue, voice.
(function () {
  const { dom, realtime, Announcer, announce } = window.OneWindow;
  const { el, $, setText } = dom;
  const data = dom.pageData();
  const state = { calls: [], waiting: {}, windows: [] };
  const announcer = new Announcer({ repeat: data.repeat });
  let highlightTimer = null;

  const callKey = (c) => `${c.number}|${c.calledAt}`;
  const windowName = (n) => (state.windows.find((w) => w.number === n) || {}).name || `${n}号窗口`;

  function renderNow() {
    const current = state.calls[0];
    $('#now').classList.toggle('now-empty', !current);
    setText('#now-number', current ? current.number : '——');
    setText('#now-window', current ? `请到 ${windowName(current.windowNumber)}` : '请取号后耐心等候');
    setText('#now-sentence', current ? announce.sentence(current) : '');
  }

  function renderRecent() {
    const items = state.calls.slice(1, 1 + data.recentLimit).map((c) =>
      el('li', {}, el('span', { class: 'r-num', text: c.number }), el('span', { class: 'r-win', text: `${c.windowNumber} 号窗口` }), el('span', { class: 'r-time', text: dom.clockTime(c.calledAt) + (c.recall ? ' 重呼' : '') })),
    );
    $('#recent-calls').replaceChildren(...items);
  }

  function renderWindows() {
    const tiles = state.windows.map((w) =>
      el(
        'div',
        { class: `win win-${w.status}`, dataset: { window: String(w.number) } },
        el('div', { class: 'win-name', text: w.name }),
        el('div', { class: 'win-num', text: w.status === 'closed' ? '—' : w.currentNumber || '—' }),
        el('div', { class: 'win-state', text: data.windowStatusText[w.status] || w.status }),
      ),
    );
    $('#windows').replaceChildren(...tiles);
  }

  function renderWaiting() {
    for (const node of dom.$$('[data-waiting]')) setText(node, state.waiting[node.dataset.waiting] ?? 0);
  }

  function highlight(call) {
    const now = $('#now');
    now.classList.remove('flash');
    void now.offsetWidth; // restart the animation
    now.classList.add('flash');
    const tile = $(`.win[data-window="${call.windowNumber}"]`);
    if (tile) tile.classList.add('win-called');
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => {
      now.classList.remove('flash');
      dom.$$('.win-called').forEach((n) => n.classList.remove('win-called'));
    }, data.highlightSeconds * 1000);
  }

  function applySnapshot(s) {
    state.calls = s.recentCalls.slice();
    state.waiting = s.waiting;
    state.windows = s.windows;
    renderNow();
    renderRecent();
    renderWindows();
    renderWaiting();
  }

  function onCall(msg) {
    const call = { number: msg.number, windowNumber: msg.windowNumber, calledAt: msg.calledAt, recall: msg.recall };
    state.calls = [call, ...state.calls.filter((c) => callKey(c) !== callKey(call))].slice(0, 20);
    const w = state.windows.find((x) => x.number === msg.windowNumber);
    if (w) w.currentNumber = msg.number;
    renderNow();
    renderRecent();
    renderWindows();
    highlight(call);
    announcer.announce(call);
  }

  function onBoard(msg) {
    state.waiting = msg.waiting;
    state.windows = msg.windows;
    renderWindows();
    renderWaiting();
  }

  function onStatus(status) {
    const conn = $('#conn');
    conn.className = `conn conn-${status}`;
    conn.textContent = realtime.STATUS_TEXT[status] || status;
  }

  function enableSound() {
    announcer.enable();
    $('#sound').hidden = true;
  }

  dom.startClock(data.timeZone, ({ time, date }) => {
    setText('#clock-time', time);
    setText('#clock-date', date);
  });
  applySnapshot(data.snapshot);
  const ctx = announcer.context();
  if (ctx && ctx.state === 'running') $('#sound').hidden = true; // the screen's browser allows sound without a click
  document.addEventListener('click', enableSound, { once: true });
  document.addEventListener('keydown', enableSound, { once: true });
  realtime.connectHall({ hall: data.hall, onSnapshot: applySnapshot, onCall, onBoard, onStatus });
})();
