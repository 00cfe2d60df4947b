// Rendering of the back-office inbox; page.ts owns the state and calls these after every change.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { isActiveTask, isClocked } from '../../../src/cases/domain/case-policy';
import type { CaseDetailView, CaseEventView, CaseExtensionView, CaseSummaryView } from '../../../src/cases/domain/case-views';
import { remainingText, remainingWorkingDays } from '../../../src/cases/domain/remaining-days';
import type { inboxViewModel } from '../../../src/cases/view-models/inbox.view-model';
import { $, $$, clockTime, setText } from '../lib/dom';

export type InboxData = ReturnType<typeof inboxViewModel>['client'];
/** A list row as the page holds it: the summary, or the whole case once it was opened or refreshed. */
export type InboxCase = CaseSummaryView & Partial<CaseDetailView>;

const text = (map: Record<string, string>, key: string | null | undefined): string | undefined => (key ? map[key] : undefined);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function createView(data: InboxData) {
  const deptName = (code: unknown): string => data.departments.find((d) => d.code === code)?.name ?? str(code);
  const short = (iso: string | null | undefined) => (iso ? `${iso.slice(5, 10)} ${clockTime(iso)}` : '');
  const lightText = (level: string | null) => text(data.lightText, level) ?? '不计时';

  // green/yellow/red (red_plus shows red with a ring); none for closed cases
  const lightClass = (level: string | null) => (level === 'red_plus' ? 'light light-red light-plus' : level ? `light light-${level}` : 'light light-none');
  const light = (level: string | null) => html`<i class=${lightClass(level)} title=${lightText(level)} aria-label=${lightText(level)}></i>`;

  // What is left of the limit: working days counted on the server's calendar, or the deadline of an
  // hour limit (诉求); overdue by the server's light, never by this PC's clock.
  function remainingInfo(c: InboxCase): { text: string; cls: string } {
    if (!isClocked(c.status)) return { text: '', cls: '' };
    const late = c.warning === 'red' || c.warning === 'red_plus';
    if (c.dueAt) return { text: `${late ? '已超时，' : ''}截止 ${short(c.dueAt)}`, cls: late ? 'late' : c.warning === 'yellow' ? 'today' : '' };
    const n = remainingWorkingDays(data.today, c.dueDate, data.workingDays);
    return { text: remainingText(n), cls: n !== null && n < 0 ? 'late' : n === 0 ? 'today' : '' };
  }

  /** This department's task: the open one, else its latest. */
  function myTask(c: InboxCase, department: string) {
    const mine = c.tasks.filter((t) => t.departmentCode === department);
    return mine.find((t) => isActiveTask(t.status)) ?? mine[mine.length - 1] ?? null;
  }

  function row(c: InboxCase, department: string, selected: boolean, fresh: boolean, onOpen: (id: number) => void): TemplateResult {
    const task = myTask(c, department);
    const left = remainingInfo(c);
    return html`<tr class="${selected ? 'selected ' : ''}${fresh ? 'fresh' : ''}" data-case=${c.id} data-number=${c.caseNumber} @click=${() => onOpen(c.id)}>
<td class="col-light">${light(c.warning)}</td>
<td class="mono">${c.caseNumber}${c.supervised ? html`<span class="pill pill-red tiny">督办</span>` : nothing}</td>
<td>${c.itemName}<span class="muted small"> ${text(data.kindText, c.kind) ?? ''}</span></td>
<td>${c.applicantName}</td>
<td><span class="pill st-${c.status}">${text(data.statusText, c.status) ?? c.status}</span></td>
<td>${task ? data.taskStatusText[task.status] : '—'}</td>
<td class="mono">${c.dueDate ?? ''}</td>
<td class="remaining ${left.cls}" data-remaining="">${left.text}</td>
</tr>`;
  }

  function rows(list: InboxCase[], department: string, state: { selected: number | null; fresh: Set<number>; onOpen: (id: number) => void }): void {
    render(
      list.map((c) => row(c, department, c.id === state.selected, state.fresh.has(c.id), state.onOpen)),
      $<HTMLElement>('#ib-rows'),
    );
    $('#ib-empty').hidden = list.length > 0;
    setText('#ib-count', `共 ${list.length} 件`);
  }

  function departmentsPicker(codes: string[], onPick: (code: string) => void): void {
    render(
      codes.map((code) => html`<button type="button" class="dept-card" data-department=${code} @click=${() => onPick(code)}><b>${deptName(code)}</b><span class="muted">${code}</span></button>`),
      $<HTMLElement>('#ib-departments'),
    );
  }

  function extensions(list: Array<{ c: CaseSummaryView; ext: CaseExtensionView }>, onOpen: (id: number) => void, onApprove: (c: CaseSummaryView) => void, onReject: (c: CaseSummaryView) => void): void {
    $('#ib-extensions').hidden = list.length === 0;
    setText('#ib-ext-count', list.length);
    render(
      list.map(
        ({ c, ext }) => html`<li data-case=${c.id}>
<button type="button" class="link-btn mono" @click=${() => onOpen(c.id)}>${c.caseNumber}</button>
<span>${c.itemName} · 申请延期 <b>${ext.days} 个工作日</b>：${ext.reason}</span>
<span class="muted small">现承诺 ${c.dueDate ?? ''} · 已延期 ${c.extensionDays} 天</span>
<span class="ib-ext-actions"><button type="button" class="button small" data-ext="approve" @click=${() => onApprove(c)}>批准</button><button type="button" class="link-btn danger" data-ext="reject" @click=${() => onReject(c)}>驳回</button></span>
</li>`,
      ),
      $<HTMLElement>('#ib-ext-list'),
    );
  }

  // ---- the drawer ----------------------------------------------------------------------------------
  const section = (title: string, body: TemplateResult) => html`<section class="dr-section"><h4>${title}</h4>${body}</section>`;

  function facts(pairs: Array<[string, string | null | undefined] | null>): TemplateResult {
    return html`<dl class="dr-facts">${pairs
      .filter((p): p is [string, string] => !!p && !!p[1])
      .map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
  }

  function eventText(e: CaseEventView): string {
    const p = e.payload ?? {};
    const extra: string[] = [];
    if (e.action === 'suspend') extra.push(text(data.suspensionText, str(p.type)) ?? str(p.type));
    if (e.action === 'request_extension' || e.action === 'approve_extension') extra.push(`${str(p.days)} 个工作日`);
    if (e.action === 'transfer') extra.push(`${deptName(p.from)} → ${deptName(p.to)}`);
    if (e.action === 'dispatch') extra.push((Array.isArray(p.departments) ? p.departments : []).map(deptName).join('、'));
    if (e.action === 'escalate') extra.push([p.body, p.reference].filter(Boolean).map(str).join(' '));
    if (e.action === 'decide' || e.action === 'task_decided') extra.push(p.outcome === 'denied' ? '不予批准' : '准予', p.externalReference ? `文号 ${str(p.externalReference)}` : '');
    if (e.action === 'deliver') {
      const who = p.collectedBy && typeof p.collectedBy === 'object' ? str((p.collectedBy as Record<string, unknown>).name) : '';
      extra.push(p.method === 'post' ? `邮寄 ${str(p.trackingNo)}` : who ? `窗口领取，领取人 ${who}` : '窗口领取');
    }
    if ((e.action === 'notify' || e.action === 'return') && Array.isArray(p.missingNames)) extra.push(`缺：${p.missingNames.join('、')}`);
    if (e.action === 'supplement' && Array.isArray(p.suppliedNames)) extra.push(p.suppliedNames.join('、'));
    return [text(data.eventText, e.action) ?? e.action, extra.filter(Boolean).join('，'), e.reason ? `（${e.reason}）` : ''].filter(Boolean).join(' ');
  }

  const EXTENSION_STATE: Record<string, string> = { pending: '待审批', approved: '已批准' };
  const extensionState = (x: CaseExtensionView) => (x.status === 'rejected' ? `已驳回（${x.decisionReason ?? ''}）` : (EXTENSION_STATE[x.status] ?? x.status));

  function drawer(c: CaseDetailView, department: string): void {
    const box = $('#ib-drawer');
    box.hidden = false;
    document.body.classList.add('drawer-open');
    box.dataset.case = String(c.id);
    setText('#dr-number', c.caseNumber);
    // a part of a bundle (一件事) says so: the resident filed it with other parts in one visit
    setText('#dr-item', `${c.itemName} · ${text(data.kindText, c.kind) ?? c.kind}${c.parentCase ? ` · 一件事「${c.parentCase.itemName}」的一项` : ''}`);
    const dot = $('#dr-light');
    dot.className = lightClass(c.warning);
    dot.title = lightText(c.warning);
    dot.setAttribute('aria-label', lightText(c.warning));
    const status = $('#dr-status');
    status.className = `pill st-${c.status}`;
    status.textContent = text(data.statusText, c.status) ?? c.status;
    setText('#dr-remaining', remainingInfo(c).text);
    $('#dr-supervised').hidden = !c.supervised;
    // the buttons: the server's case policy for this user (GET /cases/{id} `actions`)
    for (const button of $$<HTMLButtonElement>('#dr-actions [data-action]')) {
      const state = c.actions[button.dataset.action as keyof CaseDetailView['actions']];
      button.hidden = !state?.enabled;
      button.title = state?.enabled ? '' : (state?.reason ?? '');
    }
    const a = c.applicant;
    const pending = c.extensions.find((x) => x.status === 'pending');
    const limitUnit = c.promisedLimit.unit === 'hours' ? '小时' : '个工作日';
    render(
      html`${facts([
        ['申请人', `${a.name || c.applicantName}\u3000${a.idNumber || ''}\u3000${a.phone || ''}`],
        c.agent ? [text(data.agentTypeText, c.agent.type) ?? '代办', `${str(c.agent.name)}\u3000${str(c.agent.idNumber)}\u3000${str(c.agent.phone)}`] : null,
        ['收件', short(c.receivedAt)],
        ['受理', short(c.acceptedAt)],
        ['承诺办结', c.dueDate ? `${c.dueDate}（承诺 ${c.promisedLimit.value} ${limitUnit}${c.extensionDays ? `，已延期 ${c.extensionDays} 天` : ''}）` : ''],
        ['法定期限', c.statutoryDueDate],
        ['容缺补交期限', c.supplyDueDate],
        ['待审批延期', pending ? `${pending.days} 个工作日：${pending.reason}` : ''],
        ['说明', c.reason],
        ['办结理由', c.decisionReason],
      ])}
${section(
  '申请材料',
  html`<ul class="dr-materials">${c.materials.map(
    (m) => html`<li><span class="mat mat-${m.status}">${text(data.materialStatusText, m.status) ?? m.status}</span> ${m.name}${m.required ? '' : '（非必需）'}${m.deferrable ? '（可容缺）' : ''}</li>`,
  )}</ul>`,
)}
${section(
  '部门任务',
  html`<ul class="dr-tasks">${c.tasks.map(
    (t) => html`<li class=${t.departmentCode === department ? 'mine' : ''}>${deptName(t.departmentCode)}：${data.taskStatusText[t.status] ?? t.status}${t.outcome ? `（${t.outcome === 'approved' ? '准予' : '不予'}）` : ''}</li>`,
  )}</ul>`,
)}
${c.extensions.length
  ? section(
      '延期',
      html`<ul class="dr-list">${c.extensions.map((x) => html`<li>${short(x.requestedAt)} ${deptName(x.departmentCode)} 申请 ${x.days} 个工作日：${x.reason} — ${extensionState(x)}</li>`)}</ul>`,
    )
  : nothing}
${c.suspensions.length
  ? section(
      '特别程序',
      html`<ul class="dr-list">${c.suspensions.map(
        (x) => html`<li>${text(data.suspensionText, x.type) ?? x.type}：${x.reason}，${short(x.startedAt)} 起${x.endedAt ? `至 ${short(x.endedAt)}（${x.workingDays} 个工作日）` : '，进行中'}</li>`,
      )}</ul>`,
    )
  : nothing}
${section(
  '办理过程',
  html`<ol class="dr-timeline">${[...c.events].reverse().map((e) => html`<li><time>${short(e.at)}</time><span class="dr-actor">${e.actorName ?? ''}</span><p>${eventText(e)}</p></li>`)}</ol>`,
)}`,
      $<HTMLElement>('#dr-body'),
    );
  }

  function closeDrawer(): void {
    const box = $('#ib-drawer');
    box.hidden = true;
    document.body.classList.remove('drawer-open');
    delete box.dataset.case;
  }

  return { rows, departmentsPicker, extensions, drawer, closeDrawer, deptName };
}

export type InboxView = ReturnType<typeof createView>;
