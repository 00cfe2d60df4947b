// The self-service kiosk (自助取号机): choose a queue, get a ticket with a QR code, print, return.
(function () {
  const { api, dom, realtime } = window.OneWindow;
  const { $, $$, setText } = dom;
  const data = dom.pageData();
  const phone = $('#phone');
  let countdown = null;
  let busy = false;

  function showPick() {
    clearInterval(countdown);
    $('#result').hidden = true;
    $('#pick').hidden = false;
    $('#priority').checked = false;
    phone.value = '';
    phone.classList.remove('invalid');
  }

  function showTicket(t) {
    setText('#t-number', t.number);
    setText('#t-queue', data.queueNames[t.queueCode] || t.queueCode);
    $('#t-priority').hidden = t.priority !== 'priority';
    setText('#t-ahead', t.ahead);
    setText('#t-wait', t.estimatedWaitMinutes);
    setText('#t-time', `${t.issuedAt.slice(0, 10)} ${dom.clockTime(t.issuedAt)}`);
    const qr = $('#t-qr');
    if (data.autoPrint) qr.addEventListener('load', () => window.print(), { once: true });
    qr.src = `/qr/ticket/${encodeURIComponent(t.id)}.svg?token=${encodeURIComponent(t.statusToken)}`;
    $('#pick').hidden = true;
    $('#result').hidden = false;
    $$('.toast').forEach((n) => n.remove());
    startCountdown();
  }

  function startCountdown() {
    let left = data.autoReturnSeconds;
    setText('#countdown', left);
    clearInterval(countdown);
    countdown = setInterval(() => {
      left -= 1;
      setText('#countdown', left);
      if (left <= 0) showPick();
    }, 1000);
  }

  async function take(queueCode) {
    if (busy) return;
    const number = phone.value.trim();
    if (number && !/^1\d{10}$/.test(number)) {
      phone.classList.add('invalid');
      dom.toast('手机号码应为 11 位数字，也可以不填', 'error');
      return;
    }
    busy = true;
    $$('.queue-btn').forEach((b) => (b.disabled = true));
    try {
      const body = { queueCode, priority: $('#priority').checked ? 'priority' : 'normal' };
      if (number) body.phone = number;
      showTicket(await api(`/api/v1/halls/${encodeURIComponent(data.hall)}/tickets`, { method: 'POST', body, auth: false }));
    } catch (e) {
      dom.toast(`取号失败：${e.message}`, 'error');
    } finally {
      busy = false;
      $$('.queue-btn').forEach((b) => (b.disabled = false));
    }
  }

  function press(key) {
    phone.classList.remove('invalid');
    if (key === 'clear') phone.value = '';
    else if (key === 'back') phone.value = phone.value.slice(0, -1);
    else if (phone.value.length < 11) phone.value += key;
  }

  function onBoard(state) {
    for (const node of $$('[data-waiting]')) setText(node, state.waiting[node.dataset.waiting] ?? 0);
    const open = {};
    for (const w of state.windows) {
      if (w.status === 'closed') continue;
      for (const q of data.windowServes[w.number] || []) open[q] = (open[q] || 0) + 1;
    }
    for (const node of $$('[data-open]')) setText(node, open[node.dataset.open] || 0);
  }

  $$('.queue-btn').forEach((b) => b.addEventListener('click', () => take(b.dataset.queue)));
  $$('.keypad button').forEach((b) => b.addEventListener('click', () => press(b.dataset.key)));
  phone.addEventListener('input', () => {
    phone.value = phone.value.replace(/\D/g, '').slice(0, 11);
    phone.classList.remove('invalid');
  });
  $('#print').addEventListener('click', () => window.print());
  $('#done').addEventListener('click', showPick);
  dom.startClock(data.timeZone, ({ time, date }) => setText('#clock', `${date} ${time}`));
  realtime.connectHall({ hall: data.hall, onSnapshot: onBoard, onBoard });
})();
