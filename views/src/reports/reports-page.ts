// 考核报表 (/reports): GET /api/v1/reports/{kind} for a hall and a period, as the one table layout the exports
// use (report-table), two charts, and the server's CSV and XLSX of the same figures.
import { html, render } from 'lit-html';
import { businessDateInZone } from '../../../src/calendar/domain/iso-date';
import { formatCell, reportTable } from '../../../src/reports/domain/report-table';
import { quickPeriods, type ReportKind } from '../../../src/reports/domain/report-query';
import type { reportsPageViewModel } from '../../../src/reports/view-models/reports-page.view-model';
import { api, ApiError, downloadApiFile, failureText } from '../lib/api';
import { $, $$, pageData, setText, toast } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { hbarChart } from '../supervision/charts';
import { toSvg } from '../supervision/svg';
import { setupRecordsDialog } from './records-dialog';
import { reportCharts } from './report-charts';

type PageData = ReturnType<typeof reportsPageViewModel>['client'];
interface Report {
  kind: ReportKind;
  title: string;
  hall: { code: string; name: string };
  from: string;
  to: string;
  rows: unknown[];
  totals: unknown;
}

/** A department head reads the department and item reports only (the server says so too: 403 REPORT_FORBIDDEN). */
const HEAD_KINDS: readonly ReportKind[] = ['departments', 'items'];

/** What names a report row: its first two text cells (window and clerk, department code and name …). */
function rowLabel(row: readonly (string | number | null)[], formats: readonly string[]): string {
  return row.filter((v, i) => formats[i] === 'text' && v !== null && v !== '').slice(0, 2).join(' ') || String(row[0] ?? '');
}

