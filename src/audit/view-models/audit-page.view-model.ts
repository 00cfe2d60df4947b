import { AUDIT_KIND_LABELS, AUDIT_SUBJECT_LABELS } from '../domain/audit-labels';
import { AUDIT_KINDS, AUDIT_SUBJECT_TYPES } from '../domain/audit-entry';

/** The audit page (留痕查询): filter options; the page holds no entries, its script signs in as admin and reads the API. */
export function auditPageViewModel(today: string) {
  return {
    title: '操作与个人信息查询留痕',
    today,
    kindOptions: [{ value: '', label: '全部类别' }, ...AUDIT_KINDS.map((k) => ({ value: k, label: AUDIT_KIND_LABELS[k] }))],
    subjectOptions: [{ value: '', label: '全部对象' }, ...AUDIT_SUBJECT_TYPES.map((s) => ({ value: s, label: AUDIT_SUBJECT_LABELS[s] }))],
    client: { today },
  };
}
