// 差评整改 desk: sign in, the tasks this person may see (light, due date, rating), a task's detail with
// its trail, and the steps the server says this person may take now (`actions` of the detail).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import type { EvaluationSource } from '../../../src/evaluations/domain/evaluation-source';
import { SUBJECT_LABELS, type SubjectType } from '../../../src/evaluations/domain/rating-subject';
import type { RectificationAction } from '../../../src/evaluations/domain/rectification-access';
import type { RectificationLight } from '../../../src/evaluations/domain/rectification-deadline';
import type { RectificationStatus } from '../../../src/evaluations/domain/rectification-state';
import type { Score } from '../../../src/evaluations/domain/score';
import type { rectificationsViewModel } from '../../../src/evaluations/view-models/rectifications.view-model';
import { api, ApiError, failureText } from '../lib/api';
import { $, $maybe, setText, toast } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { face } from './rating-face';

export type RectificationsData = ReturnType<typeof rectificationsViewModel>['client'];

/** GET /api/v1/rectifications (each row) — the fields this page reads. */
interface RectificationRow {
  id: number;
  status: RectificationStatus;
  statusText: string;
  owner: string;
  dueDate: string;
  light: RectificationLight | null;
  appealed: boolean;
  createdAt: string | null;
  closedAt: string | null;
  result: string | null;
  resultText: string | null;
  evaluation: {
    score: Score;
    label: string;
    comment: string | null;
    source: EvaluationSource;
    subjectType: 'ticket' | 'case';
    reference: string | null;
    itemName: string | null;
    windowNumber: number | null;
    createdAt: string | null;
  };
}

/** GET /api/v1/rectifications/{id} */
interface RectificationDetail extends RectificationRow {
  resultNote: string | null;
  revisitSatisfied: boolean | null;
  contact: { name: string | null; phone: string | null } | null;
  actions: RectificationAction[];
  events: Array<{ id: number; actionText: string; actorName: string | null; at: string; note: string | null }>;
}

type Detail = { kind: 'none' } | { kind: 'message'; text: string } | { kind: 'task'; task: RectificationDetail };

const time = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

