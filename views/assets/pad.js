// The rating pad at a window (窗口评价器), a tablet facing the resident. Signed in once (display or
// clerk account), it follows its window live and, after each finished service, asks for a rating with
// five big faces; a bad one may carry a comment. Thanks, then back to the welcome screen by itself.
(function () {
  const { api, session, dom, realtime, rating } = window.OneWindow;
  const { $, setText } = dom;
  const data = dom.pageData();
  const texts = data.texts;
  const base = `/api/v1/halls/${encodeURIComponent(data.hall)}/windows/${encodeURIComponent(data.window)}`;
  const S = { screen: null, ticket: null, widget: null, feed: null, poll: null, debounce: null, thanks: null, idle: null, busy: false, again: false, logoutArmed: null };

  function show(id) {
    for (const section of ['pad-login', 'pad-idle', 'pad-rate']) $(`#${section}`).hidden = section !== id;
    S.screen = id;
    document.body.dataset.screen = id.replace('pad-', '');
  }

  const allowed = (user) => !!user && user.roles.some((r) => data.roles.includes(r));

  // ---- sign-in (once; the token lives as long as the tab) --------------------------------------
  function showLogin(message) {
    stop();
    session.clear();
    show('pad-login');
    $('#pad-logout').hidden = true;
    setText('#pad-staff-name', '');
    setText('#pad-login-error', message || '');
    $('#pad-user-name').focus();
  }

  $('#pad-login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const username = $('#pad-user-name').value.trim();
    const password = $('#pad-pass').value;
    if (!username || !password) return setText('#pad-login-error', '请输入用户名和密码');
    const button = $('#pad-login-form button');
    button.disabled = true;
    try {
      const user = await session.login(username, password);
      $('#pad-pass').value = '';
      if (!allowed(user)) return showLogin(texts.wrongRole);
      start(user);
    } catch (err) {
      setText('#pad-login-error', err.status === 401 ? '用户名或密码错误' : err.message);
    } finally {
      button.disabled = false;
    }
  });

  // Residents tap everything: signing out takes two taps on a small button.
  $('#pad-logout').addEventListener('click', () => {
    if (S.logoutArmed) {
      clearTimeout(S.logoutArmed);
      S.logoutArmed = null;
      return showLogin();
    }
    setText('#pad-logout', '再按一次退出');
    S.logoutArmed = setTimeout(() => {
      S.logoutArmed = null;
      setText('#pad-logout', '退出');
    }, 3000);
  });

  // ---- live: every change at the window or in the hall refetches what to rate --------------------
  function start(user) {
    setText('#pad-staff-name', user.displayName);
    $('#pad-logout').hidden = false;
    showIdle();
    S.feed = realtime.connectHall({ hall: data.hall, window: data.window, onSnapshot: soon, onBoard: soon, onCall: soon, onWindow: soon, onStatus });
    S.poll = setInterval(refresh, data.timings.poll * 1000);
    refresh();
  }

  function stop() {
    if (S.feed) S.feed.close();
    S.feed = null;
    clearInterval(S.poll);
    clearTimeout(S.thanks);
    S.thanks = null;
    dropWidget();
  }

  function soon() {
    clearTimeout(S.debounce);
    S.debounce = setTimeout(refresh, 150);
  }

  async function refresh() {
    if (S.busy) {
      S.again = true;
      return;
    }
    S.busy = true;
    try {
      apply(await api(`${base}/pending-evaluation`));
    } catch (err) {
      if (err.status === 401 || err.status === 403) return showLogin('登录已失效，请重新登录');
      // otherwise keep the screen: the next event or the poll tries again
    } finally {
      S.busy = false;
      if (S.again) {
        S.again = false;
        refresh();
      }
    }
  }

  // A resident writing a comment keeps the screen even if the clerk already called the next number.
  function apply(pending) {
    if (S.thanks || S.screen === 'pad-login') return;
    const engaged = S.widget && S.widget.busy();
    if (pending) {
      if (S.ticket && S.ticket.ticketId === pending.ticketId) return;
      if (!engaged) showRate(pending);
    } else if (S.screen === 'pad-rate' && !engaged) {
      showIdle();
    }
  }

  // ---- screens --------------------------------------------------------------------------------------
  function showIdle() {
    S.ticket = null;
    dropWidget();
    setText('#pad-idle-title', texts.idleTitle);
    setText('#pad-idle-detail', texts.idleDetail);
    show('pad-idle');
  }

  function showRate(pending) {
    dropWidget();
    S.ticket = pending;
    setText('#pad-number', dom.fillTemplate(texts.rateFor, { number: pending.number }));
    S.widget = rating.mount($('#pad-widget'), {
      size: 'large',
      prompt: texts.ratePrompt,
      texts: { thanksBad: texts.thanksBad },
      submit: (score, comment) => api(`${base}/evaluations`, { method: 'POST', body: Object.assign({ score, ticketId: pending.ticketId }, comment ? { comment } : {}) }),
      onDone: thank,
      onError: (err) => {
        if (err.status === 401 || err.status === 403) {
          showLogin('登录已失效，请重新登录');
          return false;
        }
        if (err.code === 'NO_PENDING_EVALUATION' || err.code === 'ALREADY_RATED') {
          showIdle();
          refresh();
          return false;
        }
        return true;
      },
      onComment: watchComment,
    });
    show('pad-rate');
  }

  function thank() {
    clearTimeout(S.idle);
    setText('#pad-number', '');
    S.thanks = setTimeout(() => {
      S.thanks = null;
      showIdle();
      refresh();
    }, data.timings.thanks * 1000);
  }

  // A comment box left alone goes back to the faces (or to the welcome screen if the moment passed).
  function watchComment(box) {
    const arm = () => {
      clearTimeout(S.idle);
      S.idle = setTimeout(() => {
        const ticket = S.ticket;
        dropWidget();
        S.ticket = null;
        if (ticket) showRate(ticket);
        refresh();
      }, data.timings.commentIdle * 1000);
    };
    box.addEventListener('input', arm);
    arm();
  }

  function dropWidget() {
    clearTimeout(S.idle);
    if (S.widget) S.widget.destroy();
    S.widget = null;
  }

  function onStatus(status) {
    $('#pad-conn').className = `pad-conn pad-conn-${status}`;
    $('#pad-conn').title = realtime.STATUS_TEXT[status] || '';
  }

  // the welcome screen shows the five faces, small and still, so people know what comes
  $('#pad-idle-faces').append(...rating.SCALE.map((s) => rating.face(s.score)));
  dom.startClock(data.timeZone, ({ time }) => setText('#pad-clock', time));
  const user = session.user();
  if (session.token() && allowed(user)) start(user);
  else showLogin();
})();
