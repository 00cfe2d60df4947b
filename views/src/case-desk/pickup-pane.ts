// 待取件 pane: decided cases waiting at the window, handed over in person (who collects it is recorded, then
// the 领取回执 opens) or posted.
import { html, nothing, render } from 'lit-html';
import { COLLECTOR_TYPE_TEXT, COLLECTOR_TYPES, collectorInputProblem, type CollectorInput, type CollectorType } from '../../../src/cases/domain/pickup';
import { api, ApiError } from '../lib/api';
import { $, setText, toast } from '../lib/dom';
import type { DeskData } from '../console/console-data';
import type { CaseRow } from './desk-case';

const COUNT_EVERY_MS = 120000;

export interface PickupContext {
  desk: DeskData;
  openDocument(kind: string, id: number): void;
  fail(err: unknown): void;
}

export function createPickupPane({ desk, openDocument, fail }: PickupContext) {
  const statusShort: Record<string, string> = desk.statusShort;
  let countTimer: ReturnType<typeof setTimeout> | undefined;
  let filterTimer: ReturnType<typeof setTimeout> | undefined;
  /** Cases handed over at this desk (the list rows carry no delivery details): their rows offer the 领取回执. */
  const collectedAtWindow = new Set<number>();

  function list(q: string): Promise<CaseRow[]> {
    const query = `status=${desk.pickupStatuses.join(',')}&limit=100${q ? `&q=${encodeURIComponent(q)}` : ''}`;
    return api<CaseRow[]>(`/api/v1/cases?${query}`);
  }

  async function refreshCount(): Promise<void> {
    clearTimeout(countTimer);
    countTimer = setTimeout(() => void refreshCount(), COUNT_EVERY_MS);
    try {
      setText('#pk-badge', (await list('')).length);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) clearTimeout(countTimer); // the next sign-in starts counting again
    }
  }

  /** Several changes in a row (one command may announce itself twice) make one count. */
  function countSoon(): void {
    clearTimeout(countTimer);
    countTimer = setTimeout(() => void refreshCount(), 300);
  }

  async function load(): Promise<void> {
    const filter = $<HTMLInputElement>('#pk-q').value.trim();
    try {
      const rows = await list(filter);
      setText('#pk-count', `共 ${rows.length} 件`);
      render(rows.length ? rows.map(pickupRow) : html`<tr><td colspan="6" class="muted cp-empty">暂无待取件的办件</td></tr>`, $<HTMLElement>('#pk-rows'));
      if (!filter) setText('#pk-badge', rows.length);
    } catch (err) {
      fail(err);
    }
  }

  // Each row keeps its own state (asking for a tracking number, updated after delivery).
  function pickupRow(c: CaseRow): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.case = c.caseNumber;

    const draw = (row: CaseRow) => {
      const delivered = row.status === 'delivered';
      render(
        html`${cells(row)}<td class="cp-actions">${delivered ? nothing : html`<button type="button" class="button small" data-act="deliver" @click=${() => askCollector(row)}>出件</button><button
          type="button" class="link-btn" data-act="post" @click=${() => askTracking(row)}>邮寄</button>`}<button type="button" class="link-btn" data-act="print" @click=${() => openDocument('result', row.id)}>办结通知书</button>${
          delivered && collectedAtWindow.has(row.id)
            ? html`<button type="button" class="link-btn" data-act="receipt" @click=${() => openDocument('pickup', row.id)}>领取回执</button>`
            : nothing
        }</td>`,
        tr,
      );
    };

    // 出件 at the window: who collects it (the applicant by default), the ID card checked; Enter confirms, Esc cancels
    const askCollector = (row: CaseRow) => {
      const field = (name: string) => tr.querySelector<HTMLInputElement>(`[data-pk="${name}"]`);
      const chosen = (): CollectorType => (tr.querySelector<HTMLInputElement>('input[data-pk="type"]:checked')?.value as CollectorType) ?? 'applicant';
      const showOther = () => {
        const other = chosen() === 'other';
        tr.querySelectorAll<HTMLElement>('.pk-other').forEach((el) => (el.hidden = !other));
      };
      const confirm = () => {
        const type = chosen();
        const input: CollectorInput = { type, idChecked: field('checked')?.checked === true };
        if (type === 'other') Object.assign(input, { name: field('name')?.value.trim() ?? '', idNumber: field('id')?.value.trim().toUpperCase() ?? '' });
        const problem = collectorInputProblem('window', input);
        if (problem) {
          toast(problem.message, 'error');
          (problem.field.endsWith('name') ? field('name') : problem.field.endsWith('idNumber') ? field('id') : field('checked'))?.focus();
          return;
        }
        void deliver(row, { method: 'window', collectedBy: input });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          confirm();
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          draw(row);
        }
      };
      render(
        html`${cells(row)}<td class="cp-actions pk-collect" @keydown=${onKey}><fieldset class="pk-who"><legend>领取人</legend>${COLLECTOR_TYPES.map(
          (type, i) => html`<label><input type="radio" name=${`pk-type-${row.id}`} data-pk="type" value=${type} ?checked=${i === 0} @change=${showOther}> ${COLLECTOR_TYPE_TEXT[type]}</label>`,
        )}</fieldset><input class="cp-input pk-other" data-pk="name" placeholder="领取人姓名" maxlength="32" aria-label="领取人姓名" hidden><input
          class="cp-input pk-other" data-pk="id" placeholder="领取人身份证号" maxlength="18" aria-label="领取人身份证号" autocomplete="off" hidden><label class="pk-check"><input
          type="checkbox" data-pk="checked"> 已核验领取人身份证件</label><button type="button" class="button small" data-act="confirm-deliver" @click=${confirm}>确认出件</button><button
          type="button" class="link-btn" @click=${() => draw(row)}>取消</button></td>`,
        tr,
      );
      field('checked')?.focus();
    };

    const askTracking = (row: CaseRow) => {
      const confirm = () => {
        const trackingNo = tr.querySelector<HTMLInputElement>('input')?.value.trim() ?? '';
        if (!trackingNo) return void toast('请填写运单号', 'error');
        void deliver(row, { method: 'post', trackingNo });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Enter') confirm();
        if (e.key === 'Escape') {
          e.preventDefault();
          draw(row);
        }
      };
      render(
        html`${cells(row)}<td class="cp-actions"><input class="cp-input" placeholder="快递运单号" maxlength="64" aria-label="运单号" @keydown=${onKey}><button
          type="button" class="button small" @click=${confirm}>确认邮寄</button><button type="button" class="link-btn" @click=${() => draw(row)}>取消</button></td>`,
        tr,
      );
      tr.querySelector<HTMLInputElement>('input')?.focus();
    };

    const deliver = async (row: CaseRow, body: { method: 'window'; collectedBy: CollectorInput } | { method: 'post'; trackingNo: string }) => {
      try {
        const updated = await api<CaseRow>(`/api/v1/cases/${row.id}/deliver`, { method: 'POST', body });
        toast(body.method === 'post' ? `已邮寄 ${row.caseNumber}` : `已出件 ${row.caseNumber}`, 'ok');
        if (body.method === 'window') collectedAtWindow.add(row.id);
        draw(updated);
        void refreshCount();
        if (body.method === 'window') openDocument('pickup', row.id); // the 领取回执 for the collector to sign
      } catch (err) {
        fail(err);
      }
    };

    draw(c);
    return tr;
  }

  const cells = (row: CaseRow) =>
    html`<td class="mono">${row.caseNumber}</td><td>${row.itemName}</td><td>${row.applicantName}</td><td><span class="pill st-${row.status}">${statusShort[row.status] ?? row.status}</span></td><td
      class="mono">${(row.acceptedAt ?? row.receivedAt ?? '').slice(0, 10)}</td>`;

  $('#pk-q').addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => void load(), 250);
  });
  $('#pk-refresh').addEventListener('click', () => void load());

  return {
    load,
    refreshCount,
    countSoon,
    stop: () => clearTimeout(countTimer),
  };
}
