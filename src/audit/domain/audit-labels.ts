import type { AuditKind, AuditSubjectType, AuditView } from './audit-entry';

/** The audit page's words (zh-CN): actions, subject types, kinds. An unknown action shows as itself. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'hall.create': '新建大厅',
  'hall.update': '修改大厅',
  'queue.create': '新建队列',
  'queue.update': '修改队列',
  'queue.appointment-capacity': '设置预约容量',
  'report.weights': '设置考核权重',
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
  'request_category.create': '新建诉求类别',
  'request_category.update': '修改诉求类别',
  'request_category.activate': '启用诉求类别',
  'request_category.deactivate': '停用诉求类别',
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
  request_category: '诉求类别',
  report_weights: '考核权重',
};

export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  admin: '管理操作',
  personal_data: '个人信息查询',
};

/** Field names of the before/after details (an unknown field shows as itself). */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: '编号', code: '编码', name: '名称', kind: '类型', timeZone: '时区', parentHall: '所属中心', openingHours: '开放时间',
  hallCode: '大厅', number: '窗口号', queueCodes: '服务队列', username: '用户名', displayName: '姓名', roles: '角色',
  departmentCodes: '部门', hallCodes: '所属大厅', active: '启用', mustChangePassword: '须修改密码', exception: '当日安排',
  days: '全年安排', what: '查看方式', caseNumber: '办件编号', queueCode: '取号类别', promisedLimit: '承诺时限',
  statutoryLimit: '法定时限', feeFen: '收费（分）', visitsRequired: '最多到现场次数', windowMinutes: '窗口办理时长（分钟）',
  guide: '办事指南', materials: '申请材料', steps: '办理流程',
  departmentCode: '承办部门', responseHours: '响应时限（小时）', handleHours: '办结时限（小时）',
};

/** How a personal-data read was served (`detail.what`). */
export const READ_WHAT_LABELS: Readonly<Record<string, string>> = {
  detail: '打开办件详情',
  action: '办件操作后的答复',
  rectification: '差评整改的回访联系人',
};

export function fieldLabel(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

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
  const text = (side: Record<string, unknown> | null, field: string) => {
    if (!side || !(field in side)) return '';
    const value = side[field];
    return field === 'what' && typeof value === 'string' ? (READ_WHAT_LABELS[value] ?? value) : valueText(value);
  };
  return fields.map((field) => ({ field: fieldLabel(field), before: text(before, field), after: text(after, field) }));
}
