// 补正 · 撤回 pane: find a case by number or applicant, take in owed materials, answer a case the
// department returned, withdraw at the applicant's request, reprint its documents.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { documentsFor } from '../../../src/cases/domain/case-documents';
import { COLLECTOR_TYPE_TEXT, collectorLine, type CollectorType } from '../../../src/cases/domain/pickup';
import { mayWithdraw, owedMaterials } from '../../../src/cases/domain/front-desk-rules';
import { api } from '../lib/api';
import { $, $$, toast } from '../lib/dom';
import type { DeskData } from '../console/console-data';
import type { CaseRow, DeskCase } from './desk-case';

export interface LookupContext {
  desk: DeskData;
  openDocument(kind: string, id: number): void;
  fail(err: unknown): void;
  /** A case changed: the 待取件 count may have too. */
  changed(): void;
}

/** Renders into a fresh element, so nothing typed for the previous case stays behind. */
function fresh(template: TemplateResult | typeof nothing, className?: string): HTMLElement {
  const host = document.createElement('div');
  if (className) host.className = className;
  render(template, host);
  return host;
}

export function createLookupPane({ desk, openDocument, fail, changed }: LookupContext) {
  const statusShort: Record<string, string> = desk.statusShort;
  const materialText: Record<string, string> = desk.materialStatusText;
  const inputValue = (selector: string) => $<HTMLInputElement>(selector).value.trim();

  $('#lk-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = inputValue('#lk-q').toUpperCase();
    if (!q) return;
    try {
      const rows = await api<CaseRow[]>(`/api/v1/cases?q=${encodeURIComponent(q)}&limit=20`);
      const exact = rows.find((r) => r.caseNumber === q);
      if (exact || rows.length === 1) return void showCase((exact ?? rows[0]).id);
      $('#lk-case').replaceChildren();
      $('#lk-list').replaceChildren(
        fresh(
          rows.length
            ? html`<ul class="lk-list">${rows.map((r) => html`<li><button type="button" class="link-btn" @click=${() => void showCase(r.id)}>${r.caseNumber} · ${r.itemName} · ${r.applicantName} · ${statusShort[r.status] ?? r.status}</button></li>`)}</ul>`
            : html`<p class="muted">没有找到办件，请核对办件编号。</p>`,
        ),
      );
    } catch (err) {
      fail(err);
    }
  });

  async function showCase(id: number): Promise<void> {
    try {
      renderCase(await api<DeskCase>(`/api/v1/cases/${id}`));
    } catch (err) {
      fail(err);
    }
  }

  async function act(c: DeskCase, action: string, body: Record<string, unknown>, done: (updated: DeskCase) => string): Promise<void> {
    try {
      const updated = await api<DeskCase>(`/api/v1/cases/${c.id}/${action}`, { method: 'POST', body });
      toast(done(updated), 'ok');
      renderCase(updated);
      changed();
    } catch (err) {
      fail(err);
    }
  }

  function supply(c: DeskCase): void {
    const codes = $$<HTMLInputElement>('#lk-case [data-owed]:checked').map((b) => b.value);
    if (!codes.length) return void toast('请勾选补交的材料', 'error');
    void act(c, 'supplement', { materials: codes.map((code) => ({ code, status: 'provided' })) }, (u) =>
      u.status === 'dispatched' && c.status !== 'dispatched' ? `材料已补齐，已受理，承诺 ${u.dueDate} 前办结` : '已登记补交',
    );
  }

  function notifyReturned(c: DeskCase): void {
    const reason = inputValue('#lk-return-reason');
    void act(c, 'notify', reason ? { reason } : {}, () => '已一次性告知');
  }

  function rejectReturned(c: DeskCase): void {
    const reason = inputValue('#lk-return-reason');
    if (!reason) return void toast('不予受理须填写理由', 'error');
    void act(c, 'reject', { reason }, () => '已不予受理');
  }

  function withdraw(c: DeskCase): void {
    const reason = inputValue('#lk-withdraw-reason');
    if (!reason) return void toast('请填写撤回原因', 'error');
    if (!window.confirm(`确定撤回办件 ${c.caseNumber} 吗？撤回后不可恢复。`)) return;
    void act(c, 'withdraw', { reason }, () => `已撤回 ${c.caseNumber}`);
  }

  function renderCase(c: DeskCase): void {
    $('#lk-list').replaceChildren();
    const owed = owedMaterials(c);
    const collected = c.delivery?.collectedBy;
    const facts = [
      c.dueDate ? `承诺办结 ${c.dueDate}` : '', c.supplyDueDate ? `容缺补交期限 ${c.supplyDueDate}` : '', c.reason ? `说明：${c.reason}` : '',
      collected ? `领取人 ${collectorLine(collected)}（${COLLECTOR_TYPE_TEXT[collected.type as CollectorType] ?? collected.type}）` : '',
    ].filter(Boolean).join(' · ');
    const kinds = documentsFor(c);
    const card = html`<div class="lk-head"><b class="mono lk-number">${c.caseNumber}</b><span>${c.itemName} · ${c.applicantName}</span><span class="pill st-${c.status}" id="lk-status">${statusShort[c.status] ?? c.status}</span></div><p
      class="muted">${facts}</p>${
      // 一件事: its parts, each a case of its own (open one to act on it); a part names its bundle
      c.children?.length
        ? html`<section class="lk-section" id="lk-parts"><h4>一件事 · 分项办理</h4><ul class="lk-list">${c.children.map((p) => html`<li><button type="button" class="link-btn" data-part=${p.caseNumber} @click=${() => void showCase(p.id)}>${p.caseNumber} · ${p.itemName} · ${statusShort[p.status] ?? p.status}${p.dueDate && p.status === 'dispatched' ? ` · 承诺 ${p.dueDate}` : ''}</button></li>`)}</ul></section>`
        : c.parentCase
          ? html`<p class="muted" id="lk-bundle">一件事「${c.parentCase.itemName}」（<button type="button" class="link-btn" @click=${() => void showCase(c.parentCase!.id)}>${c.parentCase.caseNumber}</button>）的一项</p>`
          : nothing
    }<ul class="lk-materials">${c.materials.map((m) => html`<li><span class="mat mat-${m.status}">${materialText[m.status] ?? m.status}</span> ${m.name}${m.required ? '' : '（非必需）'}</li>`)}</ul>${
      owed.length
        ? html`<section class="lk-section"><h4>${c.status === 'awaiting_supplement' ? '补正材料（补齐后即受理）' : '补交容缺材料'}</h4><div class="lk-boxes">${owed.map(
            (m) => html`<label class="lk-owed"><input type="checkbox" value=${m.code} data-owed=${m.code}> ${m.name}</label>`,
          )}</div><button type="button" class="button" id="lk-supply" @click=${() => supply(c)}>确认补交</button></section>`
        : nothing
    }${
      c.status === 'returned'
        ? html`<section class="lk-section"><h4>${`部门退回：${c.reason ?? ''}`}</h4><input id="lk-return-reason" class="cp-input wide" maxlength="400" placeholder="一次性告知的补充说明，或不予受理的理由"><div
            class="lk-row"><button type="button" class="button" @click=${() => notifyReturned(c)}>一次性告知</button><button type="button" class="link-btn danger" @click=${() => rejectReturned(c)}>不予受理</button></div></section>`
        : nothing
    }${
      mayWithdraw(c)
        ? html`<section class="lk-section"><h4>撤回申请</h4><input id="lk-withdraw-reason" class="cp-input wide" maxlength="400" placeholder="撤回原因（申请人本人提出）"><button
            type="button" class="link-btn danger" id="lk-withdraw" @click=${() => withdraw(c)}>撤回</button></section>`
        : nothing
    }${
      kinds.length
        ? html`<div class="lk-row"><span class="muted">打印：</span>${kinds.map((k) => html`<button type="button" class="link-btn" data-doc=${k} @click=${() => openDocument(k, c.id)}>${desk.documentTitles[k]}</button>`)}</div>`
        : nothing
    }`;
    $('#lk-case').replaceChildren(fresh(card, 'lk-card'));
  }

  return {
    focus: () => $('#lk-q').focus(),
  };
}
