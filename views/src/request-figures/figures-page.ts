// 诉求统计 (/requests/figures): GET /api/v1/requests/figures for a date range and a grouping, as a table,
// three bar charts (median and p90 hours to reply, share within limit) and a CSV of the table.
import { html, render } from 'lit-html';
import { addDays, businessDateInZone } from '../../../src/calendar/domain/iso-date';
import type { RequestFigure } from '../../../src/requests/domain/request-figures';
import type { RequestFiguresBy } from '../../../src/requests/domain/request-views';
import type { requestFiguresViewModel } from '../../../src/requests/view-models/staff-request-pages.view-model';
import { api, ApiError, failureText } from '../lib/api';
import { $, pageData, setText, toast } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { hbarChart } from '../supervision/charts';
import { toSvg } from '../supervision/svg';
import { figuresCsv, figuresFileName, figuresHeader, figuresRows } from './figures-table';

type FiguresData = ReturnType<typeof requestFiguresViewModel>['client'];
const DEFAULT_DAYS = 30; // the server's default range: the last 30 days

export function startFiguresPage(): void {
  const data = pageData<FiguresData>();
  const fromInput = $<HTMLInputElement>('#rf-from');
  const toInput = $<HTMLInputElement>('#rf-to');
  const csvButton = $<HTMLButtonElement>('#rf-csv');
  const S = { shown: null as { by: RequestFiguresBy; rows: RequestFigure[]; range: { from: string; to: string } } | null };

  const today = businessDateInZone(data.serverNow, data.timeZone);
  toInput.value = today;
  fromInput.value = addDays(today, -(DEFAULT_DAYS - 1));
  const by = () => (document.querySelector<HTMLInputElement>('input[name="by"]:checked')?.value ?? 'category') as RequestFiguresBy;

  async function load(): Promise<void> {
    const range = { from: fromInput.value, to: toInput.value };
    setText('#rf-error', '');
    if (!range.from || !range.to) return setText('#rf-error', '请选择起止日期');
    if (range.from > range.to) return setText('#rf-error', '开始日期不能晚于结束日期');
    const grouping = by();
    try {
      const rows = await api<RequestFigure[]>(`/api/v1/requests/figures?${new URLSearchParams({ ...range, by: grouping })}`);
      S.shown = { by: grouping, rows, range };
      draw();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      if (err instanceof ApiError && err.status === 400) return setText('#rf-error', err.message);
      toast(failureText(err), 'error');
    }
  }

  function draw(): void {
    const s = S.shown;
    if (!s) return;
    setText('#rf-range', `统计期 ${s.range.from} 至 ${s.range.to}，共 ${s.rows.reduce((n, r) => n + r.count, 0)} 件`);
    const header = figuresHeader(s.by);
    render(
      html`<thead><tr>${header.map((h, i) => html`<th scope="col" class=${i ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${figuresRows(s.rows).map((row) => html`<tr>${row.map((v, i) => (i ? html`<td class="num">${v}</td>` : html`<th scope="row">${v}</th>`))}</tr>`)}</tbody>`,
      $<HTMLElement>('#rf-table'),
    );
    $('#rf-empty').hidden = s.rows.length > 0;
    csvButton.disabled = s.rows.length === 0;
    drawCharts(s.rows);
  }

  function drawCharts(rows: RequestFigure[]): void {
    const box = $('#rf-charts');
    box.replaceChildren();
    if (!rows.length) return;
    const bars = (pick: (r: RequestFigure) => number | null, scale = 1) =>
      rows.flatMap((r) => (pick(r) === null ? [] : [{ label: r.name, value: Math.round(pick(r)! * scale * 10) / 10 }]));
    const charts = [
      { title: '答复用时中位数（小时）', cls: 'rf-median', rows: bars((r) => r.medianHoursToReply), unit: '小时' },
      { title: '答复用时 P90（小时）', cls: 'rf-p90', rows: bars((r) => r.p90HoursToReply), unit: '小时' },
      { title: '按时答复率（%）', cls: 'rf-share', rows: bars((r) => r.withinLimitShare, 100), unit: '%' },
    ];
    for (const c of charts) {
      const figure = document.createElement('figure');
      figure.className = `sv-chart-card sv-card ${c.cls}`;
      const caption = document.createElement('figcaption');
      caption.textContent = c.title;
      figure.append(caption);
      if (c.rows.length) figure.append(toSvg(hbarChart({ title: c.title, rows: c.rows, unit: c.unit })));
      else figure.append(Object.assign(document.createElement('p'), { className: 'sv-empty', textContent: '统计期内尚无已答复的诉求' }));
      box.append(figure);
    }
  }

  csvButton.addEventListener('click', () => {
    const s = S.shown;
    if (!s) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([figuresCsv(s.by, s.rows, s.range)], { type: 'text/csv;charset=utf-8' }));
    link.download = figuresFileName(s.by, s.range);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  $('#rf-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="by"]')) radio.addEventListener('change', () => void load());

  const signIn = setupSignIn({
    id: 'rf-login',
    roles: ['dispatcher', 'supervisor', 'admin'],
    refused: '诉求统计仅限调度员、电子监察员或管理员查看',
    onSignedIn: (user) => {
      setText('#rf-user-name', user.displayName || user.username);
      $('#rf-user').hidden = false;
      $('#rf-main').hidden = false;
      void load();
    },
    onSignedOut: () => {
      $('#rf-user').hidden = true;
      $('#rf-main').hidden = true;
    },
  });
  $('#rf-password').addEventListener('click', () => signIn.changePassword());
  $('#rf-logout').addEventListener('click', () => signIn.signOut());
}
