// 受理 pane of the console's case panel: find the item as you type, tick the materials, type the
// applicant, decide. Buttons follow the server's own rules; nothing typed is lost on an error.
import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { documentsAfterDecision } from '../../../src/cases/domain/case-documents';
import { completesAtWindow, intakeDecisions } from '../../../src/cases/domain/intake-decisions';
import { mayShowDraft, NO_VISIT, observeTicket, offerSameApplicant, type CounterVisit } from '../../../src/cases/domain/intake-draft';
import type { IntakeDecision, MaterialStatus } from '../../../src/cases/domain/material-check';
import { joinRefusal } from '../../../src/cases/view-models/case-documents-model';
import type { StaffTicket } from '../../../src/queue/domain/window-view';
import { api, ApiError, failureText } from '../lib/api';
import { $, $$, setText } from '../lib/dom';
import type { DeskData } from '../console/console-data';
import { createApplicantForm } from './applicant-form';
import { itemLimitText, type Item, type ItemMaterial } from './catalog-item';
import { createItemSearch } from './item-search';

/** What POST /api/v1/cases answers. */
export interface CaseReceipt {
  id: number;
  caseNumber: string;
  status: string;
  dueDate: string | null;
  statutoryDueDate: string | null;
  supplyDueDate: string | null;
  queryCode: string;
  departmentCodes: string[];
  missingMaterials?: Array<{ code: string; name: string }>;
  /** A bundle's (一件事) parts, each a case of its own. */
  children?: Array<{ id: number; caseNumber: string; serviceItemCode: string; departmentCodes: string[]; status: string; dueDate: string | null }>;
}

export interface IntakeContext {
  hall: string;
  desk: DeskData;
  getTicket(): StaffTicket | null;
  departments(): Record<string, string>;
  openDocument(kind: string, id: number): void;
  onDone(receipt: CaseReceipt): void;
  onAuthError(err: ApiError): void;
}

const value = (selector: string) => $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector).value;

