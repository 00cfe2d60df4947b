// The small forms the back-office actions need (suspend, extension, return, transfer, escalate, decide,
// reject an extension). Each checks what the server would refuse and hands a request body to onSubmit.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { isActiveTask } from '../../../src/cases/domain/case-policy';
import type { CaseDetailView } from '../../../src/cases/domain/case-views';
import type { InboxForm } from '../../../src/cases/view-models/inbox.view-model';
import { $ } from '../lib/dom';
import type { InboxData } from './view';

export type FormKind = Exclude<InboxForm, null>;
type Body = Record<string, unknown>;
type Read = { body: Body; error?: undefined } | { error: string; body?: undefined };

export interface FormContext {
  data: InboxData;
  department: string;
  /** Working days the case may still be extended by (the case policy's cap). */
  extensionLeft: number;
  onCancel: () => void;
  /** Sends the request; resolves to the server's message on failure, null on success. */
  onSubmit: (body: Body) => Promise<string | null>;
}

interface FormSpec {
  title: string;
  fields: TemplateResult;
  submit: string;
  read: (form: HTMLFormElement) => Read;
}

const field = (label: string, control: TemplateResult, hint?: string) =>
  html`<label class="fm-field"><span class="fm-label">${label}</span>${control}${hint ? html`<span class="muted small">${hint}</span>` : nothing}</label>`;
const reasonBox = (placeholder: string) => html`<textarea name="reason" rows="2" maxlength="500" placeholder=${placeholder}></textarea>`;
const value = (form: HTMLFormElement, name: string): string => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();

