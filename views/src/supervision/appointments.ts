// 预约 on the supervision page (GET /api/v1/appointments/figures?hall=&from=&to=): booked, checked in,
// no-shows and cancellations in the figures' range, per day × queue, with the totals and the no-show share.
import { html, render } from 'lit-html';
import type { AppointmentFigures, AppointmentFiguresRow } from '../../../src/appointments/domain/appointment-figures';
import { api, ApiError } from '../lib/api';
import { $ } from '../lib/dom';
import { percent } from './charts';

export interface AppointmentFiguresReport {
  from: string;
  to: string;
  hall: string | null;
  rows: AppointmentFiguresRow[];
  totals: AppointmentFigures;
}

export async function loadAppointmentFigures(hall: string, from: string, to: string): Promise<void> {
  const host = $<HTMLElement>('#sv-appt');
  try {
    const body = await api<AppointmentFiguresReport>(`/api/v1/appointments/figures?${new URLSearchParams({ hall, from, to })}`);
    drawAppointmentFigures(host, body);
  } catch (e) {
    render(html`<p class="sv-error" role="alert">预约统计暂不可用${e instanceof ApiError && e.status === 400 ? `：${e.message}` : ''}</p>`, host);
  }
}

export function drawAppointmentFigures(host: HTMLElement, body: AppointmentFiguresReport): void {
  const t = body.totals;
  render(
    html`<p class="sv-hint">${body.from} 至 ${body.to}（按预约时段日期）</p>
<div class="sv-appt-kpis" id="sv-appt-totals">
  <div><b data-fig="booked">${t.booked}</b><span>预约</span></div>
  <div><b data-fig="checkedIn">${t.checkedIn}</b><span>已签到</span></div>
  <div><b data-fig="noShows">${t.noShows}</b><span>爽约</span></div>
  <div><b data-fig="cancelled">${t.cancelled}</b><span>已取消</span></div>
  <div><b data-fig="pending">${t.pending}</b><span>待到场</span></div>
  <div><b data-fig="noShowShare">${percent(t.noShowShare)}</b><span>爽约率</span></div>
</div>
<div class="sv-table-wrap"><table class="sv-table" id="sv-appt-table"><caption>按日期、队列</caption>
<thead><tr><th scope="col">日期</th><th scope="col">队列</th><th scope="col" class="num">预约</th><th scope="col" class="num">已签到</th><th scope="col" class="num">爽约</th><th scope="col" class="num">已取消</th><th scope="col" class="num">待到场</th><th scope="col" class="num">爽约率</th></tr></thead>
<tbody>${body.rows.length
      ? body.rows.map(
          (r) => html`<tr data-date=${r.date} data-queue=${r.queueCode}><td>${r.date}</td><td class="mono">${r.queueCode}</td><td class="num">${r.booked}</td><td class="num">${r.checkedIn}</td><td class="num">${r.noShows}</td><td class="num">${r.cancelled}</td><td class="num">${r.pending}</td><td class="num">${percent(r.noShowShare)}</td></tr>`,
        )
      : html`<tr><td colspan="8" class="sv-muted">统计期内无预约</td></tr>`}</tbody></table></div>`,
    host,
  );
}
