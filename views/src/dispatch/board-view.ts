// Rendering of the dispatcher's board: three columns of cards, each with its light and countdown.
import { html, nothing, render } from 'lit-html';
import type { RequestListItem } from '../../../src/requests/domain/request-views';
import { $, setText } from '../lib/dom';
import { BOARD_COLUMNS, type BoardColumnId } from './board-columns';
import { countdown, LEVEL_TEXT } from './request-countdown';
import type { Lookups, RequestPageData } from './request-page-data';

export interface BoardState {
  columns: Record<BoardColumnId, RequestListItem[]>;
  selected: number | null;
  fresh: ReadonlySet<number>;
  now: number;
  onOpen: (id: number) => void;
}

export function createBoardView(data: RequestPageData, lookups: Lookups) {
  function card(r: RequestListItem, s: BoardState) {
    const c = countdown(r, s.now);
    const level = c.level ? `light light-${c.level}` : 'light light-none';
    const reason = r.returnReason;
    const classes = ['dp-card', c.level ? `dp-${c.level}` : '', r.id === s.selected ? 'selected' : '', s.fresh.has(r.id) ? 'fresh' : ''].filter(Boolean).join(' ');
    return html`<li class=${classes} data-request=${r.id} data-number=${r.requestNumber} tabindex="-1" @click=${() => s.onOpen(r.id)}>
<div class="dp-card-top"><i class=${level} title=${c.level ? LEVEL_TEXT[c.level] : '不计时'}></i><b class="dp-category">${r.categoryName}</b><span class="pill rq-st-${r.status}">${data.statusText[r.status]}</span></div>
<div class="dp-location">${r.location || '（未填写地点）'}</div>
<div class="dp-meta muted small"><span>${data.sourceText[r.source] ?? r.source}</span><span class="mono" data-phone>${r.phone}</span><span class="mono">${r.requestNumber}</span></div>
${r.status === 'returned' ? html`<div class="dp-returned">部门退回${reason ? `：${reason}` : ''}</div>` : nothing}
${r.departmentCodes.length && r.status !== 'returned' ? html`<div class="dp-departments small">承办：${r.departmentCodes.map(lookups.deptName).join('、')}</div>` : nothing}
${c.label ? html`<div class="dp-countdown ${c.late ? 'late' : ''}" data-countdown>${c.label} ${c.text}</div>` : nothing}
</li>`;
  }

  function board(s: BoardState): void {
    render(
      BOARD_COLUMNS.map(
        (col) => html`<section class="dp-col" data-column=${col.id} aria-labelledby=${`dp-col-${col.id}`}>
<h2 id=${`dp-col-${col.id}`}>${col.label} <span class="badge dp-col-count">${s.columns[col.id].length}</span> <span class="muted small">${col.hint}</span></h2>
<ul class="dp-cards">${s.columns[col.id].map((r) => card(r, s))}</ul>
${s.columns[col.id].length ? nothing : html`<p class="muted dp-empty">暂无</p>`}
</section>`,
      ),
      $<HTMLElement>('#dp-columns'),
    );
    const total = BOARD_COLUMNS.reduce((n, col) => n + s.columns[col.id].length, 0);
    setText('#dp-count', `在办诉求 ${total} 件`);
  }

  return { board };
}
