// Drawing of the supervision page (/supervision): the light tiles, the department table, the red and yellow
// list, today's slow immediate services, the supervised cases with their notes, and the figures with
// their charts and tables. No fetching and no state here: supervision.js owns those.
(function () {
  const { dom, supervisionCharts: charts } = window.OneWindow;
  const { el, $, setText } = dom;

  function createView(data) {
    const lightLabel = Object.fromEntries(data.lights.map((l) => [l.id, l.label]));
    const statusText = (s) => data.statusText[s] || s;

    const light = (level) => el('i', { class: `sv-light sv-light-${level || 'none'}`, 'aria-hidden': 'true' });
    const lightPill = (level) => (level ? el('span', { class: `sv-pill sv-pill-${level}` }, light(level), lightLabel[level] || level) : null);
    const time = (iso) => (iso ? iso.slice(5, 16).replace('T', ' ') : '');
    const deptNames = (c) => c.departments.map((d) => d.name).join('、') || '—';

    function remainingText(c) {
      if (c.overdue) {
        if (c.hoursOver !== null) return { text: `逾期 ${c.hoursOver} 小时`, cls: 'late' };
        return { text: c.daysOver > 0 ? `逾期 ${c.daysOver} 个工作日` : '已逾期（非工作日）', cls: 'late' };
      }
      if (c.hoursLeft !== null) return { text: `剩余 ${c.hoursLeft} 小时`, cls: 'soon' };
      if (c.daysLeft === null) return { text: '—', cls: '' };
      return { text: c.daysLeft === 0 ? '今日到期' : `剩余 ${c.daysLeft} 个工作日`, cls: c.daysLeft <= 1 ? 'soon' : '' };
    }

    // ---- tiles: counts, with a short pulse on the ones that changed ---------------------------------------
    function tiles(counts, previous, filter) {
      for (const key of ['green', 'yellow', 'red', 'red_plus', 'total']) {
        const node = $(`[data-count="${key}"]`);
        setText(node, counts[key]);
        const tile = node.closest('.sv-tile');
        if (previous && previous[key] !== counts[key]) {
          tile.classList.remove('sv-bump');
          void tile.offsetWidth; // restart the animation
          tile.classList.add('sv-bump');
        }
        tile.classList.toggle('sv-zero', counts[key] === 0);
        if (tile.dataset.light) tile.setAttribute('aria-pressed', String(filter === key));
      }
    }

    // ---- departments --------------------------------------------------------------------------------------
    function departments(rows) {
      const body = $('#sv-dept-rows');
      body.replaceChildren(...rows.map((d) => el('tr', { class: d.total ? '' : 'sv-idle' },
        el('th', { scope: 'row' }, d.name),
        ...['green', 'yellow', 'red', 'red_plus'].map((k) => el('td', { class: `num sv-cell ${d[k] ? `sv-cell-${k}` : 'sv-cell-zero'}` }, String(d[k]))),
        el('td', { class: 'num sv-total' }, String(d.total)))));
    }

    // ---- the red and yellow list ----------------------------------------------------------------------------
    function warnings(list, filter, truncated, onSupervise) {
      const shown = filter ? list.filter((c) => c.level === filter) : list;
      setText('#sv-warn-filter', filter ? `仅显示${lightLabel[filter]}（${shown.length} 件），再次点击灯色取消筛选` : `共 ${list.length} 件`);
      $('#sv-warn-empty').hidden = shown.length > 0;
      $('#sv-warn-more').hidden = !truncated;
      $('#sv-warn-rows').replaceChildren(...shown.map((c) => {
        const left = remainingText(c);
        const note = c.latestNote;
        return el('tr', { class: `sv-row-${c.level}`, dataset: { caseId: c.caseId } },
          el('td', { class: 'col-light' }, light(c.level), el('span', { class: 'sv-sr' }, lightLabel[c.level])),
          el('td', { class: 'mono' }, c.caseNumber, c.supervised ? el('span', { class: 'sv-pill sv-pill-sup', title: '督办件' }, '督') : null),
          el('td', {}, c.itemName, el('div', { class: 'sv-small sv-muted' }, statusText(c.status))),
          el('td', {}, deptNames(c)),
          el('td', {}, c.assignees.join('、') || el('span', { class: 'sv-muted' }, '未签收')),
          el('td', { class: 'mono' }, c.dueDate || '—'),
          el('td', { class: `sv-left ${left.cls}` }, left.text),
          el('td', { class: 'sv-note-cell' }, note ? [el('div', {}, note.note), el('div', { class: 'sv-small sv-muted' }, `${time(note.at)} ${note.actorName || ''}`)] : el('span', { class: 'sv-muted' }, '—')),
          el('td', {}, el('button', { type: 'button', class: 'sv-btn sv-btn-small', onclick: () => onSupervise(c), 'aria-label': `督办 ${c.caseNumber}` }, '督办')));
      }));
    }

    // ---- today's slow immediate services -----------------------------------------------------------------
    function overruns(list, date) {
      setText('#sv-overrun-date', `${date}，超过事项规定的窗口办理时长`);
      $('#sv-overrun-empty').hidden = list.length > 0;
      $('#sv-overrun-rows').replaceChildren(...list.map((o) => el('tr', {},
        el('td', {}, o.windowNumber === null ? '—' : `${o.windowNumber} 号`),
        el('td', { class: 'mono' }, o.ticketNumber),
        el('td', {}, o.itemName, el('div', { class: 'sv-small sv-muted mono' }, o.caseNumber)),
        el('td', { class: 'mono' }, time(o.startedAt).slice(6)),
        el('td', { class: 'num' }, `${o.minutes} 分钟`),
        el('td', { class: 'num' }, `${o.limitMinutes} 分钟`),
        el('td', { class: 'num sv-late' }, `+${o.overByMinutes} 分钟`))));
    }

    // ---- supervised cases -------------------------------------------------------------------------------------
    function supervised(list, onSupervise) {
      $('#sv-sup-empty').hidden = list.length > 0;
      $('#sv-sup-list').replaceChildren(...list.map((c) => {
        const left = remainingText(c);
        const lastNote = c.notes[c.notes.length - 1];
        const state = !c.open ? el('span', { class: 'sv-pill sv-pill-done' }, '已结束')
          : !lastNote ? el('span', { class: 'sv-pill' }, '逾期自动督办')
          : c.answered ? el('span', { class: 'sv-pill sv-pill-ok' }, '部门已反馈') : el('span', { class: 'sv-pill sv-pill-wait' }, '待部门反馈');
        return el('article', { class: `sv-sup sv-card ${c.open ? '' : 'sv-sup-closed'}`, dataset: { caseId: c.caseId }, 'aria-label': `督办件 ${c.caseNumber}` },
          el('header', { class: 'sv-sup-head' },
            el('div', {},
              el('div', { class: 'sv-sup-title' }, el('span', { class: 'mono' }, c.caseNumber), ' ', c.itemName),
              el('div', { class: 'sv-sup-meta' }, lightPill(c.level), el('span', {}, statusText(c.status)), el('span', {}, `责任部门：${deptNames(c)}`),
                c.assignees.length ? el('span', {}, `经办人：${c.assignees.join('、')}`) : null,
                c.dueDate ? el('span', {}, `承诺办结 ${c.dueDate}`) : null, c.open && left.text !== '—' ? el('span', { class: `sv-left ${left.cls}` }, left.text) : null)),
            el('div', { class: 'sv-sup-actions' }, state,
              c.open ? el('button', { type: 'button', class: 'sv-btn sv-btn-small', onclick: () => onSupervise(c), 'aria-label': `追加督办意见 ${c.caseNumber}` }, '追加督办意见') : null)),
          c.notes.length
            ? el('ol', { class: 'sv-notes' }, ...c.notes.map((n) => el('li', { class: 'sv-note' },
              el('div', { class: 'sv-note-head' }, el('strong', {}, '督办意见'), ` ${time(n.at)} ${n.actorName || ''}`, n.respondBy ? el('span', { class: 'sv-pill' }, `请于 ${n.respondBy} 前反馈`) : null),
              el('p', { class: 'sv-note-text' }, n.note),
              n.followUps.length
                ? el('ul', { class: 'sv-follow' }, ...n.followUps.map((f) => el('li', {}, el('span', { class: 'sv-muted mono' }, time(f.at)), ' ', el('strong', {}, f.text), f.actorName ? ` · ${f.actorName}` : '', f.reason ? ` ·「${f.reason}」` : '')))
                : el('p', { class: 'sv-follow-none' }, '部门尚未处理'))))
            : el('p', { class: 'sv-muted sv-small' }, '超过承诺时限，系统自动列入督办；尚无督办意见。'));
      }));
    }

    // ---- figures ---------------------------------------------------------------------------------------------
    const RATE_FIGURES = [
      { id: 'onTime', label: '按时办结率', part: (f) => `${f.onTime} / ${f.decided} 件` },
      { id: 'satisfaction', label: '满意率', part: (f) => `${f.satisfied} / ${f.ratings} 条评价` },
      { id: 'rectification', label: '差评按期整改率', part: (f) => `${f.onTime} / ${f.due} 件${f.pending ? `（${f.pending} 件未到期）` : ''}` },
      { id: 'oneVisit', label: '最多跑一次率', part: (f) => `${f.oneVisit} / ${f.decided} 件` },
    ];
    const X_TITLE = { day: '日期', week: '周（周一起）', month: '月份' };

    function kpis(totals) {
      const cards = RATE_FIGURES.map((f) => el('div', { class: 'sv-kpi', dataset: { figure: f.id } },
        el('div', { class: 'sv-kpi-label' }, f.label),
        el('div', { class: 'sv-kpi-value' }, charts.percent(totals[f.id].rate)),
        el('div', { class: 'sv-kpi-part' }, f.part(totals[f.id]))));
      cards.splice(1, 0, el('div', { class: 'sv-kpi', dataset: { figure: 'duration' } },
        el('div', { class: 'sv-kpi-label' }, '平均办理用时'),
        el('div', { class: 'sv-kpi-value' }, charts.days(totals.duration.averageWorkingDays).replace(' 天', ''), el('small', {}, ' 个工作日')),
        el('div', { class: 'sv-kpi-part' }, `${totals.duration.cases} 件承诺件`)));
      $('#sv-kpis').replaceChildren(...cards);
    }

    function chartCard(title, tree) {
      return el('figure', { class: 'sv-chart-card' }, el('figcaption', {}, title), charts.toSvg(tree));
    }

    function figures(body) {
      setText('#sv-fig-range', `${body.from} 至 ${body.to}，${{ day: '按日', week: '按周', month: '按月' }[body.period]}统计（${body.hall.name}，统计时间 ${time(body.generatedAt)}）`);
      kpis(body.totals);
      const labels = body.buckets.map((b) => b.label);
      const xTitle = X_TITLE[body.period];
      const cards = RATE_FIGURES.map((f, i) => chartCard(f.label, charts.lineChart({ title: f.label, labels, values: body.buckets.map((b) => b[f.id].rate), xTitle, className: `sv-series-${i}` })));
      cards.splice(1, 0, chartCard('平均办理用时（工作日）', charts.barChart({ title: '平均办理用时', labels, values: body.buckets.map((b) => b.duration.averageWorkingDays), unit: '天', xTitle, className: 'sv-series-4' })));
      cards.push(chartCard('各事项平均办理用时（统计期合计）', charts.hbarChart({
        title: '各事项平均办理用时', unit: '天', className: 'sv-series-5',
        rows: body.totals.duration.byItem.map((i) => ({ label: i.itemName, value: i.averageWorkingDays })),
      })));
      $('#sv-charts').replaceChildren(...cards);
      figureTable(body);
      itemTable(body.totals.duration.byItem);
    }

    function figureTable(body) {
      const head = el('tr', {}, el('th', { scope: 'col' }, '统计期'), el('th', { scope: 'col' }, '按时办结率'), el('th', { scope: 'col' }, '平均办理用时'),
        el('th', { scope: 'col' }, '满意率'), el('th', { scope: 'col' }, '差评按期整改率'), el('th', { scope: 'col' }, '最多跑一次率'));
      const row = (title, f, cls) => el('tr', { class: cls || '' },
        el('th', { scope: 'row' }, title),
        el('td', {}, charts.percent(f.onTime.rate), el('span', { class: 'sv-part' }, ` ${f.onTime.onTime}/${f.onTime.decided}`)),
        el('td', {}, charts.days(f.duration.averageWorkingDays), el('span', { class: 'sv-part' }, ` ${f.duration.cases} 件`)),
        el('td', {}, charts.percent(f.satisfaction.rate), el('span', { class: 'sv-part' }, ` ${f.satisfaction.satisfied}/${f.satisfaction.ratings}`)),
        el('td', {}, charts.percent(f.rectification.rate), el('span', { class: 'sv-part' }, ` ${f.rectification.onTime}/${f.rectification.due}`)),
        el('td', {}, charts.percent(f.oneVisit.rate), el('span', { class: 'sv-part' }, ` ${f.oneVisit.oneVisit}/${f.oneVisit.decided}`)));
      $('#sv-fig-table').replaceChildren(
        el('caption', {}, '各统计期指标（比率后为 分子/分母）'),
        el('thead', {}, head),
        el('tbody', {}, ...body.buckets.map((b) => row(b.title, b))),
        el('tfoot', {}, row('合计', body.totals, 'sv-total-row')));
    }

    function itemTable(items) {
      $('#sv-item-table').replaceChildren(
        el('caption', {}, '各事项平均办理用时（统计期合计，受理次日起算的工作日）'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '事项'), el('th', { scope: 'col' }, '编码'), el('th', { scope: 'col', class: 'num' }, '办结件数'), el('th', { scope: 'col', class: 'num' }, '平均用时（工作日）'))),
        el('tbody', {}, ...(items.length ? items.map((i) => el('tr', {}, el('td', {}, i.itemName), el('td', { class: 'mono' }, i.itemCode), el('td', { class: 'num' }, String(i.cases)), el('td', { class: 'num' }, String(i.averageWorkingDays))))
          : [el('tr', {}, el('td', { colspan: '4', class: 'sv-muted' }, '统计期内无办结的承诺件'))])));
    }

    return { tiles, departments, warnings, overruns, supervised, figures, remainingText };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { supervisionView: { createView } });
})();
