// 明细 (drill-down) on /reports: the tickets, cases or requests behind a report row, from
// GET /api/v1/reports/{kind}/records with the row's key, laid out by the one record table (record-table) that the
// CSV and XLSX exports use too. Esc closes (the dialog's own cancel), C / X download inside the dialog.
import { html, render } from 'lit-html';
import { recordFilterOf, type RawRecordFilter } from '../../../src/reports/domain/record-query';
import { recordCountText, recordTable, type RecordList } from '../../../src/reports/domain/record-table';
import { formatCell } from '../../../src/reports/domain/report-table';
import type { ReportKind } from '../../../src/reports/domain/report-query';
import { api, ApiError, downloadApiFile, failureText } from '../lib/api';
import { $, setText, toast } from '../lib/dom';

export interface DrillSource {
  kind: ReportKind;
  hall: { code: string; name: string };
  from: string;
  to: string;
  rows: unknown[];
}

export interface RecordsDialog {
  /** Opens the records of row `index` of the shown report (-1: all of them); focus returns to `opener` on close. */
  open(report: DrillSource, index: number, label: string, opener: HTMLElement | null): void;
}

export function setupRecordsDialog(onExpired: () => void): RecordsDialog {
  const dialog = $<HTMLDialogElement>('#rp-drill');
  const csvButton = $<HTMLButtonElement>('#rp-drill-csv');
  const xlsxButton = $<HTMLButtonElement>('#rp-drill-xlsx');
  const S = { path: '', loading: 0, opener: null as HTMLElement | null };

  const url = (format?: 'csv' | 'xlsx') => `${S.path}${format ? `&format=${format}` : ''}`;

  function failed(err: unknown): void {
    if (err instanceof ApiError && err.status === 401) {
      dialog.close();
      onExpired();
    } else if (err instanceof ApiError && err.status < 500) setText('#rp-drill-error', err.message);
    else toast(failureText(err), 'error');
  }

  async function load(kind: ReportKind): Promise<void> {
    const ticket = ++S.loading;
    try {
      const list = await api<RecordList>(url());
      if (ticket !== S.loading) return;
      draw(kind, list);
    } catch (err) {
      if (ticket === S.loading) failed(err);
    }
  }

  function draw(kind: ReportKind, list: RecordList): void {
    const table = recordTable(kind, list);
    const num = (i: number) => table.formats[i] !== 'text';
    setText('#rp-drill-count', list.total ? recordCountText(list) : '没有记录');
    render(
      html`<thead><tr>${table.headers.map((h, i) => html`<th scope="col" class=${num(i) ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${row.map((v, i) => html`<td class=${num(i) ? 'num' : ''}>${formatCell(v, table.formats[i])}</td>`)}</tr>`)}</tbody>`,
      $<HTMLElement>('#rp-drill-table'),
    );
    csvButton.disabled = false;
    xlsxButton.disabled = false;
  }

  async function download(format: 'csv' | 'xlsx'): Promise<void> {
    try {
      await downloadApiFile(url(format), `records.${format}`);
    } catch (err) {
      failed(err);
    }
  }

  csvButton.addEventListener('click', () => void download('csv'));
  xlsxButton.addEventListener('click', () => void download('xlsx'));
  $('#rp-drill-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'c' && !csvButton.disabled) {
      e.preventDefault();
      void download('csv');
    } else if (key === 'x' && !xlsxButton.disabled) {
      e.preventDefault();
      void download('xlsx');
    }
  });
  dialog.addEventListener('close', () => {
    S.loading++; // a late answer does not fill a closed dialog
    S.opener?.focus();
  });

  return {
    open(report, index, label, opener) {
      // index -1: the 合计 row, every record of the period
      const row = report.rows[index] as Record<string, unknown> | undefined;
      if (!row && index !== -1) return;
      const filter: RawRecordFilter = row ? recordFilterOf(report.kind, row) : {};
      const params = new URLSearchParams({ hall: report.hall.code, from: report.from, to: report.to });
      for (const [k, v] of Object.entries(filter)) if (v !== undefined) params.set(k, v);
      S.path = `/api/v1/reports/${report.kind}/records?${params}`;
      S.opener = opener;
      setText('#rp-drill-title', `明细 · ${label}`);
      setText('#rp-drill-range', `${report.hall.name} · 统计期 ${report.from} 至 ${report.to}`);
      setText('#rp-drill-count', '加载中…');
      setText('#rp-drill-error', '');
      render(html``, $<HTMLElement>('#rp-drill-table'));
      csvButton.disabled = true;
      xlsxButton.disabled = true;
      if (!dialog.open) dialog.showModal();
      void load(report.kind);
    },
  };
}
