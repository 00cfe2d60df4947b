import ExcelJS from 'exceljs';

/** supertest parser for a binary response (it buffers only the types it knows by itself): `.buffer(true).parse(binary)`. */
export const binary = (res: unknown, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const stream = res as NodeJS.ReadableStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** A CSV export as Excel reads it: the BOM first, then CRLF lines. */
export function csvLines(body: Buffer): { bom: boolean; lines: string[] } {
  const text = body.toString('utf8');
  return { bom: text.charCodeAt(0) === 0xfeff, lines: text.replace(/^\uFEFF/, '').replace(/\r\n$/, '').split('\r\n') };
}

/** An XLSX export read back with the library that wrote it. */
export async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as Parameters<typeof book.xlsx.load>[0]);
  return book;
}
