// The screen above one counter (窗口屏): window name, the number being served, 暂停服务 when paused.
(function () {
  const { dom, realtime, Announcer } = window.OneWindow;
  const { $, setText } = dom;
  const data = dom.pageData();
  const state = { status: 'closed', currentNumber: null, calling: false };
  const announcer = data.voice ? new Announcer({ repeat: 2 }) : null;
  let callingTimer = null;

  function render() {
    if (state.status !== 'open') state.calling = false;
    document.body.className = `ws ws-${state.status}${state.calling ? ' ws-calling' : ''}`;
    const serving = state.status !== 'closed' && state.currentNumber;
    let label = '';
    if (state.status === 'open') label = serving ? (state.calling ? `请 ${state.currentNumber} 号到本窗口办理` : '当前办理') : '欢迎光临 · 请等候叫号';
    else if (state.status === 'paused') label = serving ? '当前办理' : '';
    setText('#ws-label', label);
    setText('#ws-number', serving ? state.currentNumber : '');
    setText('#ws-state', data.windowStatusText[state.status] || state.status);
  }

  function take(windows) {
    const w = windows.find((x) => x.number === data.window);
    if (!w) return;
    state.status = w.status;
    state.currentNumber = w.currentNumber;
    render();
  }

  function onCall(msg) {
    if (msg.windowNumber !== data.window) return;
    state.currentNumber = msg.number;
    state.calling = true;
    render();
    clearTimeout(callingTimer);
    callingTimer = setTimeout(() => {
      state.calling = false;
      render();
    }, 15000);
    if (announcer) announcer.announce(msg);
  }

  // window.updated comes first and fast; it reports no number for a pause, so a null number waits for
  // the board.updated that follows (it always carries the window's real current number).
  function onWindow(msg) {
    if (msg.windowNumber !== data.window) return;
    state.status = msg.status;
    if (msg.currentNumber) state.currentNumber = msg.currentNumber;
    if (msg.status === 'closed') state.currentNumber = null;
    render();
  }

  function onStatus(status) {
    setText('#conn', status === 'live' ? '' : realtime.STATUS_TEXT[status] || '');
  }

  if (announcer) {
    document.addEventListener('click', () => announcer.enable(), { once: true });
    document.addEventListener('keydown', () => announcer.enable(), { once: true });
  }
  dom.startClock(data.timeZone, ({ time }) => setText('#ws-clock', time));
  take(data.snapshot.windows);
  realtime.connectHall({
    hall: data.hall,
    window: data.window,
    onSnapshot: (s) => take(s.windows),
    onBoard: (b) => take(b.windows),
    onCall,
    onWindow,
    onStatus,
  });
})();
