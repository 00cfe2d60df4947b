// Rendering of the back-office inbox; inbox.js owns the state and calls these after every change.
(function () {
  const { dom, caseRules } = window.OneWindow;
  const { el, $, $$, setText } = dom;

  function createView(data) {
    const deptName = (code) => (data.departments.find((d) => d.code === code) || {}).name || code;
    const short = (iso) => (iso ? `${iso.slice(5, 10)} ${dom.clockTime(iso)}` : '');

    // The light of a case: green/yellow/red (red_plus shows red with a ring); none for closed cases.
    function light(level) {
      const cls = level === 'red_plus' ? 'light light-red light-plus' : level ? `light light-${level}` : 'light light-none';
      return el('i', { class: cls, title: data.lightText[level] || '不计时', 'aria-label': data.lightText[level] || '不计时' });
    }

    // What is left of the limit: working days counted on the server's calendar, or the deadline of an
    // hour limit (诉求); overdue by the server's light, never by this PC's clock.
    function remainingInfo(c) {
      if (!['dispatched', 'in_progress', 'suspended'].includes(c.status)) return { text: '', cls: '' };
      const late = c.warning === 'red' || c.warning === 'red_plus';
      if (c.dueAt) return { text: `${late ? '已超时，' : ''}截止 ${short(c.dueAt)}`, cls: late ? 'late' : c.warning === 'yellow' ? 'today' : '' };
      const n = caseRules.remainingWorkingDays(data.today, c.dueDate, data.workingDays);
      return { text: caseRules.remainingText(n), cls: n !== null && n < 0 ? 'late' : n === 0 ? 'today' : '' };
    }
    const remaining = (c) => remainingInfo(c).text;

    function myTask(c, department) {
      const mine = (c.tasks || []).filter((t) => t.departmentCode === department);
      return mine.find((t) => t.status === 'dispatched' || t.status === 'in_progress') || mine[mine.length - 1] || null;
    }

    function row(c, department, { selected, fresh, onOpen }) {
      const task = myTask(c, department);
      const left = remainingInfo(c);
      return el(
        'tr',
        { class: `${selected ? 'selected ' : ''}${fresh ? 'fresh' : ''}`, dataset: { case: String(c.id), number: c.caseNumber }, onclick: () => onOpen(c.id) },
        el('td', { class: 'col-light' }, light(c.warning)),
        el('td', { class: 'mono' }, c.caseNumber, c.supervised ? el('span', { class: 'pill pill-red tiny', text: '督办' }) : null),
        el('td', {}, c.itemName, el('span', { class: 'muted small', text: ` ${data.kindText[c.kind] || ''}` })),
        el('td', { text: c.applicantName }),
        el('td', {}, el('span', { class: `pill st-${c.status}`, text: data.statusText[c.status] || c.status })),
        el('td', { text: task ? data.taskStatusText[task.status] : '—' }),
        el('td', { class: 'mono', text: c.dueDate || '' }),
        el('td', { class: `remaining ${left.cls}`, dataset: { remaining: '' }, text: left.text }),
      );
    }

    function rows(list, department, state) {
      $('#ib-rows').replaceChildren(...list.map((c) => row(c, department, { selected: c.id === state.selected, fresh: state.fresh.has(c.id), onOpen: state.onOpen })));
      $('#ib-empty').hidden = list.length > 0;
      setText('#ib-count', `共 ${list.length} 件`);
    }

    function departmentsPicker(codes, onPick) {
      $('#ib-departments').replaceChildren(...codes.map((code) => el('button', { type: 'button', class: 'dept-card', dataset: { department: code }, onclick: () => onPick(code) }, el('b', { text: deptName(code) }), el('span', { class: 'muted', text: code }))));
    }

    function extensions(list, onOpen, onApprove, onReject) {
      $('#ib-extensions').hidden = list.length === 0;
      setText('#ib-ext-count', list.length);
      $('#ib-ext-list').replaceChildren(
        ...list.map(({ c, ext }) =>
          el(
            'li',
            { dataset: { case: String(c.id) } },
            el('button', { type: 'button', class: 'link-btn mono', onclick: () => onOpen(c.id) }, c.caseNumber),
            el('span', {}, `${c.itemName} · 申请延期 `, el('b', { text: `${ext.days} 个工作日` }), `：${ext.reason}`),
            el('span', { class: 'muted small', text: `现承诺 ${c.dueDate || ''} · 已延期 ${c.extensionDays} 天` }),
            el('span', { class: 'ib-ext-actions' }, el('button', { type: 'button', class: 'button small', dataset: { ext: 'approve' }, onclick: () => onApprove(c) }, '批准'), el('button', { type: 'button', class: 'link-btn danger', dataset: { ext: 'reject' }, onclick: () => onReject(c) }, '驳回')),
          ),
        ),
      );
    }

    // ---- the drawer ----------------------------------------------------------------------------------
    function section(title, ...children) {
      return el('section', { class: 'dr-section' }, el('h4', { text: title }), ...children);
    }

    function facts(pairs) {
      return el('dl', { class: 'dr-facts' }, pairs.filter((p) => p && p[1]).map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v }))));
    }

    function eventLine(e) {
      const p = e.payload || {};
      const extra = [];
      if (e.action === 'suspend') extra.push(data.suspensionText[p.type] || p.type);
      if (e.action === 'request_extension' || e.action === 'approve_extension') extra.push(`${p.days} 个工作日`);
      if (e.action === 'transfer') extra.push(`${deptName(p.from)} → ${deptName(p.to)}`);
      if (e.action === 'dispatch') extra.push((p.departments || []).map(deptName).join('、'));
      if (e.action === 'escalate') extra.push([p.body, p.reference].filter(Boolean).join(' '));
      if (e.action === 'decide' || e.action === 'task_decided') extra.push(p.outcome === 'denied' ? '不予批准' : '准予', p.externalReference ? `文号 ${p.externalReference}` : '');
      if (e.action === 'deliver') extra.push(p.method === 'post' ? `邮寄 ${p.trackingNo || ''}` : '窗口领取');
      if ((e.action === 'notify' || e.action === 'return') && p.missingNames) extra.push(`缺：${p.missingNames.join('、')}`);
      if (e.action === 'supplement' && p.suppliedNames) extra.push(p.suppliedNames.join('、'));
      const text = [data.eventText[e.action] || e.action, extra.filter(Boolean).join('，'), e.reason ? `（${e.reason}）` : ''].filter(Boolean).join(' ');
      return el('li', {}, el('time', { text: short(e.at) }), el('span', { class: 'dr-actor', text: e.actorName || '' }), el('p', { text }));
    }

    function drawer(c, department, enabledIds) {
      $('#ib-drawer').hidden = false;
      document.body.classList.add('drawer-open');
      $('#ib-drawer').dataset.case = String(c.id);
      setText('#dr-number', c.caseNumber);
      setText('#dr-item', `${c.itemName} · ${data.kindText[c.kind] || c.kind}`);
      $('#dr-light').replaceWith(Object.assign(light(c.warning), { id: 'dr-light' }));
      const status = $('#dr-status');
      status.className = `pill st-${c.status}`;
      status.textContent = data.statusText[c.status] || c.status;
      setText('#dr-remaining', remaining(c));
      $('#dr-supervised').hidden = !c.supervised;
      for (const button of $$('#dr-actions [data-action]')) button.hidden = !enabledIds.includes(button.dataset.action);
      const a = c.applicant || {};
      const pending = (c.extensions || []).find((x) => x.status === 'pending');
      const parts = [
        facts([
          ['申请人', `${a.name || c.applicantName}　${a.idNumber || ''}　${a.phone || ''}`],
          c.agent ? [data.agentTypeText[c.agent.type] || '代办', `${c.agent.name}　${c.agent.idNumber}　${c.agent.phone}`] : null,
          ['收件', short(c.receivedAt)],
          ['受理', short(c.acceptedAt)],
          ['承诺办结', c.dueDate ? `${c.dueDate}（承诺 ${c.promisedLimit.value} ${c.promisedLimit.unit === 'hours' ? '小时' : '个工作日'}${c.extensionDays ? `，已延期 ${c.extensionDays} 天` : ''}）` : ''],
          ['法定期限', c.statutoryDueDate],
          ['容缺补交期限', c.supplyDueDate],
          ['待审批延期', pending ? `${pending.days} 个工作日：${pending.reason}` : ''],
          ['说明', c.reason],
          ['办结理由', c.decisionReason],
        ]),
        section('申请材料', el('ul', { class: 'dr-materials' }, (c.materials || []).map((m) => el('li', {}, el('span', { class: `mat mat-${m.status}`, text: data.materialStatusText[m.status] || m.status }), ` ${m.name}${m.required ? '' : '（非必需）'}${m.deferrable ? '（可容缺）' : ''}`)))),
        section('部门任务', el('ul', { class: 'dr-tasks' }, (c.tasks || []).map((t) => el('li', { class: t.departmentCode === department ? 'mine' : '' }, `${deptName(t.departmentCode)}：${data.taskStatusText[t.status] || t.status}${t.outcome ? `（${t.outcome === 'approved' ? '准予' : '不予'}）` : ''}`)))),
        (c.extensions || []).length
          ? section('延期', el('ul', { class: 'dr-list' }, c.extensions.map((x) => el('li', {}, `${short(x.requestedAt)} ${deptName(x.departmentCode)} 申请 ${x.days} 个工作日：${x.reason} — ${{ pending: '待审批', approved: '已批准', rejected: `已驳回（${x.decisionReason || ''}）` }[x.status] || x.status}`))))
          : null,
        (c.suspensions || []).length
          ? section('特别程序', el('ul', { class: 'dr-list' }, c.suspensions.map((x) => el('li', {}, `${data.suspensionText[x.type] || x.type}：${x.reason}，${short(x.startedAt)} 起${x.endedAt ? `至 ${short(x.endedAt)}（${x.workingDays} 个工作日）` : '，进行中'}`))))
          : null,
        section('办理过程', el('ol', { class: 'dr-timeline' }, [...(c.events || [])].reverse().map(eventLine))),
      ];
      $('#dr-body').replaceChildren(...parts.filter(Boolean));
    }

    function closeDrawer() {
      $('#ib-drawer').hidden = true;
      document.body.classList.remove('drawer-open');
      delete $('#ib-drawer').dataset.case;
    }

    return { rows, departmentsPicker, extensions, drawer, closeDrawer, deptName };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { inboxView: { createView } });
})();
