import type { Response } from 'express';
import { toCsv } from '../common/domain/csv';
import { ReportTable, tableCells } from './domain/report-table';
import { toXlsx } from './xlsx';

/** An export's file name: `base` with the Chinese title goes in `filename*` (RFC 5987), `ascii` in `filename` for old clients. */
export interface ExportName {
  base: string;
  ascii: string;
}

function attachment(res: Response, name: ExportName, extension: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${name.ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${name.base}.${extension}`)}`);
}

/** One table as CSV: UTF-8 with a BOM (Excel keeps the Chinese), CRLF, RFC 4180 quoting. */
function sendCsv(res: Response, table: ReportTable, name: ExportName): void {
  const { headers, rows } = tableCells(table);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  attachment(res, name, 'csv');
  res.send(toCsv(headers, rows));
}

/** Tables as one workbook, a sheet each. */
async function sendXlsx(res: Response, tables: readonly ReportTable[], name: ExportName, subtitle: string): Promise<void> {
  res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  attachment(res, name, 'xlsx');
  res.send(await toXlsx(tables, { subtitle }));
}

/** An export in its format: the CSV holds one table (`csv`), the workbook a sheet per table (`xlsx`). */
export function sendExport(res: Response, format: 'csv' | 'xlsx', tables: { csv: ReportTable; xlsx: readonly ReportTable[] }, name: ExportName, subtitle: string): Promise<void> | void {
  return format === 'csv' ? sendCsv(res, tables.csv, name) : sendXlsx(res, tables.xlsx, name, subtitle);
}
