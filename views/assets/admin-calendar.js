// The admins' calendar page: marks holidays (休) and make-up days (班) on the server-rendered year grid,
// edits a day through a dialog, exports and imports a whole year in the holiday-cn JSON shape.
(function () {
  const { api, session } = window.OneWindow;
  const year = Number(document.body.dataset.year);
  const $ = (id) => document.getElementById(id);
  const state = { loaded: false, days: new Map(), editing: null };

  function show(element, text) {
    element.textContent = text || '';
    element.hidden = !text;
  }

  function notify(text, kind) {
    const box = $('message');
    box.className = `cal-banner${kind === 'error' ? ' cal-banner-error' : ' cal-banner-ok'}`;
    show(box, text);
  }

  function failure(error) {
    return error && error.code ? `${error.message}（${error.code}）` : String((error && error.message) || error);
  }

  function isAdmin() {
    const user = session.user();
    return Boolean(session.token() && user && user.roles.includes('admin'));
  }

  function describe(date, weekend) {
    const entry = state.days.get(date);
    if (entry) return entry.isOffDay ? `休息日（休）· ${entry.name}` : `调休上班（班）· ${entry.name}`;
    return weekend ? '周末（休息）' : '工作日';
  }

  function render() {
    for (const cell of document.querySelectorAll('.cal-day')) {
      const entry = state.days.get(cell.dataset.date);
      const weekend = cell.dataset.weekend === '1';
      cell.classList.toggle('is-off', Boolean(entry && entry.isOffDay));
      cell.classList.toggle('is-makeup', Boolean(entry && !entry.isOffDay));
      cell.querySelector('.cal-tag').textContent = entry ? (entry.isOffDay ? '休' : '班') : '';
      cell.querySelector('.cal-name').textContent = entry ? entry.name : '';
      const text = `${cell.dataset.date} ${describe(cell.dataset.date, weekend)}`;
      cell.title = text;
      cell.setAttribute('aria-label', text);
    }
    $('export-year').disabled = !state.loaded;
    $('create-year').hidden = state.loaded || !isAdmin();
    $('import-label').classList.toggle('is-disabled', !isAdmin());
    $('import-file').disabled = !isAdmin();
  }

  function renderAccount() {
    const box = $('account');
    box.textContent = '';
    if (isAdmin()) {
      const user = session.user();
      box.append(`管理员：${user.displayName || user.username} `);
      const out = document.createElement('button');
      out.type = 'button';
      out.className = 'cal-button cal-button-quiet';
      out.textContent = '退出';
      out.addEventListener('click', () => { session.clear(); renderAccount(); render(); });
      box.append(out);
    } else {
      const login = document.createElement('button');
      login.type = 'button';
      login.className = 'cal-button';
      login.id = 'login-open';
      login.textContent = '管理员登录';
      login.addEventListener('click', () => openLogin());
      box.append(login);
    }
  }

  async function load() {
    const [status, count] = await Promise.all([
      api('/api/v1/calendar/status', { auth: false }),
      api(`/api/v1/calendar/working-days?from=${year - 1}-12-31&to=${year}-12-31`, { auth: false }),
    ]);
    $('loaded-years').textContent = status.years.length ? status.years.join('、') : '无';
    show($('warning'), status.warning ? `⚠ ${status.warning}` : '');
    state.loaded = status.years.includes(year);
    const data = state.loaded ? await api(`/api/v1/calendar/${year}`, { auth: false }) : { days: [] };
    state.days = new Map(data.days.map((day) => [day.date, day]));
    const offDays = [...state.days.values()].filter((day) => day.isOffDay).length;
    $('year-state').textContent = state.loaded
      ? `已导入：${offDays} 个休息日，${state.days.size - offDays} 个调休上班日`
      : `${year} 年节假日安排尚未导入，目前只按周末计算`;
    $('year-count').textContent = `全年工作日 ${count.workingDays} 天`;
    render();
  }

  function openLogin() {
    show($('login-error'), '');
    $('login-dialog').showModal();
    $('login-password').focus();
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const user = await session.login($('login-username').value.trim(), $('login-password').value);
      if (!user.roles.includes('admin')) {
        session.clear();
        show($('login-error'), '该账号不是管理员，不能修改日历');
        return;
      }
      $('login-password').value = '';
      $('login-dialog').close();
      renderAccount();
      render();
    } catch (error) {
      show($('login-error'), error.status === 401 ? '用户名或密码错误' : failure(error));
    }
  });
  $('login-cancel').addEventListener('click', () => $('login-dialog').close());

  function openDay(cell) {
    if (!isAdmin()) return openLogin();
    if (!state.loaded) return notify(`请先导入 ${year} 年节假日安排（或创建该年份）再修改单日`, 'error');
    const date = cell.dataset.date;
    const weekend = cell.dataset.weekend === '1';
    const entry = state.days.get(date);
    const working = entry ? !entry.isOffDay : !weekend;
    state.editing = { date, weekend };
    $('day-title').textContent = `${date}（周${'日一二三四五六'[new Date(`${date}T00:00:00Z`).getUTCDay()]}）`;
    $('day-state').textContent = `当前：${describe(date, weekend)}。${working ? '可设为休息日（休）。' : '可设为工作日（班）。'}`;
    $('day-name').value = entry ? entry.name : working ? '' : '调休';
    $('day-name').placeholder = working ? '如：国庆节' : '如：调休';
    document.querySelector('[data-action="clear"]').hidden = !entry;
    show($('day-error'), '');
    $('day-dialog').showModal();
    $('day-name').focus();
  }

  async function applyDay(action) {
    const { date } = state.editing;
    const name = $('day-name').value.trim();
    try {
      if (action === 'clear') {
        await api(`/api/v1/calendar/days/${date}`, { method: 'DELETE' });
      } else {
        const isOffDay = action === 'off';
        if (!name && (isOffDay || state.editing.weekend)) return show($('day-error'), '请填写名称（节日名，或“调休”）');
        await api(`/api/v1/calendar/days/${date}`, { method: 'PUT', body: { isOffDay, name: name || '工作日' } });
      }
      $('day-dialog').close();
      notify(`${date} 已保存`, 'ok');
      await load();
    } catch (error) {
      if (error.status === 401) { $('day-dialog').close(); renderAccount(); render(); return openLogin(); }
      show($('day-error'), failure(error));
    }
  }

  for (const button of document.querySelectorAll('#day-dialog [data-action]')) {
    button.addEventListener('click', () => (button.dataset.action === 'cancel' ? $('day-dialog').close() : applyDay(button.dataset.action)));
  }
  document.querySelector('.cal-year').addEventListener('click', (event) => {
    const cell = event.target.closest('.cal-day');
    if (cell) openDay(cell);
  });

  $('export-year').addEventListener('click', async () => {
    try {
      const data = await api(`/api/v1/calendar/${year}`, { auth: false });
      const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${year}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (error) {
      notify(`导出失败：${failure(error)}`, 'error');
    }
  });

  async function putYear(target, file) {
    await api(`/api/v1/calendar/${target}`, { method: 'PUT', body: file });
    if (target !== year) return window.location.assign(`/admin/calendar/${target}`);
    notify(`${target} 年安排已导入（${file.days.length} 天）`, 'ok');
    await load();
  }

  $('import-file').addEventListener('change', async (event) => {
    const input = event.target;
    const chosen = input.files && input.files[0];
    input.value = '';
    if (!chosen) return;
    let file;
    try {
      file = JSON.parse(await chosen.text());
    } catch (error) {
      return notify(`导入失败：${chosen.name} 不是有效的 JSON`, 'error');
    }
    const target = file && Number.isInteger(file.year) ? file.year : year;
    const count = file && Array.isArray(file.days) ? file.days.length : 0;
    if (!window.confirm(`用 ${chosen.name} 替换 ${target} 年的全部节假日安排（${count} 天）？`)) return;
    try {
      await putYear(target, file);
    } catch (error) {
      notify(`导入失败：${failure(error)}`, 'error');
    }
  });

  $('create-year').addEventListener('click', async () => {
    if (!window.confirm(`${year} 年尚无官方安排。创建后该年按周末计算，并可逐日标注节假日和调休。继续？`)) return;
    try {
      await putYear(year, { year, days: [] });
    } catch (error) {
      notify(`创建失败：${failure(error)}`, 'error');
    }
  });

  renderAccount();
  load().catch((error) => notify(`读取日历失败：${failure(error)}`, 'error'));
})();
