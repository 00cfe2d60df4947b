import { toCsv } from '../../common/domain/csv';
import type { AuditView } from './audit-entry';
import { actionLabel, AUDIT_KIND_LABELS, AUDIT_SUBJECT_LABELS } from './audit-labels';

export const AUDIT_CSV_HEADER = ['时间', '类别', '操作人', '操作人编号', '操作', '对象类型', '对象', '详情'];

/** The rows as CSV as Excel opens it (common/domain/csv). */
export function auditCsv(rows: readonly AuditView[]): string {
  return toCsv(AUDIT_CSV_HEADER, rows.map((r) => [
    r.at,
    AUDIT_KIND_LABELS[r.kind] ?? r.kind,
    r.actorName,
    String(r.actorId),
    actionLabel(r.action),
    AUDIT_SUBJECT_LABELS[r.subjectType] ?? r.subjectType,
    r.subjectId,
    r.detail === null ? '' : JSON.stringify(r.detail),
  ]));
}