export function startRectifications(data: RectificationsData): void {
  let filter = data.filters[0].id;
  let items: RectificationRow[] = [];
  let selected: number | null = data.preselect;
  let detail: Detail = { kind: 'none' };
  let form: { action: RectificationAction; error: string } | null = null;
  let busy = false;

  function show(section: 'login' | 'work'): void {
    $('#rf-work').hidden = section !== 'work';
    $('#rf-user').hidden = section === 'login';
  }

  const signIn = setupSignIn({
    id: 'rf-login',
    roles: [...data.roles],
    refused: '该账号无权处理整改任务',
    onSignedIn: start,
    onSignedOut: () => show('login'),
  });
  $('#rf-password').addEventListener('click', () => signIn.changePassword());
  $('#rf-logout').addEventListener('click', () => signIn.signOut());

  function handle(error: unknown): void {
    if (error instanceof ApiError && error.status === 401) return signIn.show(EXPIRED_TEXT);
    toast(failureText(error), 'error');
  }

  // ---- list ------------------------------------------------------------------------------------------
  function start(user: AuthUser): void {
    setText('#rf-user-name', `${user.displayName}（${user.departmentCodes.join('、') || user.roles.join('、')}）`);
    show('work');
    renderFilters();
    renderDetail();
    void loadList().then(() => {
      if (selected !== null) void select(selected);
    });
  }

  function renderFilters(): void {
    render(
      data.filters.map(
        (f) => html`<button type="button" role="tab" class="rf-filter${f.id === filter ? ' active' : ''}" aria-selected=${f.id === filter ? 'true' : 'false'} @click=${() => {
          filter = f.id;
          renderFilters();
          void loadList();
        }}>${f.label}</button>`,
      ),
      $<HTMLElement>('#rf-filters'),
    );
  }

  async function loadList(): Promise<void> {
    try {
      items = await api<RectificationRow[]>(`/api/v1/rectifications${filter ? `?status=${filter}` : ''}`);
    } catch (error) {
      return handle(error);
    }
    renderList();
  }

  const light = (level: RectificationLight | null) => (level ? html`<span class="rf-light rf-light-${level}">${data.lightText[level]}</span>` : nothing);

  function renderList(): void {
    $('#rf-empty').hidden = items.length > 0;
    render(
      items.map((r) => {
        const e = r.evaluation;
        return html`<li>
          <button type="button" class="rf-item${r.id === selected ? ' active' : ''}" data-id=${r.id} @click=${() => void select(r.id)}>
            <div class="rf-item-top">
              ${face(e.score)}<span class="rf-item-label">${e.label}</span><span class="rf-status rf-status-${r.status}">${r.statusText}</span>${light(r.light)}
            </div>
            <div class="rf-item-meta">${r.owner} · ${SUBJECT_LABELS[e.subjectType as SubjectType] ?? '号票'} ${e.reference}</div>
            ${e.comment ? html`<div class="rf-item-comment">${e.comment}</div>` : nothing}
            <div class="rf-item-due">${r.status === 'closed' ? `已办结 ${time(r.closedAt)}` : `整改期限 ${r.dueDate}`}</div>
          </button>
        </li>`;
      }),
      $<HTMLElement>('#rf-list'),
    );
  }

  // ---- detail ----------------------------------------------------------------------------------------
  async function select(id: number): Promise<void> {
    selected = id;
    history.replaceState(null, '', `/rectifications?id=${id}`);
    renderList();
    try {
      const task = await api<RectificationDetail>(`/api/v1/rectifications/${id}`);
      detail = { kind: 'task', task };
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 403)) detail = { kind: 'message', text: error.message };
      else return handle(error);
    }
    form = null;
    renderDetail();
  }

  const fact = (label: string, value: string | null | undefined) => (value === null || value === undefined || value === '' ? nothing : html`<div><dt>${label}</dt><dd>${value}</dd></div>`);

  function renderDetail(): void {
    render(detailTemplate(), $<HTMLElement>('#rf-detail'));
  }

  function detailTemplate(): TemplateResult {
    if (detail.kind === 'none') return html`<p class="muted">请选择左侧的整改任务</p>`;
    if (detail.kind === 'message') return html`<p class="muted">${detail.text}</p>`;
    const r = detail.task;
    const e = r.evaluation;
    const subject = `${SUBJECT_LABELS[e.subjectType as SubjectType] ?? '号票'} ${e.reference}${e.subjectType !== 'ticket' && e.itemName ? `（${e.itemName}）` : ''}`;
    return html`<header class="rf-detail-head"><h2>整改任务 #${r.id}</h2><span class="rf-status rf-status-${r.status}">${r.statusText}</span>${light(r.light)}</header>
      <dl class="rf-facts">
        ${fact('责任方', r.owner)}${fact('整改期限', r.dueDate)}${fact('生成时间', time(r.createdAt))}${fact('办结时间', time(r.closedAt))}${fact('申诉', r.appealed ? '已申诉' : null)}
      </dl>
      <section class="rf-rating">
        <div class="rf-rating-face">${face(e.score)}<b>${e.score} 分 · ${e.label}</b></div>
        <div>
          <p class="rf-comment">${e.comment ? `“${e.comment}”` : '（群众未留言）'}</p>
          <p class="muted">${subject}${e.windowNumber ? ` · ${e.windowNumber} 号窗口` : ''} · ${data.sourceText[e.source] ?? e.source} · ${time(e.createdAt)}</p>
        </div>
      </section>
      ${r.contact ? html`<p class="rf-contact">回访联系：${[r.contact.name, r.contact.phone].filter(Boolean).join(' ')}</p>` : nothing}
      ${r.result
        ? html`<section class="rf-result">
            <b>${r.resultText}</b>
            ${r.resultNote ? html`<p>${r.resultNote}</p>` : nothing}
            ${r.revisitSatisfied === null ? nothing : html`<p>${r.revisitSatisfied ? '回访：群众表示满意' : '回访：群众仍不满意'}</p>`}
          </section>`
        : nothing}
      ${actionsBlock(r)}
      <h3>处理记录</h3>
      <ol class="rf-trail">
        ${r.events.map(
          (ev) => html`<li>
            <div class="rf-trail-head"><b>${ev.actionText}</b><span class="muted">${time(ev.at)} · ${ev.actorName || '系统'}</span></div>
            ${ev.note ? html`<div class="rf-trail-note">${ev.note}</div>` : nothing}
          </li>`,
        )}
      </ol>`;
  }

  function actionsBlock(r: RectificationDetail): TemplateResult | typeof nothing {
    if (!r.actions.length) {
      if (r.status === 'closed') return nothing;
      return html`<p class="rf-wait muted">${r.status === 'appealed' ? '申诉已提交，等待电子监察复核。' : '当前无可执行的操作。'}</p>`;
    }
    return html`<section class="rf-actions">
      <div class="rf-action-buttons">
        ${r.actions.map((a) => html`<button type="button" class="button rf-act rf-act-${a}" data-action=${a} @click=${() => openForm(a)}>${data.actionText[a].label}</button>`)}
      </div>
      <div class="rf-form" id="rf-form">${form ? keyed(form.action, formTemplate(form.action, form.error)) : nothing}</div>
    </section>`;
  }

  function formTemplate(action: RectificationAction, error: string): TemplateResult {
    const text = data.actionText[action];
    return html`<h3>${text.label}</h3>
      <textarea class="rf-note" rows="3" maxlength="500" placeholder=${text.hint} aria-label=${text.hint}></textarea>
      ${action === 'recheck'
        ? html`<fieldset class="rf-outcomes">
            <legend>复核结论</legend>
            ${data.recheckOutcomes.map((o, i) => html`<label><input type="radio" name="rf-outcome" value=${o.id} ?checked=${i === 0}>${o.label}</label>`)}
          </fieldset>`
        : nothing}
      ${action === 'revisit' ? html`<label class="rf-check"><input type="checkbox" id="rf-satisfied">群众表示满意</label>` : nothing}
      <p class="rf-error" role="alert">${error}</p>
      <div class="rf-form-buttons">
        <button type="button" class="button rf-submit" @click=${() => void submit(action)}>确认${text.label}</button>
        <button type="button" class="rf-link-btn" @click=${() => closeForm()}>取消</button>
      </div>`;
  }

  function openForm(action: RectificationAction): void {
    form = { action, error: '' };
    renderDetail();
    $<HTMLTextAreaElement>('.rf-note').focus();
  }

  function closeForm(): void {
    form = null;
    renderDetail();
  }

  async function submit(action: RectificationAction): Promise<void> {
    if (busy || detail.kind !== 'task' || !form) return;
    const body: { note: string; outcome?: string; satisfied?: boolean } = { note: $<HTMLTextAreaElement>('.rf-note').value.trim() };
    if (!body.note) return showFormError('请填写处理说明');
    if (action === 'recheck') body.outcome = $maybe<HTMLInputElement>('input[name="rf-outcome"]:checked')?.value;
    if (action === 'revisit') body.satisfied = $<HTMLInputElement>('#rf-satisfied').checked;
    busy = true;
    try {
      const task = await api<RectificationDetail>(`/api/v1/rectifications/${detail.task.id}/${action}`, { method: 'POST', body });
      detail = { kind: 'task', task };
      form = null;
      toast(`已${data.actionText[action].label}`, 'ok');
      renderDetail();
      void loadList();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return handle(error);
      showFormError(failureText(error));
    } finally {
      busy = false;
    }
  }

  function showFormError(message: string): void {
    if (!form) return;
    form = { ...form, error: message };
    renderDetail();
  }
}
