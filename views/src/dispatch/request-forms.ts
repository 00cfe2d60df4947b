// The small forms of the request actions: dispatch (departments, the category's own pre-selected), reply,
// return, 回访 and the confirmation of 办结. Each checks what the server would refuse and hands a body to
// onSubmit; a failure leaves the form as typed, success and another request build the next form afresh.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { RequestCommand } from '../../../src/requests/domain/request-state';
import type { RequestDetailView } from '../../../src/requests/domain/request-views';
import { $ } from '../lib/dom';
import type { Lookups } from './request-page-data';

type Body = Record<string, unknown>;
type Read = { body: Body; error?: undefined } | { error: string; body?: undefined };

export interface FormContext {
  lookups: Lookups;
  onCancel: () => void;
  /** Sends the request; resolves to the server's message on failure, null on success. */
  onSubmit: (body: Body) => Promise<string | null>;
}

interface FormSpec {
  title: string;
  fields: TemplateResult | typeof nothing;
  submit: string;
  read: (form: HTMLFormElement) => Read;
}

const MAX_TEXT = 500;
const value = (form: HTMLFormElement, name: string): string => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
const field = (label: string, control: TemplateResult) => html`<label class="fm-field"><span class="fm-label">${label}</span>${control}</label>`;
const textBox = (name: string, placeholder: string, rows = 3) => html`<textarea name=${name} rows=${rows} maxlength=${MAX_TEXT} placeholder=${placeholder}></textarea>`;

/** The departments pre-selected for a dispatch: the category's own, unless it is the one that sent it back. */
export function preselectedDepartments(r: Pick<RequestDetailView, 'categoryCode' | 'tasks'>, lookups: Pick<Lookups, 'category'>): string[] {
  const own = lookups.category(r.categoryCode)?.departmentCode;
  if (!own) return [];
  return r.tasks.some((t) => t.departmentCode === own && t.status === 'returned') ? [] : [own];
}

type FormKind = Exclude<RequestCommand, 'claim'>;

const BUILDERS: Record<FormKind, (r: RequestDetailView, ctx: FormContext) => FormSpec> = {
  dispatch: (r, ctx) => {
    const chosen = preselectedDepartments(r, ctx.lookups);
    const returned = new Set(r.tasks.filter((t) => t.status === 'returned').map((t) => t.departmentCode));
    return {
      title: '派单：选择承办部门（可多选）',
      fields: html`<fieldset class="fm-boxes fm-departments"><legend>承办部门 <span class="muted small">数字键勾选</span></legend>${ctx.lookups.departments.map(
        (d, i) => html`<label><input type="checkbox" name="department" value=${d.code} ?checked=${chosen.includes(d.code)}><kbd>${i < 9 ? i + 1 : ''}</kbd> ${d.name}${
          returned.has(d.code) ? html`<span class="muted small">（曾退回）</span>` : nothing
        }</label>`,
      )}</fieldset>`,
      submit: '确认派单',
      read: (f) => {
        const departmentCodes = Array.from(f.querySelectorAll<HTMLInputElement>('input[name="department"]:checked')).map((b) => b.value);
        return departmentCodes.length ? { body: { departmentCodes } } : { error: '请至少选择一个承办部门' };
      },
    };
  },
  reply: () => ({
    title: '答复诉求（答复内容将告知居民）',
    fields: field('答复内容', textBox('text', '如：已到现场更换路灯，恢复照明')),
    submit: '提交答复',
    read: (f) => (value(f, 'text') ? { body: { text: value(f, 'text') } } : { error: '请填写答复内容' }),
  }),
  return: () => ({
    title: '退回调度中心（由调度员重新派单）',
    fields: field('退回理由', textBox('reason', '如：不属于本部门职责，建议派综合巡查大队', 2)),
    submit: '确认退回',
    read: (f) => (value(f, 'reason') ? { body: { reason: value(f, 'reason') } } : { error: '请填写退回理由' }),
  }),
  close: () => ({
    title: '办结：部门已答复，确认办结此诉求？',
    fields: nothing,
    submit: '确认办结',
    read: () => ({ body: {} }),
  }),
  revisit: () => ({
    title: '回访：居民对处理结果是否满意？',
    fields: html`<div class="fm-outcome" role="radiogroup" aria-label="回访结果"><label class="fm-ok"><input type="radio" name="satisfied" value="yes" checked> 满意</label><label class="fm-no"><input type="radio" name="satisfied" value="no"> 不满意</label></div>${field(
      '回访记录',
      textBox('note', '选填，如：居民表示路灯已亮', 2),
    )}`,
    submit: '记录回访',
    read: (f) => {
      const satisfied = f.querySelector<HTMLInputElement>('input[name="satisfied"]:checked')?.value !== 'no';
      const note = value(f, 'note');
      if (!satisfied && !note) return { error: '不满意时请记录居民的意见' };
      return { body: note ? { satisfied, note } : { satisfied } };
    },
  }),
};

export const needsForm = (command: RequestCommand): command is FormKind => command !== 'claim';

/** Fills #rq-form for `kind`: Enter submits (Ctrl+Enter in a text box), Esc cancels, 1–9 tick departments. */
export function showForm(kind: FormKind, r: RequestDetailView, ctx: FormContext): void {
  const form = $<HTMLFormElement>('#rq-form');
  const spec = BUILDERS[kind](r, ctx);
  clearForm();
  render(
    html`<h4>${spec.title}</h4>${spec.fields}<p class="fm-error" role="alert"></p><div class="fm-buttons"><button type="submit" class="button">${spec.submit} <kbd>Enter</kbd></button><button type="button" class="link-btn" @click=${ctx.onCancel}>取消 <kbd>Esc</kbd></button></div>`,
    form,
  );
  const error = $('.fm-error', form);
  form.dataset.form = kind;
  form.dataset.request = String(r.id);
  form.hidden = false;
  let sending = false;
  form.onsubmit = async (e) => {
    e.preventDefault();
    if (sending) return;
    const out = spec.read(form);
    error.textContent = out.error ?? '';
    if (out.error !== undefined) return;
    sending = true;
    try {
      error.textContent = (await ctx.onSubmit(out.body)) ?? '';
    } finally {
      sending = false;
    }
  };
  form.oninput = () => (error.textContent = '');
  form.onkeydown = (e) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && (target.tagName !== 'TEXTAREA' || e.ctrlKey || e.metaKey) && target.tagName !== 'BUTTON') {
      e.preventDefault();
      form.requestSubmit();
    } else if (/^[1-9]$/.test(e.key) && target.tagName !== 'TEXTAREA') {
      const box = form.querySelectorAll<HTMLInputElement>('input[name="department"]')[Number(e.key) - 1];
      if (!box) return;
      e.preventDefault();
      box.checked = !box.checked;
    }
  };
  (form.querySelector<HTMLElement>('textarea, input:checked, input') ?? form.querySelector<HTMLElement>('button[type=submit]'))?.focus();
}

export function clearForm(): void {
  const form = $<HTMLFormElement>('#rq-form');
  form.hidden = true;
  render(nothing, form); // the next form is built afresh: nothing typed for another request survives
  delete form.dataset.form;
  delete form.dataset.request;
}

export const formOpen = (): boolean => !$<HTMLFormElement>('#rq-form').hidden;
