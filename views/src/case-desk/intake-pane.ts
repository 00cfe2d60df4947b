// 受理 pane of the console's case panel: find the item as you type, tick the materials, type the
// applicant, decide. Buttons follow the server's own rules; nothing typed is lost on an error.
import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { documentsAfterDecision } from '../../../src/cases/domain/case-documents';
import { normalizeIdNumber } from '../../../src/cases/domain/id-number';
import { intakeDecisions } from '../../../src/cases/domain/intake-decisions';
import type { IntakeDecision, MaterialStatus } from '../../../src/cases/domain/material-check';
import { personProblems, type PersonProblems } from '../../../src/cases/domain/person';
import type { ItemKind, LimitUnit } from '../../../src/catalog/domain/catalog-terms';
import { joinRefusal } from '../../../src/pages/view-models/case-documents-model';
import { limitText } from '../../../src/pages/view-models/case-labels';
import type { StaffTicket } from '../../../src/queue/domain/window-view';
import { api, ApiError, failureText } from '../lib/api';
import { $, $$, setText } from '../lib/dom';
import type { DeskData } from '../console/console-data';

const SEARCH_DELAY_MS = 180;

// The parts of the catalogue API's items (GET /api/v1/catalog/items[/{code}]) the pane reads.
interface Limit {
  value: number;
  unit: LimitUnit;
}
interface ItemSummary {
  code: string;
  name: string;
  kind: ItemKind;
  promisedLimit: Limit;
}
interface ItemMaterial {
  code: string;
  name: string;
  required: boolean;
  deferrable: boolean;
  original: boolean;
  copies: number;
  note: string;
}
interface Item extends ItemSummary {
  departmentCodes: string[];
  statutoryLimit: Limit | null;
  materials: ItemMaterial[];
}

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

type Prefix = 'ci' | 'ca';
const FIELDS = { name: 'name', id: 'idNumber', phone: 'phone' } as const;

const value = (selector: string) => $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector).value;

