// The resident's ticket page (opened from the QR code): live status, vibrates when the number is called.
(function () {
  const { api, dom, realtime, Announcer, rating } = window.OneWindow;
  const { $, setText } = dom;
  const data = dom.pageData();
  const announcer = new Announcer({ repeat: 0 });
  const memoryKey = `onewindow.ticket.${data.id}.queue`;
  const POLL_MS = 60000;
  let ticket = null;
  let feed = null;
  let debounce = null;
  let poll = null;
  let soundOn = false;
  let rated = null;

  function statusText(t) {
    const text = data.statusText[t.status] || { title: t.status, detail: '', tone: 'wait' };
    const values = { window: t.windowNumber, ahead: t.ahead, minutes: t.estimatedWaitMinutes, queue: t.queueName };
    const detail = t.status === 'waiting' && t.ahead === 0 ? data.nextInLine : text.detail;
    return { title: dom.fillTemplate(text.title, values), detail: dom.fillTemplate(detail, values), tone: text.tone };
  }

  // Remembers the queue the ticket was first seen in, to tell the resident about a transfer.
  function transferNote(t) {
    let first = null;
    try {
      first = JSON.parse(localStorage.getItem(memoryKey) || 'null');
      if (!first) localStorage.setItem(memoryKey, JSON.stringify({ code: t.queueCode, name: t.queueName }));
    } catch (e) {
      // private mode: no memory, no note
    }
    return first && first.code !== t.queueCode ? `您的号票已由「${first.name}」转至「${t.queueName}」，号码不变，请留意叫号。` : null;
  }

  function render(t) {
    const s = statusText(t);
    document.title = t.status === 'called' ? `【到号】${s.title}` : `${t.number} ${s.title} · 排队进度`;
    setText('#tp-hall', t.hallName);
    setText('#tp-number', t.number);
    setText('#tp-queue', t.queueName);
    $('#tp-status').className = `tp-status tone-${s.tone}`;
    setText('#tp-title', s.title);
    setText('#tp-detail', s.detail);
    const waiting = t.status === 'waiting';
    $('#tp-ahead-row').hidden = !waiting;
    $('#tp-wait-row').hidden = !waiting;
    setText('#tp-ahead', t.ahead);
    setText('#tp-wait', t.estimatedWaitMinutes);
    setText('#tp-issued', dom.clockTime(t.issuedAt));
    const note = transferNote(t);
    $('#tp-transfer').hidden = !note;
    setText('#tp-transfer', note || '');
    setText('#tp-updated', `更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`);
    $('#tp-loading').hidden = true;
    $('#tp-card').hidden = false;
  }

  function alertCalled() {
    if (navigator.vibrate) navigator.vibrate([400, 200, 400, 200, 800]);
    const card = $('#tp-card');
    card.classList.remove('alerting');
    void card.offsetWidth;
    card.classList.add('alerting');
    if (soundOn) announcer.chime();
  }

  function isFinal(t) {
    return data.finalStatuses.includes(t.status);
  }

  async function refresh() {
    clearTimeout(debounce);
    let next;
    try {
      next = await api(`/api/v1/tickets/${encodeURIComponent(data.id)}?token=${encodeURIComponent(data.token)}`, { auth: false });
    } catch (e) {
      if (e.status === 404 || e.status === 400) return showMissing();
      setText('#tp-updated', '网络异常，正在重试…');
      return;
    }
    const before = ticket;
    ticket = next;
    render(next);
    if (next.status === 'called' && (!before || before.status !== 'called')) alertCalled();
    if (!feed && !isFinal(next)) feed = realtime.connectHall({ hall: next.hall, onSnapshot: later, onCall, onBoard: later, onStatus });
    if (isFinal(next)) stop();
    if (next.status === 'done') offerRating();
  }

  // 好差评 (一次一评): once the service is done, the resident rates it here (the widget checks it is not rated yet).
  function offerRating() {
    if (rated) return;
    rated = rating.mount($('#tp-rating'), { target: { ticketId: data.id, token: data.token }, prompt: '请您对本次服务进行评价' });
  }

  function showMissing() {
    stop();
    $('#tp-loading').hidden = true;
    $('#tp-card').hidden = true;
    $('#tp-missing').hidden = false;
    setText('#tp-missing-text', data.notFound);
    document.title = '未找到号票';
  }

  function stop() {
    clearInterval(poll);
    if (feed) feed.close();
    feed = { close() {} };
    setText('#tp-conn', '');
  }

  // Every hall event may move this ticket; spread the refetches so a hall full of phones doesn't stampede.
  function later() {
    clearTimeout(debounce);
    debounce = setTimeout(refresh, 400 + Math.random() * 1600);
  }

  function onCall(msg) {
    if (ticket && msg.number === ticket.number) {
      refresh();
      if (msg.recall && ticket.status === 'called') alertCalled();
    } else later();
  }

  function onStatus(status) {
    setText('#tp-conn', status === 'live' ? '● 实时' : realtime.STATUS_TEXT[status] || '');
    $('#tp-conn').className = `tp-conn tp-conn-${status}`;
  }

  $('#tp-sound').addEventListener('click', () => {
    announcer.enable();
    soundOn = true;
    announcer.chime();
    $('#tp-sound').hidden = true;
  });
  poll = setInterval(refresh, POLL_MS);
  refresh();
})();