export function createIntakePane(ctx: IntakeContext) {
  const desk = ctx.desk;
  const S: { item: Item | null; statuses: Record<string, MaterialStatus>; busy: boolean } = { item: null, statuses: {}, busy: false };
  const search = createItemSearch({ desk, onPick: (code) => void pick(code), onError: showError });
  const people = createApplicantForm(() => update());
  // the ticket at the window as last seen, and the one the draft (typed data, a decision's result) belongs to
  let visit: CounterVisit = NO_VISIT;
  let draftVisit: CounterVisit | null = null;

  // ---- the ticket at the window ------------------------------------------------------------------
  function renderTicket(): void {
    const t = ctx.getTicket();
    render(
      t
        ? html`<label class="ci-ticket-label"><input type="checkbox" id="ci-with-ticket"> 随件登记号票 <b>${t.number}</b></label>`
        : html`<span class="muted">当前窗口没有号票：按无号票受理（预约、代办、社区代收）。</span>`,
      $<HTMLElement>('#ci-ticket'),
    );
    const box = document.querySelector<HTMLInputElement>('#ci-with-ticket');
    if (box) box.checked = true; // every time the pane opens: the ticket goes with the case unless unticked
  }

  function ticketId(): number | undefined {
    const t = ctx.getTicket();
    const box = document.querySelector<HTMLInputElement>('#ci-with-ticket');
    return t && box?.checked ? t.id : undefined;
  }

  // ---- the item ---------------------------------------------------------------------------------------
  async function pick(code: string): Promise<void> {
    search.close();
    try {
      const item = await api<Item>(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
      const keep = S.item?.code === item.code ? S.statuses : {};
      S.item = item;
      S.statuses = Object.fromEntries(item.materials.map((m) => [m.code, keep[m.code] ?? 'missing']));
      search.text = item.name;
      renderItem();
      update();
      document.querySelector<HTMLInputElement>('#ci-material-rows input[type="radio"]')?.focus();
    } catch (err) {
      showError(failureText(err));
    }
  }

  // ---- materials ----------------------------------------------------------------------------------------
  /** For a bundle's material: the parts that need it (交一次，各项共用). */
  function partsOf(m: ItemMaterial): string {
    const names = (m.memberCodes ?? []).map((code) => S.item?.members?.find((p) => p.code === code)?.name ?? code);
    return names.length ? ` · 用于 ${names.join('、')}` : '';
  }

  function materialRow(m: ItemMaterial) {
    const choices: MaterialStatus[] = m.deferrable ? ['provided', 'missing', 'deferred'] : ['provided', 'missing'];
    const paper = `${m.original ? '原件' : '复印件'}${m.copies > 1 ? ` ×${m.copies}` : ''}`;
    const choose = (status: MaterialStatus) => () => {
      S.statuses[m.code] = status;
      update();
    };
    return html`<tr data-material=${m.code}><td class="ci-m-name">${m.required ? html`<span class="req" title="必需材料">*</span>` : nothing}${m.name}${
      m.required ? nothing : html`<span class="tag">非必需</span>`}${m.deferrable ? html`<span class="tag tag-defer">可容缺</span>` : nothing}<div
      class="muted small">${paper}${m.note ? ` · ${m.note}` : ''}${partsOf(m)}</div></td><td><div class="ci-choice" role="radiogroup" aria-label=${m.name}>${choices.map(
        (status) => html`<label class="ci-opt-${status}"><input type="radio" name="ci-m-${m.code}" value=${status} data-material=${m.code}
          .checked=${live(S.statuses[m.code] === status)} @change=${choose(status)}><span>${desk.materialStatusText[status]}</span></label>`,
      )}</div></td></tr>`;
  }

  function renderItem(): void {
    const item = S.item;
    $('#ci-item').hidden = !item;
    $('#ci-materials').hidden = !item;
    if (!item) return;
    setText('#ci-item-name', item.name);
    setText('#ci-item-code', item.code);
    setText('#ci-item-kind', desk.kindText[item.kind] ?? item.kind);
    $('#ci-item-kind').className = `pill kind-${item.kind}`;
    setText('#ci-item-limit', itemLimitText(item));
    const names = ctx.departments();
    const statutory = item.statutoryLimit && item.kind !== 'immediate' ? ` · 法定 ${item.statutoryLimit.value} ${desk.unitText[item.statutoryLimit.unit] ?? ''}` : '';
    setText('#ci-item-depts', `承办：${item.departmentCodes.map((d) => names[d] ?? d).join('、')}${statutory}`);
    // 一件事: the parts, each filed as a case of its own in its department with its own limit
    render(
      item.members?.length
        ? html`<span>一件事，分 ${item.members.length} 项办理：</span>${item.members.map(
            (p, i) => html`${i ? '、' : ''}<span class="ci-part" data-part=${p.code}>${p.name}（${p.departmentCodes.map((d) => names[d] ?? d).join('、')} · ${itemLimitText(p)}）</span>`,
          )}`
        : nothing,
      $<HTMLElement>('#ci-item-parts'),
    );
    render(item.materials.map(materialRow), $<HTMLElement>('#ci-material-rows'));
  }

  $('#ci-all-provided').addEventListener('click', () => {
    if (!S.item) return;
    for (const m of S.item.materials) S.statuses[m.code] = 'provided';
    for (const input of $$<HTMLInputElement>('#ci-material-rows input[value="provided"]')) input.checked = true;
    update();
  });

  $('#ci-reason').addEventListener('input', () => update());

  // ---- decisions ------------------------------------------------------------------------------------
  function decisionsNow() {
    const problems = people.problems();
    return { problems, decisions: intakeDecisions(S.item, S.statuses, { personOk: people.ok(problems), reason: value('#ci-reason') }) };
  }

  function update(showAll = false): void {
    const { problems, decisions } = decisionsNow();
    people.drawErrors(problems, showAll);
    const why = [];
    for (const button of $$<HTMLButtonElement>('#ci-decisions [data-decision]')) {
      const id = button.dataset.decision as IntakeDecision;
      const d = decisions[id];
      button.disabled = S.busy || !d.enabled;
      button.title = d.enabled ? '' : d.why;
      const onTheSpot = !!S.item && completesAtWindow(S.item);
      const irrelevant = !!S.item && ((id === 'accept' && onTheSpot) || (id === 'complete' && !onTheSpot));
      if (!d.enabled && !irrelevant) why.push(html`<li><b>${desk.decisions.find((x) => x.id === id)?.label}</b>：${d.why}</li>`);
      button.hidden = irrelevant;
    }
    render(why, $<HTMLElement>('#ci-why'));
  }

  async function decide(decision: IntakeDecision): Promise<void> {
    const item = S.item;
    if (!item || !decisionsNow().decisions[decision].enabled || S.busy) {
      update(true);
      return;
    }
    const { applicant, agent } = people.people();
    const body: Record<string, unknown> = {
      hall: ctx.hall,
      serviceItemCode: item.code,
      applicant,
      materials: item.materials.map((m) => ({ code: m.code, status: S.statuses[m.code] ?? 'missing' })),
      decision,
    };
    const tid = ticketId();
    if (tid) body.ticketId = tid;
    if (agent) body.agent = agent;
    const reason = value('#ci-reason').trim();
    if (decision === 'reject') body.reason = joinRefusal(reason, value('#ci-where'));
    else if (decision === 'notify' && reason) body.reason = reason;
    S.busy = true;
    showError('');
    update();
    try {
      const receipt = await api<CaseReceipt>('/api/v1/cases', { method: 'POST', body });
      showResult(item, receipt, decision);
      ctx.onDone(receipt);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return ctx.onAuthError(err);
      showError(errorText(err));
    } finally {
      S.busy = false;
      update();
    }
  }

  function errorText(err: unknown): string {
    if (!(err instanceof ApiError)) return failureText(err);
    if (err.code === 'TICKET_NOT_AT_WINDOW') return `${err.message}。可取消「随件登记号票」后按无号票受理。`;
    if (err.code === 'VALIDATION_FAILED') return `输入有误：${err.message}`;
    return err.message;
  }

  // Ctrl+Enter: the main decision of the item (受理, or 当场办结 for an immediate item)
  $('#ci-form').addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || !S.item) return;
    e.preventDefault();
    void decide(completesAtWindow(S.item) ? 'complete' : 'accept');
  });

  $('#ci-decisions').addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('[data-decision]');
    if (button && !button.disabled) void decide(button.dataset.decision as IntakeDecision);
  });

  function showError(message: string): void {
    $('#ci-error').hidden = !message;
    setText('#ci-error', message);
  }

  // ---- after the decision ---------------------------------------------------------------------------
  function showResult(item: Item, r: CaseReceipt, decision: IntakeDecision): void {
    $('#ci-form').hidden = true;
    $('#ci-result').hidden = false;
    setText('#cr-number', r.caseNumber);
    setText('#cr-status', desk.statusText[r.status] ?? r.status);
    const names = ctx.departments();
    const facts = [
      ['事项', item.name],
      ['申请人', people.people().applicant.name],
      r.dueDate && r.status !== 'delivered' ? ['承诺办结', r.dueDate] : null,
      r.statutoryDueDate && r.status !== 'delivered' ? ['法定期限', r.statutoryDueDate] : null,
      r.supplyDueDate ? ['容缺材料补交期限', r.supplyDueDate] : null,
      r.departmentCodes?.length && r.status === 'dispatched' ? ['已派单至', r.departmentCodes.map((d) => names[d] ?? d).join('、')] : null,
      r.missingMaterials?.length ? ['一次性告知', r.missingMaterials.map((m) => m.name).join('、')] : null,
      r.children?.length ? ['分项办理', r.children.map((p) => partText(item, p)).join('；')] : null,
      ['查询码', r.queryCode],
    ].filter((f): f is string[] => f !== null);
    render(facts.map(([k, v]) => html`<div><dt>${k}</dt><dd data-fact=${k}>${v}</dd></div>`), $<HTMLElement>('#cr-facts'));
    const kinds = documentsAfterDecision(decision, S.statuses, desk.decisionDocuments);
    render(
      kinds.map(
        (kind, i) => html`<button type="button" class="act ${i === 0 ? 'act-primary' : ''}" data-doc=${kind} @click=${() => ctx.openDocument(kind, r.id)}><span
          >打印${desk.documentTitles[kind]}</span>${i === 0 ? html`<kbd>P</kbd>` : nothing}</button>`,
      ),
      $<HTMLElement>('#cr-docs'),
    );
    document.querySelector<HTMLButtonElement>('#cr-docs button')?.focus();
  }

  /** 生育登记 TC202611230002 已送达 / 出生户口登记 TC202611230004 承诺 2026-12-01 办结 */
  function partText(item: Item, p: NonNullable<CaseReceipt['children']>[number]): string {
    const name = item.members?.find((m) => m.code === p.serviceItemCode)?.name ?? p.serviceItemCode;
    const state = p.status === 'dispatched' && p.dueDate ? `承诺 ${p.dueDate} 办结` : (desk.statusText[p.status] ?? p.status);
    return `${name} ${p.caseNumber} ${state}`;
  }

  // P prints the first document; Alt+S keeps the applicant for another item of the same ticket; R clears
  // everything. N is 叫号 everywhere else, so it means nothing here.
  $('#ci-result').addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey) return;
    const key = e.key.toLowerCase();
    if (e.altKey && (key === 's' || e.code === 'KeyS')) again(true);
    else if (e.altKey) return;
    else if (key === 'p') document.querySelector<HTMLButtonElement>('#cr-docs button')?.click();
    else if (key === 'r') again(false);
    else return;
    e.preventDefault();
  });

  function reset(keepPeople: boolean): void {
    S.item = null;
    S.statuses = {};
    search.text = '';
    $<HTMLTextAreaElement>('#ci-reason').value = '';
    $<HTMLInputElement>('#ci-where').value = '';
    if (!keepPeople) people.clear();
    $('#ci-result').hidden = true;
    $('#ci-form').hidden = false;
    showError('');
    renderItem();
    renderTicket();
    update();
  }

  function again(keepPeople: boolean): void {
    if (keepPeople && !offerSameApplicant(draftVisit, visit)) return;
    reset(keepPeople);
    search.focus();
  }
  $('#cr-same').addEventListener('click', () => again(true));
  $('#cr-new').addEventListener('click', () => again(false));

  /** The ticket at the window is `ticketId` now: a draft of another ticket (or of an earlier stretch) is cleared. */
  function sync(ticketId: number | null): void {
    visit = observeTicket(visit, ticketId);
    if (draftVisit && !mayShowDraft(draftVisit, visit)) reset(false);
    draftVisit = visit;
    $('#cr-same').hidden = !offerSameApplicant(draftVisit, visit);
  }

  return {
    /** Called each time the pane is shown: the ticket may have changed meanwhile. */
    show(): void {
      sync(ctx.getTicket()?.id ?? null);
      renderTicket();
      update();
      if ($('#ci-result').hidden && S.item) people.focus();
      else if ($('#ci-result').hidden) search.focus();
      else document.querySelector<HTMLButtonElement>('#cr-docs button')?.focus();
    },
    /** The desk saw this ticket (or none) at the window: the draft goes with a change of ticket, panel open or not. */
    ticketSeen: sync,
    /** Signed out: nothing of this clerk's applicants stays on the page. */
    forget(): void {
      reset(false);
      visit = NO_VISIT;
      draftVisit = null;
    },
  };
}