export function createIntakePane(ctx: IntakeContext) {
  const desk = ctx.desk;
  const S: {
    item: Item | null;
    statuses: Record<string, MaterialStatus>;
    results: ItemSummary[];
    active: number;
    seq: number;
    busy: boolean;
    touched: Record<string, boolean>;
  } = { item: null, statuses: {}, results: [], active: -1, seq: 0, busy: false, touched: {} };
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

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

  // ---- item search ---------------------------------------------------------------------------------
  const q = $<HTMLInputElement>('#ci-q');
  const list = $('#ci-results');

  function itemLimitText(item: ItemSummary): string {
    const text = limitText(item.kind, item.promisedLimit);
    return item.kind === 'immediate' || item.promisedLimit.value === 0 ? text : `承诺 ${text}`;
  }

  function showResults(items: ItemSummary[]): void {
    S.results = items.slice(0, 8);
    S.active = S.results.length ? 0 : -1;
    drawResults();
  }

  function drawResults(): void {
    const open = S.results.length > 0;
    list.hidden = !open;
    q.setAttribute('aria-expanded', String(open));
    render(
      S.results.map(
        (item, i) => html`<li role="option" id="ci-opt-${i}" class=${i === S.active ? 'active' : ''} aria-selected=${String(i === S.active)} data-code=${item.code}
          @mousedown=${(e: Event) => { e.preventDefault(); void pick(item.code); }}><span class="ci-opt-name">${item.name}</span><span
          class="ci-opt-meta">${item.code} · ${desk.kindText[item.kind] ?? item.kind} · ${itemLimitText(item)}</span></li>`,
      ),
      list,
    );
    if (S.active >= 0) q.setAttribute('aria-activedescendant', `ci-opt-${S.active}`);
    else q.removeAttribute('aria-activedescendant');
  }

  async function search(): Promise<void> {
    const seq = ++S.seq;
    const text = q.value.trim();
    try {
      const items = await api<ItemSummary[]>(`/api/v1/catalog/items${text ? `?q=${encodeURIComponent(text)}` : ''}`, { auth: false });
      if (seq === S.seq) showResults(items);
    } catch (err) {
      if (seq === S.seq) showError(failureText(err));
    }
  }

  q.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void search(), SEARCH_DELAY_MS);
  });
  q.addEventListener('focus', () => {
    if (!S.results.length) void search();
  });
  q.addEventListener('blur', () => setTimeout(() => showResults([]), 150));
  q.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!S.results.length) return void search();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      S.active = (S.active + step + S.results.length) % S.results.length;
      drawResults();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = S.results[S.active] ?? S.results[0];
      if (chosen) void pick(chosen.code);
    } else if (e.key === 'Escape' && S.results.length) {
      e.preventDefault(); // close the list, not the panel
      e.stopPropagation();
      showResults([]);
    }
  });

  async function pick(code: string): Promise<void> {
    clearTimeout(searchTimer);
    S.seq++;
    showResults([]);
    try {
      const item = await api<Item>(`/api/v1/catalog/items/${encodeURIComponent(code)}`, { auth: false });
      const keep = S.item?.code === item.code ? S.statuses : {};
      S.item = item;
      S.statuses = Object.fromEntries(item.materials.map((m) => [m.code, keep[m.code] ?? 'missing']));
      q.value = item.name;
      renderItem();
      update();
      document.querySelector<HTMLInputElement>('#ci-material-rows input[type="radio"]')?.focus();
    } catch (err) {
      showError(failureText(err));
    }
  }

  // ---- item and materials --------------------------------------------------------------------------
  function materialRow(m: ItemMaterial) {
    const choices: MaterialStatus[] = m.deferrable ? ['provided', 'missing', 'deferred'] : ['provided', 'missing'];
    const paper = `${m.original ? '原件' : '复印件'}${m.copies > 1 ? ` ×${m.copies}` : ''}`;
    const choose = (status: MaterialStatus) => () => {
      S.statuses[m.code] = status;
      update();
    };
    return html`<tr data-material=${m.code}><td class="ci-m-name">${m.required ? html`<span class="req" title="必需材料">*</span>` : nothing}${m.name}${
      m.required ? nothing : html`<span class="tag">非必需</span>`}${m.deferrable ? html`<span class="tag tag-defer">可容缺</span>` : nothing}<div
      class="muted small">${paper}${m.note ? ` · ${m.note}` : ''}</div></td><td><div class="ci-choice" role="radiogroup" aria-label=${m.name}>${choices.map(
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
    render(item.materials.map(materialRow), $<HTMLElement>('#ci-material-rows'));
  }

  $('#ci-all-provided').addEventListener('click', () => {
    if (!S.item) return;
    for (const m of S.item.materials) S.statuses[m.code] = 'provided';
    for (const input of $$<HTMLInputElement>('#ci-material-rows input[value="provided"]')) input.checked = true;
    update();
  });

  // ---- people ---------------------------------------------------------------------------------------
  function person(prefix: Prefix) {
    return { name: value(`#${prefix}-name`).trim(), idNumber: normalizeIdNumber(value(`#${prefix}-id`)), phone: value(`#${prefix}-phone`).trim() };
  }
  const agentOn = () => $<HTMLInputElement>('#ci-agent-on').checked;

  function peopleProblems(): Record<Prefix, PersonProblems> {
    return { ci: personProblems(person('ci')), ca: agentOn() ? personProblems(person('ca')) : {} };
  }

  function drawFieldErrors(problems: Record<Prefix, PersonProblems>, all: boolean): void {
    for (const prefix of ['ci', 'ca'] as const) {
      for (const [suffix, field] of Object.entries(FIELDS)) {
        const id = `${prefix}-${suffix}`;
        const message = problems[prefix][field] ?? '';
        const show = all || S.touched[id];
        setText(`[data-for="${id}"]`, show ? message : '');
        $(`#${id}`).classList.toggle('invalid', !!(show && message));
      }
    }
  }

  for (const prefix of ['ci', 'ca'] as const) {
    for (const suffix of Object.keys(FIELDS)) {
      const input = $<HTMLInputElement>(`#${prefix}-${suffix}`);
      input.addEventListener('blur', () => {
        if (suffix === 'id') input.value = normalizeIdNumber(input.value);
        if (input.value.trim()) S.touched[input.id] = true;
        update();
      });
      input.addEventListener('input', () => update());
    }
  }
  $('#ci-agent-on').addEventListener('change', () => {
    $('#ci-agent').hidden = !agentOn();
    update();
  });
  $('#ci-reason').addEventListener('input', () => update());

  // ---- decisions ------------------------------------------------------------------------------------
  function decisionsNow() {
    const problems = peopleProblems();
    const personOk = !Object.keys(problems.ci).length && !Object.keys(problems.ca).length;
    return { problems, decisions: intakeDecisions(S.item, S.statuses, { personOk, reason: value('#ci-reason') }) };
  }

  function update(showAll = false): void {
    const { problems, decisions } = decisionsNow();
    drawFieldErrors(problems, showAll);
    const why = [];
    for (const button of $$<HTMLButtonElement>('#ci-decisions [data-decision]')) {
      const id = button.dataset.decision as IntakeDecision;
      const d = decisions[id];
      button.disabled = S.busy || !d.enabled;
      button.title = d.enabled ? '' : d.why;
      const irrelevant = !!S.item && ((id === 'accept' && S.item.kind === 'immediate') || (id === 'complete' && S.item.kind !== 'immediate'));
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
    const body: Record<string, unknown> = {
      hall: ctx.hall,
      serviceItemCode: item.code,
      applicant: person('ci'),
      materials: item.materials.map((m) => ({ code: m.code, status: S.statuses[m.code] ?? 'missing' })),
      decision,
    };
    const tid = ticketId();
    if (tid) body.ticketId = tid;
    if (agentOn()) body.agent = { type: value('#ca-type'), ...person('ca') };
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
    void decide(S.item.kind === 'immediate' ? 'complete' : 'accept');
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
      ['申请人', person('ci').name],
      r.dueDate && r.status !== 'delivered' ? ['承诺办结', r.dueDate] : null,
      r.statutoryDueDate && r.status !== 'delivered' ? ['法定期限', r.statutoryDueDate] : null,
      r.supplyDueDate ? ['容缺材料补交期限', r.supplyDueDate] : null,
      r.departmentCodes?.length && r.status === 'dispatched' ? ['已派单至', r.departmentCodes.map((d) => names[d] ?? d).join('、')] : null,
      r.missingMaterials?.length ? ['一次性告知', r.missingMaterials.map((m) => m.name).join('、')] : null,
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

  // P prints the first document; N keeps the applicant for the next item; R clears everything.
  $('#ci-result').addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'p') document.querySelector<HTMLButtonElement>('#cr-docs button')?.click();
    else if (key === 'n') again(true);
    else if (key === 'r') again(false);
    else return;
    e.preventDefault();
  });

  function again(keepPeople: boolean): void {
    S.item = null;
    S.statuses = {};
    q.value = '';
    $<HTMLTextAreaElement>('#ci-reason').value = '';
    $<HTMLInputElement>('#ci-where').value = '';
    if (!keepPeople) {
      for (const id of ['ci-name', 'ci-id', 'ci-phone', 'ca-name', 'ca-id', 'ca-phone']) $<HTMLInputElement>(`#${id}`).value = '';
      $<HTMLInputElement>('#ci-agent-on').checked = false;
      $('#ci-agent').hidden = true;
      S.touched = {};
    }
    $('#ci-result').hidden = true;
    $('#ci-form').hidden = false;
    showError('');
    renderItem();
    renderTicket();
    update();
    q.focus();
  }
  $('#cr-same').addEventListener('click', () => again(true));
  $('#cr-new').addEventListener('click', () => again(false));

  return {
    /** Called each time the pane is shown: the ticket may have changed meanwhile. */
    show(): void {
      renderTicket();
      update();
      if ($('#ci-result').hidden) (S.item ? $('#ci-name') : q).focus();
      else document.querySelector<HTMLButtonElement>('#cr-docs button')?.focus();
    },
  };
}
