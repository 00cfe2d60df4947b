/** CSV as Excel opens it: UTF-8 with a byte-order mark (Chinese stays intact), CRLF rows, RFC 4180 quoting. Pure. */

export type CsvCell = string | number | boolean | null | undefined;

export const UTF8_BOM = '\uFEFF';

/** Characters that make a spreadsheet read a text cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell's text. Numbers are written plainly (no thousands separators); empty for null/undefined.
 * Text that a spreadsheet would run as a formula gets a leading apostrophe, the usual defence, since names and
 * descriptions come from residents.
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table with a header row; rows are arrays in header order. */
export function toCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