export function startReportsPage(): void {
  const data = pageData<PageData>();
  const hallSelect = $<HTMLSelectElement>('#rp-hall');
  const fromInput = $<HTMLInputElement>('#rp-from');
  const toInput = $<HTMLInputElement>('#rp-to');
  const csvButton = $<HTMLButtonElement>('#rp-csv');
  const xlsxButton = $<HTMLButtonElement>('#rp-xlsx');
  const S = { kind: 'windows' as ReportKind, allowed: data.tabs.map((t) => t.id) as ReportKind[], shown: null as Report | null, loading: 0 };

  const today = businessDateInZone(data.serverNow, data.timeZone);
  const periods = quickPeriods(today);
  const month = periods.find((p) => p.id === 'this-month')!;
  fromInput.value = month.from;
  toInput.value = month.to;
  render(periods.map((p) => html`<button type="button" data-from=${p.from} data-to=${p.to}>${p.label}</button>`), $<HTMLElement>('#rp-quick'));
  for (const b of $$<HTMLButtonElement>('#rp-quick button')) {
    b.addEventListener('click', () => {
      fromInput.value = b.dataset.from!;
      toInput.value = b.dataset.to!;
      void load();
    });
  }

  const query = (format?: 'csv' | 'xlsx') =>
    `/api/v1/reports/${S.kind}?${new URLSearchParams({ hall: hallSelect.value, from: fromInput.value, to: toInput.value, ...(format ? { format } : {}) })}`;

  function selectTab(kind: ReportKind): void {
    if (!S.allowed.includes(kind)) return;
    S.kind = kind;
    for (const tab of $$<HTMLButtonElement>('.rp-tab')) tab.setAttribute('aria-selected', String(tab.dataset.kind === kind));
    void load();
  }

  async function load(): Promise<void> {
    setText('#rp-error', '');
    if (!fromInput.value || !toInput.value) return setText('#rp-error', '请选择起止日期');
    if (fromInput.value > toInput.value) return setText('#rp-error', '开始日期不能晚于结束日期');
    const ticket = ++S.loading; // a slower earlier answer never overwrites a later one
    try {
      const report = await api<Report>(query());
      if (ticket !== S.loading) return;
      S.shown = report;
      draw(report);
    } catch (err) {
      if (ticket !== S.loading) return;
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      if (err instanceof ApiError && (err.status === 400 || err.status === 403 || err.status === 404)) return setText('#rp-error', err.message);
      toast(failureText(err), 'error');
    }
  }

  function draw(report: Report): void {
    const table = reportTable(report.kind, report);
    setText('#rp-range', `${report.hall.name} · ${table.title} · 统计期 ${report.from} 至 ${report.to}`);
    const cells = (row: (string | number | null)[]) => row.map((v, i) => formatCell(v, table.formats[i]));
    const num = (i: number) => table.formats[i] !== 'text';
    render(
      html`<thead><tr>${table.headers.map((h, i) => html`<th scope="col" class=${num(i) ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row, index) => html`<tr class="rp-row" tabindex="0" data-index=${index} aria-label=${`${rowLabel(row, table.formats)}：查看明细`}>${cells(row).map((v, i) => html`<td class=${num(i) ? 'num' : ''}>${v}</td>`)}</tr>`)}</tbody>
<tfoot><tr class="rp-table-total rp-row" tabindex="0" data-index="-1" aria-label="合计：查看统计期内全部明细">${cells(table.totals).map((v, i) => html`<td class=${num(i) ? 'num' : ''}>${v}</td>`)}</tr></tfoot>`,
      $<HTMLElement>('#rp-table'),
    );
    $('#rp-empty').hidden = table.rows.length > 0;
    $('#rp-drill-hint').hidden = table.rows.length === 0;
    csvButton.disabled = false;
    xlsxButton.disabled = false;
    const box = $('#rp-charts');
    box.replaceChildren();
    for (const c of reportCharts(report.kind, report.rows)) {
      const figure = document.createElement('figure');
      figure.className = `sv-chart-card sv-card ${c.cls}`;
      figure.append(Object.assign(document.createElement('figcaption'), { textContent: c.title }));
      if (c.rows.length) figure.append(toSvg(hbarChart({ title: c.title, rows: c.rows, unit: c.unit })));
      else figure.append(Object.assign(document.createElement('p'), { className: 'sv-empty', textContent: '统计期内没有数据' }));
      box.append(figure);
    }
  }

  async function download(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      await downloadApiFile(query(format), `report.${format}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      toast(failureText(err), 'error');
    }
  }

  // 明细: a click on a row, or Enter on a focused one; ↑ ↓ move between the rows
  const drill = setupRecordsDialog(() => signIn.show(EXPIRED_TEXT));
  const tableEl = $<HTMLElement>('#rp-table');
  const rowOf = (target: EventTarget | null) => (target as HTMLElement | null)?.closest<HTMLTableRowElement>('tr.rp-row') ?? null;
  function openRow(tr: HTMLTableRowElement): void {
    if (!S.shown) return;
    const index = Number(tr.dataset.index);
    const cells = reportTable(S.shown.kind, S.shown);
    drill.open(S.shown, index, `${cells.title} · ${index < 0 ? '合计' : rowLabel(cells.rows[index] ?? [], cells.formats)}`, tr);
  }
  tableEl.addEventListener('click', (e) => {
    const tr = rowOf(e.target);
    if (tr) openRow(tr);
  });
  tableEl.addEventListener('keydown', (e) => {
    const tr = rowOf(e.target);
    if (!tr || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openRow(tr);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const rows = $$<HTMLTableRowElement>('#rp-table tr.rp-row');
      rows[rows.indexOf(tr) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const rows = $$<HTMLTableRowElement>('#rp-table tr.rp-row');
      rows[e.key === 'Home' ? 0 : rows.length - 1]?.focus();
    }
  });

  for (const tab of $$<HTMLButtonElement>('.rp-tab')) tab.addEventListener('click', () => selectTab(tab.dataset.kind as ReportKind));
  csvButton.addEventListener('click', () => void download('csv'));
  xlsxButton.addEventListener('click', () => void download('xlsx'));
  hallSelect.addEventListener('change', () => void load());
  $('#rp-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  document.addEventListener('keydown', (e) => {
    if ($('#rp-main').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target.closest('input, select, textarea, dialog')) return;
    const tab = data.tabs.find((t) => t.key === e.key);
    if (tab) {
      e.preventDefault();
      selectTab(tab.id);
    } else if (e.key.toLowerCase() === 'c' && !csvButton.disabled) {
      e.preventDefault();
      void download('csv');
    } else if (e.key.toLowerCase() === 'x' && !xlsxButton.disabled) {
      e.preventDefault();
      void download('xlsx');
    } else if (e.key === 'ArrowDown' && !target.closest('#rp-table')) {
      // ↓ from anywhere else on the page selects the first row
      const first = $$<HTMLTableRowElement>('#rp-table tr.rp-row')[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });

  const signIn = setupSignIn({
    id: 'rp-login',
    roles: ['supervisor', 'admin', 'head'],
    refused: '考核报表仅限电子监察员、管理员或部门负责人查看',
    onSignedIn: (user) => {
      setText('#rp-user-name', user.displayName || user.username);
      const everything = user.roles.includes('supervisor') || user.roles.includes('admin');
      $('#rp-ranking-link').hidden = !everything; // 考核排名 is for supervisors and admins
      S.allowed = data.tabs.map((t) => t.id).filter((k) => everything || HEAD_KINDS.includes(k));
      for (const tab of $$<HTMLButtonElement>('.rp-tab')) tab.hidden = !S.allowed.includes(tab.dataset.kind as ReportKind);
      $('#rp-user').hidden = false;
      $('#rp-main').hidden = false;
      selectTab(S.allowed.includes(S.kind) ? S.kind : S.allowed[0]);
    },
    onSignedOut: () => {
      $('#rp-user').hidden = true;
      $('#rp-main').hidden = true;
      S.shown = null;
      render(html``, $<HTMLElement>('#rp-table'));
      $('#rp-charts').replaceChildren();
    },
  });
  $('#rp-password').addEventListener('click', () => signIn.changePassword());
  $('#rp-logout').addEventListener('click', () => signIn.signOut());
}
