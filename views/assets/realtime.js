// Keeps a screen in step with its hall over Socket.IO (namespace /realtime).
// Subscribing returns a snapshot with its `seq`; every hall event carries the next seq. Events that
// arrive while a subscription is pending are held and replayed after the snapshot; an event whose seq
// is not last+1 means something was missed, so the screen re-subscribes and takes a fresh snapshot.
// Reconnects re-subscribe too. Handlers must apply events idempotently: a snapshot may already
// reflect the event that follows it.
(function () {
  const RESYNC_EVERY_MS = 5 * 60 * 1000; // also picks up the day change on screens left on overnight
  const RETRY_MS = 3000;

  function connectHall(options) {
    const { hall, window: windowNumber, onSnapshot, onCall, onBoard, onWindow, onStatus } = options;
    if (typeof io !== 'function') {
      report('offline');
      return { resync() {}, close() {} };
    }
    const socket = io('/realtime', { transports: ['websocket', 'polling'] });
    let lastSeq = null;
    let pending = null; // events held while a subscription is in flight
    let retry = null;
    let generations = 0;

    function report(status, detail) {
      if (onStatus) onStatus(status, detail);
    }

    // force: start over even if a subscription is in flight (after a reconnect its ack is lost).
    function subscribe(force) {
      if (!socket.connected) return;
      if (pending && !force) return;
      const generation = ++generations;
      pending = pending || [];
      clearTimeout(retry);
      const body = windowNumber ? { hall, window: windowNumber } : { hall };
      socket.timeout(10000).emit('subscribe', body, (err, ack) => {
        if (generation !== generations) return; // superseded by a newer subscription
        if (err || !ack || !ack.ok) {
          report('error', ack && ack.error ? ack.error.message : '订阅失败');
          retry = setTimeout(() => subscribe(true), RETRY_MS);
          return;
        }
        const { ok, ...snapshot } = ack;
        lastSeq = snapshot.seq;
        const held = pending.sort((a, b) => a.msg.seq - b.msg.seq);
        pending = null;
        onSnapshot(snapshot);
        report('live');
        held.forEach(({ kind, msg }) => receive(kind, msg));
      });
    }

    function receive(kind, msg) {
      if (pending) {
        pending.push({ kind, msg });
        return;
      }
      if (lastSeq === null || typeof msg.seq !== 'number') return;
      if (msg.seq <= lastSeq) return; // already in the snapshot we hold
      const gap = msg.seq !== lastSeq + 1;
      lastSeq = msg.seq;
      if (kind === 'call' && onCall) onCall(msg, { gap });
      if (kind === 'board' && onBoard) onBoard(msg, { gap });
      if (gap) subscribe(); // missed something: become whole again
    }

    socket.on('connect', () => {
      report('connecting');
      subscribe(true);
    });
    socket.on('disconnect', (reason) => {
      report('offline');
      // the client reconnects by itself except when the server closed the socket on purpose
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), RETRY_MS);
    });
    socket.on('connect_error', () => report('offline'));
    socket.on('ticket.called', (msg) => receive('call', msg));
    socket.on('board.updated', (msg) => receive('board', msg));
    socket.on('window.updated', (msg) => onWindow && onWindow(msg));

    const timer = setInterval(() => subscribe(), RESYNC_EVERY_MS);
    const onVisible = () => document.visibilityState === 'visible' && subscribe();
    document.addEventListener('visibilitychange', onVisible);

    return {
      resync: () => subscribe(),
      close() {
        clearInterval(timer);
        clearTimeout(retry);
        document.removeEventListener('visibilitychange', onVisible);
        socket.close();
      },
    };
  }

  // Texts for a connection indicator.
  const STATUS_TEXT = { connecting: '正在连接…', live: '实时连接', offline: '连接中断，正在重连…', error: '同步失败，正在重试…' };

  window.OneWindow = Object.assign(window.OneWindow || {}, { realtime: { connectHall, STATUS_TEXT } });
})();
