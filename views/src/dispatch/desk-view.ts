// Rendering of the officers' desk: the department's requests as inbox rows, with light and countdown.
import { html, render } from 'lit-html';
import type { RequestListItem } from '../../../src/requests/domain/request-views';
import { $, setText } from '../lib/dom';
import { countdown, LEVEL_TEXT } from './request-countdown';
import { shortTime, type RequestPageData } from './request-page-data';

export function createDeskView(data: RequestPageData) {
  const short = shortTime(data.timeZone);

  function rows(list: RequestListItem[], s: { selected: number | null; fresh: ReadonlySet<number>; now: number; onOpen: (id: number) => void }): void {
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
<td><span class="pill rq-st-${r.status}">${data.statusText[r.status] ?? r.status}</span></td>
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