const BUILDERS: Record<FormKind, (c: CaseDetailView, ctx: FormContext) => FormSpec> = {
  suspend: (_c, ctx) => ({
    title: '挂起：进入特别程序（办理时限暂停）',
    fields: html`${field('程序类型', html`<select name="type">${ctx.data.suspensionTypes.map((t) => html`<option value=${t.id}>${t.label}</option>`)}</select>`)}${field('事由', reasonBox('如：需现场核实居住情况'))}`,
    submit: '确认挂起',
    read: (f) => (value(f, 'reason') ? { body: { type: value(f, 'type'), reason: value(f, 'reason') } } : { error: '请填写挂起事由' }),
  }),
  extension: (_c, ctx) => ({
    title: `申请延期（还可延 ${ctx.extensionLeft} 个工作日，须部门负责人批准）`,
    fields: html`${field(
      '延期天数',
      html`<input name="days" type="number" min="1" max=${ctx.extensionLeft} step="1" value=${Math.min(5, ctx.extensionLeft)}>`,
      '个工作日',
    )}${field('理由', reasonBox('延期理由将告知申请人'))}`,
    submit: '提交延期申请',
    read: (f) => {
      const days = Number(value(f, 'days'));
      if (!Number.isInteger(days) || days < 1 || days > ctx.extensionLeft) return { error: `延期天数须为 1 至 ${ctx.extensionLeft} 的整数` };
      if (!value(f, 'reason')) return { error: '请填写延期理由' };
      return { body: { days, reason: value(f, 'reason') } };
    },
  }),
  return: (c) => ({
    title: '退回综合窗口（由窗口一次性告知申请人补正）',
    fields: html`<fieldset class="fm-boxes"><legend>缺少或不合格的材料</legend>${c.materials.map(
      (m) => html`<label><input type="checkbox" name="missing" value=${m.code}> ${m.name}</label>`,
    )}</fieldset>${field('退回理由', reasonBox('如：住所证明地址与申请地址不一致'))}`,
    submit: '确认退回',
    read: (f) => {
      const missingMaterials = Array.from(f.querySelectorAll<HTMLInputElement>('input[name="missing"]:checked')).map((b) => b.value);
      if (!missingMaterials.length) return { error: '请勾选需要补正的材料' };
      if (!value(f, 'reason')) return { error: '请填写退回理由' };
      return { body: { missingMaterials, reason: value(f, 'reason') } };
    },
  }),
  transfer: (c, ctx) => {
    const busy = c.tasks.filter((t) => isActiveTask(t.status)).map((t) => t.departmentCode);
    const choices = ctx.data.departments.filter((d) => d.code !== ctx.department && !busy.includes(d.code));
    return {
      title: '转办到其他部门',
      fields: html`${field(
        '转至',
        html`<select name="department"><option value="">请选择部门</option>${choices.map((d) => html`<option value=${d.code}>${d.name}（${d.code}）</option>`)}</select>`,
      )}${field('转办理由', reasonBox('如：不属于本部门职责'))}`,
      submit: '确认转办',
      read: (f) => {
        if (!value(f, 'department')) return { error: '请选择转至的部门' };
        if (!value(f, 'reason')) return { error: '请填写转办理由' };
        return { body: { department: value(f, 'department'), reason: value(f, 'reason') } };
      },
    };
  },
  escalate: () => ({
    title: '上报上级部门审批（上报件）',
    fields: html`${field('上报至', html`<input name="body" maxlength="64" placeholder="如：区民政局">`)}${field('上报文号', html`<input name="reference" maxlength="64" placeholder="选填">`)}${field(
      '备注',
      html`<textarea name="note" rows="2" maxlength="500" placeholder="选填"></textarea>`,
    )}`,
    submit: '登记上报',
    read: (f) => {
      if (!value(f, 'body')) return { error: '请填写上报的上级部门' };
      const body: Body = { body: value(f, 'body') };
      if (value(f, 'reference')) body.reference = value(f, 'reference');
      if (value(f, 'note')) body.note = value(f, 'note');
      return { body };
    },
  }),
  decide: (c) => ({
    title: '办结',
    fields: html`<div class="fm-outcome" role="radiogroup"><label class="fm-ok"><input type="radio" name="outcome" value="approved" checked> 准予</label><label class="fm-no"><input type="radio" name="outcome" value="denied"> 不予批准</label></div>${c.kind ===
    'escalated'
      ? field('上级审批文号', html`<input name="externalReference" maxlength="64" placeholder="上报件必填，如：X民〔2026〕12号">`)
      : nothing}${field('理由', reasonBox('不予批准时必填，将告知申请人'))}`,
    submit: '确认办结',
    read: (f) => {
      const outcome = f.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value ?? 'approved';
      const body: Body = { outcome };
      if (value(f, 'reason')) body.reason = value(f, 'reason');
      if (outcome === 'denied' && !body.reason) return { error: '不予批准须填写理由' };
      if (c.kind === 'escalated') {
        if (!value(f, 'externalReference')) return { error: '上报件须填写上级审批文号' };
        body.externalReference = value(f, 'externalReference');
      }
      return { body };
    },
  }),
  rejectExtension: () => ({
    title: '驳回延期申请',
    fields: field('驳回理由', reasonBox('如：理由不充分，请按期办结')),
    submit: '确认驳回',
    read: (f) => (value(f, 'reason') ? { body: { reason: value(f, 'reason') } } : { error: '请填写驳回理由' }),
  }),
};

/** Fills the drawer's form for `kind`; Enter (Ctrl+Enter in a text area) submits, Esc cancels. */
export function showForm(kind: FormKind, c: CaseDetailView, ctx: FormContext): void {
  const form = $<HTMLFormElement>('#dr-form');
  const spec = BUILDERS[kind](c, ctx);
  clearForm();
  render(
    html`<h4>${spec.title}</h4>${spec.fields}<p class="fm-error" role="alert"></p><div class="fm-buttons"><button type="submit" class="button">${spec.submit}</button><button type="button" class="link-btn" @click=${ctx.onCancel}>取消（Esc）</button></div>`,
    form,
  );
  const error = $('.fm-error', form);
  form.dataset.form = kind;
  form.hidden = false;
  form.onsubmit = async (e) => {
    e.preventDefault();
    const out = spec.read(form);
    error.textContent = out.error ?? '';
    if (out.error !== undefined) return;
    const problem = await ctx.onSubmit(out.body);
    error.textContent = problem ?? '';
  };
  form.oninput = () => (error.textContent = ''); // while typing, not on blur: the layout must not shift under a click
  form.onkeydown = (e) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'TEXTAREA' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  };
  form.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

export function clearForm(): void {
  const form = $<HTMLFormElement>('#dr-form');
  form.hidden = true;
  render(nothing, form); // the next form is built afresh: nothing typed before survives
  delete form.dataset.form;
}
