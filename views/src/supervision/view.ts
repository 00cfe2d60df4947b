// Drawing of the supervision page (/supervision): the light tiles, the department table, the red and yellow
// list, today's slow immediate services, the supervised cases with their notes, and the figures with their
// charts and tables. No fetching and no state here: page.ts owns those.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { FigureSet } from '../../../src/supervision/domain/figures';
import type { Light, LightCounts } from '../../../src/supervision/domain/lights';
import type { CaseCard, SupervisedCase, WarningCase } from '../../../src/supervision/domain/overview';
import type { FiguresReport, SupervisionOverview } from '../../../src/supervision/domain/supervision-responses';
import { remainingText } from '../../../src/supervision/domain/remaining-text';
import type { WindowOverrun } from '../../../src/supervision/domain/window-overrun';
import type { supervisionPageViewModel } from '../../../src/supervision/view-models/supervision-page.view-model';
import { $, setText } from '../lib/dom';
import { barChart, days, hbarChart, lineChart, percent, type ChartNode } from './charts';
import { toSvg } from './svg';

export type SupervisionData = ReturnType<typeof supervisionPageViewModel>['client'];
export type OnSupervise = (c: CaseCard) => void;

const COUNT_KEYS = ['green', 'yellow', 'red', 'red_plus', 'total'] as const;
const LEVELS = ['green', 'yellow', 'red', 'red_plus'] as const;

/** MM-DD HH:mm of a hall-local ISO time. */
const time = (iso: string | null | undefined) => (iso ? iso.slice(5, 16).replace('T', ' ') : '');
const deptNames = (c: CaseCard) => c.departments.map((d) => d.name).join('、') || '—';

const RATE_FIGURES: ReadonlyArray<{ id: 'onTime' | 'satisfaction' | 'rectification' | 'oneVisit'; label: string; part: (f: FigureSet) => string }> = [
  { id: 'onTime', label: '按时办结率', part: (f) => `${f.onTime.onTime} / ${f.onTime.decided} 件` },
  { id: 'satisfaction', label: '满意率', part: (f) => `${f.satisfaction.satisfied} / ${f.satisfaction.ratings} 条评价` },
  { id: 'rectification', label: '差评按期整改率', part: (f) => `${f.rectification.onTime} / ${f.rectification.due} 件${f.rectification.pending ? `（${f.rectification.pending} 件未到期）` : ''}` },
  { id: 'oneVisit', label: '最多跑一次率', part: (f) => `${f.oneVisit.oneVisit} / ${f.oneVisit.decided} 件` },
];
const X_TITLE: Record<FiguresReport['period'], string> = { day: '日期', week: '周（周一起）', month: '月份' };
const PERIOD_TEXT: Record<FiguresReport['period'], string> = { day: '按日', week: '按周', month: '按月' };

