import ExcelJS from 'exceljs';
import type { CellFormat, ReportTable } from './domain/report-table';

/** Excel number formats matching formatCell: the workbook shows the numbers of the screen. */
const NUM_FMT: Record<CellFormat, string | undefined> = { text: undefined, int: '0', share: '0.0%', decimal1: '0.0', decimal2: '0.00' };

/** A real workbook, one sheet per table: Chinese headers (bold, frozen), typed numbers, the 合计 row last (when the table has one). */
export async function toXlsx(tables: readonly ReportTable[], meta: { subtitle: string }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'OneWindow';
  const used = new Set<string>();
  for (const table of tables) {
    let name = table.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    for (let i = 2; used.has(name); i++) name = `${table.title.slice(0, 28)}(${i})`;
    used.add(name);
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([`${table.title}\u3000${meta.subtitle}`]).font = { bold: true, size: 13 };
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    if (table.totals.length) sheet.addRow(table.totals).font = { bold: true };
    table.formats.forEach((format, i) => {
      const column = sheet.getColumn(i + 1);
      if (NUM_FMT[format]) column.numFmt = NUM_FMT[format]!;
      column.width = Math.min(40, Math.max(8, ...[table.headers[i], ...table.rows.map((r) => r[i])].map((v) => String(v ?? '').length * 2 + 2)));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
