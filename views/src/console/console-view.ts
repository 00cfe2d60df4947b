// Rendering of the clerk console; the queue desk owns the state and calls these after every change.
import { html, render } from 'lit-html';
import { maskPhone } from '../../../src/cases/domain/masking';
import type { StaffTicket, WindowView } from '../../../src/queue/domain/window-view';
import type { WindowStatus } from '../../../src/halls/domain/window-kind';
import { isActionEnabled, type ConsoleState } from '../../../src/queue/view-models/console-actions';
import { $, $$, clockTime, setText } from '../lib/dom';
import type { ConsoleData } from './console-data';

const time = (iso: string | null) => clockTime(iso) || '—';

export type ConsoleView = ReturnType<typeof createConsoleView>;

export function createConsoleView(data: ConsoleData) {
  const queueName = (code: string) => data.queues.find((q) => q.code === code)?.name ?? code;
  const windowStatusText = (status: WindowStatus) => data.windowStatusText[status] ?? status;
  const unhold = data.actions.find((a) => a.id === 'unhold');

  function windowList(windows: Array<{ number: number; name: string; status: WindowStatus }>, onPick: (n: number) => void): void {
    const cards = windows.map((w) => {
      const serves = data.windows.find((x) => x.number === w.number)?.serves ?? [];
      return html`<button type="button" class="window-card win-${w.status}" data-window=${w.number} @click=${() => onPick(w.number)}><span class="wc-name">${w.name}</span><span
        class="wc-serves">${serves.map(queueName).join('、')}</span><span class="pill pill-${w.status}">${windowStatusText(w.status)}</span></button>`;
    });
    render(cards, $<HTMLElement>('#window-list'));
  }

  function ticketCard(ticket: StaffTicket | null, st: ConsoleState): void {
    $('#tc-body').hidden = !ticket;
    $('#tc-empty').hidden = !!ticket;
    if (!ticket) {
      let hint: string;
      if (!st.mine) hint = '该窗口由其他工作人员操作。';
      else if (st.windowStatus === 'closed') hint = '窗口未开启，按 O 开启窗口。';
      else if (st.windowStatus === 'paused') hint = '窗口暂停服务中，按 P 恢复服务。';
      else hint = st.heldCount ? '当前没有号票。按 F1 / N 叫下一位，或按 U 恢复挂起的号票。' : '当前没有号票，按 F1 或 N 叫下一位。';
      setText('#tc-empty', hint);
      return;
    }
    setText('#tc-number', ticket.number);
    setText('#tc-queue', queueName(ticket.queueCode));
    const status = $('#tc-status');
    status.className = `pill pill-${ticket.status}`;
    status.textContent = data.ticketStatusText[ticket.status] ?? ticket.status;
    $('#tc-priority').hidden = ticket.priority !== 'priority';
    $('#tc-appointment').hidden = ticket.appointment !== true;
    $('#tc-transfer').hidden = !ticket.transferredFromId;
    setText('#tc-issued', time(ticket.issuedAt));
    setText('#tc-called', time(ticket.calledAt));
    setText('#tc-started', time(ticket.startedAt));
    setText('#tc-recalls', ticket.recallCount);
    setText('#tc-phone', ticket.phone ? maskPhone(ticket.phone) : '—');
  }

  function actions(st: ConsoleState, busy: boolean): void {
    for (const button of $$<HTMLButtonElement>('#actions [data-action]')) {
      const action = data.actions.find((a) => a.id === button.dataset.action);
      if (!action) continue;
      button.disabled = busy || !isActionEnabled(action.when, st);
      // pause and resume share P: show only the one that applies
      if (action.id === 'pause' || action.id === 'resume') button.hidden = st.windowStatus !== (action.id === 'pause' ? 'open' : 'paused');
      if (action.id === 'open') button.hidden = st.windowStatus !== 'closed';
      if (action.id === 'close') button.hidden = st.windowStatus === 'closed';
    }
  }

  function held(list: StaffTicket[], st: ConsoleState, busy: boolean, onUnhold: (ticketId: number) => void): void {
    const mayUnhold = !busy && !!unhold && isActionEnabled(unhold.when, st);
    const items = list.length
      ? list.map(
          (t) => html`<li><span class="held-num">${t.number}</span><span class="muted">${queueName(t.queueCode)} · ${time(t.heldAt)} 挂起</span><button
            type="button" class="link-btn" ?disabled=${!mayUnhold} @click=${() => onUnhold(t.id)}>恢复</button></li>`,
        )
      : html`<li class="muted">暂无</li>`;
    render(items, $<HTMLElement>('#held'));
  }

  function waiting(counts: Record<string, number>, serves: string[]): void {
    const items = data.queues.map(
      (q) => html`<li class=${serves.includes(q.code) ? 'served' : ''}><span class="wq-code">${q.code}</span><span>${q.name}</span><b data-waiting=${q.code}>${counts[q.code] ?? 0}</b></li>`,
    );
    render(items, $<HTMLElement>('#waiting'));
    setText('#w-callable', serves.reduce((sum, q) => sum + (counts[q] ?? 0), 0));
  }

  function windowBar(w: WindowView, st: ConsoleState): void {
    setText('#w-name', w.name);
    const pill = $('#w-status');
    pill.className = `pill pill-${w.status}`;
    pill.textContent = windowStatusText(w.status);
    $('#w-other').hidden = st.mine;
  }

  function transferChoices(currentQueue: string, onChoose: (queueCode: string) => void): void {
    const buttons = data.queues
      .filter((q) => q.code !== currentQueue)
      .map((q, i) => html`<button type="button" class="transfer-btn" data-queue=${q.code} data-key=${i + 1} @click=${() => onChoose(q.code)}><kbd>${i + 1}</kbd> ${q.code} ${q.name}</button>`);
    render(buttons, $<HTMLElement>('#transfer-queues'));
  }

  return { windowList, ticketCard, actions, held, waiting, windowBar, transferChoices };
}
