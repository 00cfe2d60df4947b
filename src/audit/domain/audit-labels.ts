import type { AuditKind, AuditSubjectType, AuditView } from './audit-entry';

/** The audit page's words (zh-CN): actions, subject types, kinds. An unknown action shows as itself. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'hall.create': '新建大厅',
  'hall.update': '修改大厅',
  'queue.create': '新建队列',
  'queue.update': '修改队列',
  'window.create': '新建窗口',
  'window.update': '修改窗口',
  'department.create': '新建部门',
  'department.update': '修改部门',
  'item.create': '新建事项',
  'item.update': '修改事项',
  'item.activate': '启用事项',
  'item.deactivate': '停用事项',
  'user.create': '新建账号',
  'user.update': '修改账号',
  'user.activate': '启用账号',
  'user.deactivate': '停用账号',
  'user.reset-password': '重置密码',
  'device.create': '新建设备',
  'device.update': '修改设备',
  'device.pairing-code': '生成配对码',
  'device.pair': '设备配对',
  'device.revoke': '吊销设备',
  'calendar.set-day': '设置日历日期',
  'calendar.clear-day': '恢复日历日期',
  'calendar.import-year': '导入年度日历',
  'case.read': '查看办件个人信息',
};

export const AUDIT_SUBJECT_LABELS: Readonly<Record<AuditSubjectType, string>> = {
  hall: '大厅',
  queue: '队列',
  window: '窗口',
  department: '部门',
  user: '账号',
  device: '设备',
  item: '事项',
  case: '办件',
  calendar: '工作日历',
};

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  admin: '管理操作',
  personal_data: '个人信息查询',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function subjectLabel(entry: Pick<AuditView, 'subjectType' | 'subjectId'>): string {
  return `${AUDIT_SUBJECT_LABELS[entry.subjectType] ?? entry.subjectType} ${entry.subjectId}`;
}

/** A detail value as one line of text. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value === '' ? '（空）' : value;
  return JSON.stringify(value);
}

export interface DiffLine {
  field: string;
  before: string;
  after: string;
}

/** `{before, after}` as one line per field (a creation has only `after`, a read has neither: its fields show as `after`). */
export function diffLines(detail: Record<string, unknown> | null): DiffLine[] {
  if (!detail) return [];
  const isChange = 'before' in detail || 'after' in detail;
  const before = (isChange ? detail.before : null) as Record<string, unknown> | null;
  const after = (isChange ? detail.after : detail) as Record<string, unknown> | null;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields.map((field) => ({
    field,
    before: before && field in before ? valueText(before[field]) : '',
    after: after && field in after ? valueText(after[field]) : '',
  }));
}