export function createView(data: SupervisionData) {
  const lightLabel: Record<string, string> = Object.fromEntries(data.lights.map((l) => [l.id, l.label]));
  const statusText = (s: string) => (data.statusText as Record<string, string>)[s] ?? s;

  const light = (level: string | null) => html`<i class="sv-light sv-light-${level ?? 'none'}" aria-hidden="true"></i>`;
  const lightPill = (level: string | null) => (level ? html`<span class="sv-pill sv-pill-${level}">${light(level)}${lightLabel[level] ?? level}</span>` : nothing);

  // ---- tiles (server-rendered): counts, with a short pulse on the ones that changed ---------------------
  function tiles(counts: LightCounts, previous: LightCounts | null, filter: Light | null): void {
    for (const key of COUNT_KEYS) {
      const count = $(`[data-count="${key}"]`);
      setText(count, counts[key]);
      const tile = count.closest<HTMLElement>('.sv-tile');
      if (!tile) continue;
      if (previous && previous[key] !== counts[key]) {
        tile.classList.remove('sv-bump');
        void tile.offsetWidth; // restart the animation
        tile.classList.add('sv-bump');
      }
      tile.classList.toggle('sv-zero', counts[key] === 0);
      if (tile.dataset.light) tile.setAttribute('aria-pressed', String(filter === key));
    }
  }

  function departments(rows: SupervisionOverview['departments']): void {
    render(
      rows.map(
        (d) => html`<tr class=${d.total ? '' : 'sv-idle'}><th scope="row">${d.name}</th>${LEVELS.map(
          (k) => html`<td class="num sv-cell ${d[k] ? `sv-cell-${k}` : 'sv-cell-zero'}">${d[k]}</td>`,
        )}<td class="num sv-total">${d.total}</td></tr>`,
      ),
      $<HTMLElement>('#sv-dept-rows'),
    );
  }

  function warnings(list: WarningCase[], filter: Light | null, truncated: boolean, onSupervise: OnSupervise): void {
    const shown = filter ? list.filter((c) => c.level === filter) : list;
    setText('#sv-warn-filter', filter ? `仅显示${lightLabel[filter]}（${shown.length} 件），再次点击灯色取消筛选` : `共 ${list.length} 件`);
    $('#sv-warn-empty').hidden = shown.length > 0;
    $('#sv-warn-more').hidden = !truncated;
    render(
      shown.map((c) => {
        const left = remainingText(c);
        const note = c.latestNote;
        return html`<tr class="sv-row-${c.level}" data-case-id=${c.caseId}>
<td class="col-light">${light(c.level)}<span class="sv-sr">${lightLabel[c.level ?? ''] ?? ''}</span></td>
<td class="mono">${c.caseNumber}${c.supervised ? html`<span class="sv-pill sv-pill-sup" title="督办件">督</span>` : nothing}</td>
<td>${c.itemName}<div class="sv-small sv-muted">${statusText(c.status)}</div></td>
<td>${deptNames(c)}</td>
<td>${c.assignees.join('、') || html`<span class="sv-muted">未签收</span>`}</td>
<td class="mono">${c.dueDate || '—'}</td>
<td class="sv-left ${left.tone}">${left.text}</td>
<td class="sv-note-cell">${note
          ? html`<div>${note.note}</div><div class="sv-small sv-muted">${time(note.at)} ${note.actorName ?? ''}</div>`
          : html`<span class="sv-muted">—</span>`}</td>
<td><button type="button" class="sv-btn sv-btn-small" aria-label="督办 ${c.caseNumber}" @click=${() => onSupervise(c)}>督办</button></td>
</tr>`;
      }),
      $<HTMLElement>('#sv-warn-rows'),
    );
  }

  function overruns(list: WindowOverrun[], date: string): void {
    setText('#sv-overrun-date', `${date}，超过事项规定的窗口办理时长`);
    $('#sv-overrun-empty').hidden = list.length > 0;
    render(
      list.map(
        (o) => html`<tr>
<td>${o.windowNumber === null ? '—' : `${o.windowNumber} 号`}</td>
<td class="mono">${o.ticketNumber}</td>
<td>${o.itemName}<div class="sv-small sv-muted mono">${o.caseNumber}</div></td>
<td class="mono">${time(o.startedAt).slice(6)}</td>
<td class="num">${o.minutes} 分钟</td>
<td class="num">${o.limitMinutes} 分钟</td>
<td class="num sv-late">+${o.overByMinutes} 分钟</td>
</tr>`,
      ),
      $<HTMLElement>('#sv-overrun-rows'),
    );
  }

  function supervisedState(c: SupervisedCase): TemplateResult {
    if (!c.open) return html`<span class="sv-pill sv-pill-done">已结束</span>`;
    if (!c.notes.length) return html`<span class="sv-pill">逾期自动督办</span>`;
    return c.answered ? html`<span class="sv-pill sv-pill-ok">部门已反馈</span>` : html`<span class="sv-pill sv-pill-wait">待部门反馈</span>`;
  }

  function notes(c: SupervisedCase): TemplateResult {
    if (!c.notes.length) return html`<p class="sv-muted sv-small">超过承诺时限，系统自动列入督办；尚无督办意见。</p>`;
    return html`<ol class="sv-notes">${c.notes.map(
      (n) => html`<li class="sv-note">
<div class="sv-note-head"><strong>督办意见</strong> ${time(n.at)} ${n.actorName ?? ''}${n.respondBy ? html`<span class="sv-pill">请于 ${n.respondBy} 前反馈</span>` : nothing}</div>
<p class="sv-note-text">${n.note}</p>
${n.followUps.length
  ? html`<ul class="sv-follow">${n.followUps.map(
      (f) => html`<li><span class="sv-muted mono">${time(f.at)}</span> <strong>${f.text}</strong>${f.actorName ? ` · ${f.actorName}` : ''}${f.reason ? ` ·「${f.reason}」` : ''}</li>`,
    )}</ul>`
  : html`<p class="sv-follow-none">部门尚未处理</p>`}
</li>`,
    )}</ol>`;
  }

  function supervised(list: SupervisedCase[], onSupervise: OnSupervise): void {
    $('#sv-sup-empty').hidden = list.length > 0;
    render(
      list.map((c) => {
        const left = remainingText(c);
        return html`<article class="sv-sup sv-card ${c.open ? '' : 'sv-sup-closed'}" data-case-id=${c.caseId} aria-label="督办件 ${c.caseNumber}">
<header class="sv-sup-head">
<div>
<div class="sv-sup-title"><span class="mono">${c.caseNumber}</span> ${c.itemName}</div>
<div class="sv-sup-meta">${lightPill(c.level)}<span>${statusText(c.status)}</span><span>责任部门：${deptNames(c)}</span>${c.assignees.length
          ? html`<span>经办人：${c.assignees.join('、')}</span>`
          : nothing}${c.dueDate ? html`<span>承诺办结 ${c.dueDate}</span>` : nothing}${c.open && left.text !== '—' ? html`<span class="sv-left ${left.tone}">${left.text}</span>` : nothing}</div>
</div>
<div class="sv-sup-actions">${supervisedState(c)}${c.open
          ? html`<button type="button" class="sv-btn sv-btn-small" aria-label="追加督办意见 ${c.caseNumber}" @click=${() => onSupervise(c)}>追加督办意见</button>`
          : nothing}</div>
</header>
${notes(c)}
</article>`;
      }),
      $<HTMLElement>('#sv-sup-list'),
    );
  }

  // ---- figures ----------------------------------------------------------------------------------------------
  function kpis(totals: FigureSet): void {
    const cards = RATE_FIGURES.map(
      (f) => html`<div class="sv-kpi" data-figure=${f.id}><div class="sv-kpi-label">${f.label}</div><div class="sv-kpi-value">${percent(totals[f.id].rate)}</div><div class="sv-kpi-part">${f.part(totals)}</div></div>`,
    );
    cards.splice(
      1,
      0,
      html`<div class="sv-kpi" data-figure="duration"><div class="sv-kpi-label">平均办理用时</div><div class="sv-kpi-value">${days(totals.duration.averageWorkingDays).replace(' 天', '')}<small> 个工作日</small></div><div class="sv-kpi-part">${totals.duration.cases} 件承诺件</div></div>`,
    );
    render(cards, $<HTMLElement>('#sv-kpis'));
  }

  const chartCard = (title: string, tree: ChartNode) => html`<figure class="sv-chart-card"><figcaption>${title}</figcaption>${toSvg(tree)}</figure>`;

  function figures(body: FiguresReport): void {
    setText('#sv-fig-range', `${body.from} 至 ${body.to}，${PERIOD_TEXT[body.period]}统计（${body.hall.name}，统计时间 ${time(body.generatedAt)}）`);
    kpis(body.totals);
    const labels = body.buckets.map((b) => b.label);
    const xTitle = X_TITLE[body.period];
    const cards = RATE_FIGURES.map((f, i) =>
      chartCard(f.label, lineChart({ title: f.label, labels, values: body.buckets.map((b) => b[f.id].rate), xTitle, className: `sv-series-${i}` })),
    );
    cards.splice(
      1,
      0,
      chartCard('平均办理用时（工作日）', barChart({ title: '平均办理用时', labels, values: body.buckets.map((b) => b.duration.averageWorkingDays), unit: '天', xTitle, className: 'sv-series-4' })),
    );
    cards.push(
      chartCard(
        '各事项平均办理用时（统计期合计）',
        hbarChart({ title: '各事项平均办理用时', unit: '天', className: 'sv-series-5', rows: body.totals.duration.byItem.map((i) => ({ label: i.itemName, value: i.averageWorkingDays })) }),
      ),
    );
    render(cards, $<HTMLElement>('#sv-charts'));
    figureTable(body);
    itemTable(body.totals.duration.byItem);
  }

  function figureRow(title: string, f: FigureSet, cls = ''): TemplateResult {
    return html`<tr class=${cls}><th scope="row">${title}</th>
<td>${percent(f.onTime.rate)}<span class="sv-part"> ${f.onTime.onTime}/${f.onTime.decided}</span></td>
<td>${days(f.duration.averageWorkingDays)}<span class="sv-part"> ${f.duration.cases} 件</span></td>
<td>${percent(f.satisfaction.rate)}<span class="sv-part"> ${f.satisfaction.satisfied}/${f.satisfaction.ratings}</span></td>
<td>${percent(f.rectification.rate)}<span class="sv-part"> ${f.rectification.onTime}/${f.rectification.due}</span></td>
<td>${percent(f.oneVisit.rate)}<span class="sv-part"> ${f.oneVisit.oneVisit}/${f.oneVisit.decided}</span></td>
</tr>`;
  }

  function figureTable(body: FiguresReport): void {
    render(
      html`<caption>各统计期指标（比率后为 分子/分母）</caption>
<thead><tr><th scope="col">统计期</th><th scope="col">按时办结率</th><th scope="col">平均办理用时</th><th scope="col">满意率</th><th scope="col">差评按期整改率</th><th scope="col">最多跑一次率</th></tr></thead>
<tbody>${body.buckets.map((b) => figureRow(b.title, b))}</tbody>
<tfoot>${figureRow('合计', body.totals, 'sv-total-row')}</tfoot>`,
      $<HTMLElement>('#sv-fig-table'),
    );
  }

  function itemTable(items: FigureSet['duration']['byItem']): void {
    render(
      html`<caption>各事项平均办理用时（统计期合计，受理次日起算的工作日）</caption>
<thead><tr><th scope="col">事项</th><th scope="col">编码</th><th scope="col" class="num">办结件数</th><th scope="col" class="num">平均用时（工作日）</th></tr></thead>
<tbody>${items.length
        ? items.map((i) => html`<tr><td>${i.itemName}</td><td class="mono">${i.itemCode}</td><td class="num">${i.cases}</td><td class="num">${i.averageWorkingDays}</td></tr>`)
        : html`<tr><td colspan="4" class="sv-muted">统计期内无办结的承诺件</td></tr>`}</tbody>`,
      $<HTMLElement>('#sv-item-table'),
    );
  }

  return { tiles, departments, warnings, overruns, supervised, figures };
}

export type SupervisionView = ReturnType<typeof createView>;
