import type { AuditView } from './audit-entry';
import { actionLabel, AUDIT_KIND_LABELS, AUDIT_SUBJECT_LABELS } from './audit-labels';

/** One CSV field (RFC 4180); a leading =, +, - or @ is quoted with ' so spreadsheets don't run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const AUDIT_CSV_HEADER = ['时间', '类别', '操作人', '操作人编号', '操作', '对象类型', '对象', '详情'];

/** The rows as CSV with a BOM (so Excel reads the Chinese as UTF-8) and CRLF line ends. */
export function auditCsv(rows: readonly AuditView[]): string {
  const lines = [AUDIT_CSV_HEADER, ...rows.map((r) => [
    r.at,
    AUDIT_KIND_LABELS[r.kind] ?? r.kind,
    r.actorName,
    String(r.actorId),
    actionLabel(r.action),
    AUDIT_SUBJECT_LABELS[r.subjectType] ?? r.subjectType,
    r.subjectId,
    r.detail === null ? '' : JSON.stringify(r.detail),
  ])];
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}
