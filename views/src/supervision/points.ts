// 多点可办 on the supervision page: open cases by hall (the centre and its points), and the figures of the
// points (GET /api/v1/supervision/figures/points): cases by hall and by agent, 最多跑一趟 share, with a chart.
import { html, render } from 'lit-html';
import type { HallLights } from '../../../src/supervision/domain/supervision-responses';
import { api } from '../lib/api';
import { $ } from '../lib/dom';
import { hbarChart, percent } from './charts';
import { toSvg } from './svg';

export interface PointFigures {
  byHall: Array<{ code: string; name: string; kind: string; cases: number; byAgent: number }>;
  byAgent: Array<{ userId: number; username: string; displayName: string; hallCode: string | null; cases: number; delivered: number }>;
  visits: { cases: number; averageVisits: number | null; oneVisit: number; oneVisitShare: number | null };
  totals: { cases: number; byAgent: number; delivered: number };
}

const KIND_TEXT: Record<string, string> = { centre: '中心', point: '便民服务点' };

export function drawHallLights(halls: readonly HallLights[]): void {
  render(
    html`<thead><tr><th scope="col">大厅 / 服务点</th><th scope="col" class="num">正常</th><th scope="col" class="num">黄牌</th><th scope="col" class="num">红牌</th><th scope="col" class="num">合计</th></tr></thead>
<tbody>${halls.map((h) => html`<tr data-hall=${h.code}><th scope="row">${h.name}<span class="sv-part"> ${KIND_TEXT[h.kind] ?? h.kind} ${h.code}</span></th><td class="num">${h.green}</td><td class="num">${h.yellow}</td><td class="num">${h.red + h.red_plus}</td><td class="num">${h.total}</td></tr>`)}</tbody>
<tfoot><tr class="sv-total-row"><th scope="row">合计</th><td class="num">${sum(halls, (h) => h.green)}</td><td class="num">${sum(halls, (h) => h.yellow)}</td><td class="num">${sum(halls, (h) => h.red + h.red_plus)}</td><td class="num">${sum(halls, (h) => h.total)}</td></tr></tfoot>`,
    $<HTMLElement>('#sv-hall-table'),
  );
}

export async function loadPointFigures(query: URLSearchParams): Promise<void> {
  const body = await api<PointFigures>(`/api/v1/supervision/figures/points?${query}`);
  const v = body.visits;
  render(
    html`<p class="sv-kpi" id="sv-one-visit">最多跑一趟：${percent(v.oneVisitShare)}<span class="sv-part"> ${v.oneVisit}/${v.cases} 件（已办结件，人均到场 ${v.averageVisits ?? '—'} 次；代办员跑腿不计）</span></p>
<figure class="sv-chart-card"><figcaption>各大厅、服务点受理件数</figcaption>${toSvg(hbarChart({ title: '受理件数', unit: '件', className: 'sv-series-1', rows: body.byHall.map((h) => ({ label: h.name, value: h.cases })) }))}</figure>
<table class="sv-table" id="sv-agent-table"><caption>代办员代办件数</caption>
<thead><tr><th scope="col">代办员</th><th scope="col">服务点</th><th scope="col" class="num">代办</th><th scope="col" class="num">已领取</th></tr></thead>
<tbody>${body.byAgent.length
      ? body.byAgent.map((a) => html`<tr><td>${a.displayName}</td><td class="mono">${a.hallCode ?? ''}</td><td class="num">${a.cases}</td><td class="num">${a.delivered}</td></tr>`)
      : html`<tr><td colspan="4" class="sv-muted">统计期内无代办件</td></tr>`}</tbody></table>`,
    $<HTMLElement>('#sv-points'),
  );
}

function sum<T>(list: readonly T[], of: (x: T) => number): number {
  return list.reduce((a, x) => a + of(x), 0);
}
