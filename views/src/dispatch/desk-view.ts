// Rendering of the officers' desk: the department's requests as inbox rows, with light and countdown.
import { html, render } from 'lit-html';
import { REQUEST_TASK_STATUS_LABELS, type RequestListItem } from '../../../src/requests/domain/request-views';
import { $, setText } from '../lib/dom';

/** The department's own share beside the request's status (joint requests: 本部门已答复 while another still works it). */
function ownTask(r: RequestListItem, department: string | null) {
  const mine = [...r.taskStatuses].reverse().find((t) => t.departmentCode === department);
  return mine ? html` <small class="rd-own">本部门${REQUEST_TASK_STATUS_LABELS[mine.status]}</small>` : '';
}
import { countdown, LEVEL_TEXT } from './request-countdown';
import { shortTime, type RequestPageData } from './request-page-data';

export function createDeskView(data: RequestPageData) {
  const short = shortTime(data.timeZone);

  function rows(list: RequestListItem[], s: { department: string | null; selected: number | null; fresh: ReadonlySet<number>; now: number; onOpen: (id: number) => void }): void {
    render(
      list.map((r) => {
        const c = countdown(r, s.now);
        const light = c.level ? `light light-${c.level}` : 'light light-none';
        return html`<tr class="${r.id === s.selected ? 'selected ' : ''}${s.fresh.has(r.id) ? 'fresh' : ''}" data-request=${r.id} data-number=${r.requestNumber} @click=${() => s.onOpen(r.id)}>
<td class="col-light"><i class=${light} title=${c.level ? LEVEL_TEXT[c.level] : '不计时'}></i></td>
<td class="mono">${r.requestNumber}</td>
<td>${r.categoryName}</td>
<td>${r.location ?? ''}</td>
<td>${data.sourceText[r.source] ?? r.source}</td>
<td><span class="pill rq-st-${r.status}">${data.statusText[r.status] ?? r.status}</span>${ownTask(r, s.department)}</td>
<td class="mono">${short(r.dueAt)}</td>
<td class="remaining rd-countdown ${c.late ? 'late' : ''}">${c.text}</td>
</tr>`;
      }),
      $<HTMLElement>('#rd-rows'),
    );
    $('#rd-empty').hidden = list.length > 0;
    setText('#rd-count', `共 ${list.length} 件`);
  }

  return { rows };
}
