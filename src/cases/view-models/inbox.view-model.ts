import { CASE_EVENT_TEXT } from '../domain/case-event-text';
import type { CaseStatus } from '../../cases/domain/case-state';
import { ACTIVE_TASK_STATUSES, CaseActionId, CLOCKED_STATUSES, EXTENSION_CAP } from '../../cases/domain/case-policy';
import { SUSPENSION_TYPES, TaskStatus } from '../../cases/domain/case-terms';
import type { WorkingDayWindow } from '../../cases/domain/remaining-days';
import { AGENT_TYPE_TEXT, CASE_STATUS_SHORT, ITEM_KIND_TEXT, LIGHT_TEXT, MATERIAL_STATUS_TEXT, SUSPENSION_TYPE_TEXT, TASK_STATUS_TEXT } from './case-labels';

export type InboxForm = 'suspend' | 'extension' | 'return' | 'transfer' | 'escalate' | 'decide' | 'rejectExtension' | null;

/**
 * A back-office action's button. Whether it is enabled is not decided here: GET /cases/{id} answers
 * `actions[id].enabled` from the case policy (src/cases/domain/case-policy.ts), the rule the service applies.
 */
export interface InboxAction {
  id: CaseActionId;
  label: string;
  /** KeyboardEvent.key values (lower case) that trigger it while the case drawer is open. */
  keys: string[];
  keyHint: string;
  /** POST /api/v1/cases/{id}/{endpoint} */
  endpoint: string;
  /** The small form the action needs first, if any. */
  form: InboxForm;
  kind: 'primary' | 'normal' | 'danger';
  /** What the toast says when it worked. */
  done: string;
}

const ACTIVE: TaskStatus[] = [...ACTIVE_TASK_STATUSES];

export const INBOX_ACTIONS: InboxAction[] = [
  { id: 'claim', label: '签收', keys: ['c'], keyHint: 'C', endpoint: 'claim', form: null, kind: 'primary', done: '已签收' },
  { id: 'decide', label: '办结', keys: ['d'], keyHint: 'D', endpoint: 'decide', form: 'decide', kind: 'primary', done: '已办结' },
  { id: 'ready', label: '结果送窗口', keys: ['w'], keyHint: 'W', endpoint: 'ready-for-pickup', form: null, kind: 'primary', done: '结果已送综合窗口' },
  { id: 'suspend', label: '挂起', keys: ['s'], keyHint: 'S', endpoint: 'suspend', form: 'suspend', kind: 'normal', done: '已挂起，时限暂停' },
  { id: 'resume', label: '恢复', keys: ['r'], keyHint: 'R', endpoint: 'resume', form: null, kind: 'normal', done: '已恢复计时' },
  { id: 'extension', label: '申请延期', keys: ['e'], keyHint: 'E', endpoint: 'request-extension', form: 'extension', kind: 'normal', done: '延期申请已提交' },
  { id: 'escalate', label: '上报', keys: ['u'], keyHint: 'U', endpoint: 'escalate', form: 'escalate', kind: 'normal', done: '已登记上报' },
  { id: 'transfer', label: '转办', keys: ['t'], keyHint: 'T', endpoint: 'transfer', form: 'transfer', kind: 'normal', done: '已转办' },
  { id: 'return', label: '退回窗口', keys: ['b'], keyHint: 'B', endpoint: 'return', form: 'return', kind: 'danger', done: '已退回综合窗口' },
  { id: 'approveExtension', label: '批准延期', keys: ['y'], keyHint: 'Y', endpoint: 'approve-extension', form: null, kind: 'primary', done: '已批准延期' },
  { id: 'rejectExtension', label: '驳回延期', keys: ['n'], keyHint: 'N', endpoint: 'reject-extension', form: 'rejectExtension', kind: 'danger', done: '已驳回延期申请' },
];

/** Status filters of the list; `tasks` keeps only cases where this department's task is in one of them. */
export const INBOX_FILTERS: Array<{ id: string; label: string; statuses: CaseStatus[]; tasks: Array<TaskStatus> | null }> = [
  { id: 'open', label: '在办（全部）', statuses: [...CLOCKED_STATUSES], tasks: ACTIVE },
  { id: 'dispatched', label: '待签收', statuses: ['dispatched', 'in_progress'], tasks: ['dispatched'] },
  { id: 'in_progress', label: '办理中', statuses: ['in_progress'], tasks: ['in_progress'] },
  { id: 'suspended', label: '挂起', statuses: ['suspended'], tasks: ACTIVE },
  { id: 'decided', label: '已办结，待送窗口', statuses: ['decided_approved', 'decided_denied'], tasks: null },
  { id: 'all', label: '全部办件', statuses: [], tasks: null },
];

export const LIGHT_FILTERS = [
  { id: '', label: '全部灯色' },
  { id: 'green', label: '绿灯' },
  { id: 'yellow', label: '黄牌' },
  { id: 'red', label: '红牌（含超法定时限）' },
];


export interface InboxSource {
  /** The department in the path, or null for /inbox (the page asks). */
  department: string | null;
  departments: Array<{ code: string; name: string }>;
  /** Today in the hall's zone by the server's clock, and the working days around it (server calendar). */
  today: string;
  workingDays: WorkingDayWindow;
}

/** The back-office inbox (后台办件箱) of one department. */
export function inboxViewModel(src: InboxSource) {
  const name = src.departments.find((d) => d.code === src.department)?.name ?? null;
  const shortcuts = [
    { keyHint: '↑ / ↓', label: '选择办件' },
    { keyHint: 'Enter', label: '打开办件' },
    { keyHint: 'Esc', label: '关闭' },
    { keyHint: '/', label: '搜索' },
    ...INBOX_ACTIONS.map((a) => ({ keyHint: a.keyHint, label: a.label })),
  ];
  return {
    title: name ? `${name} · 后台办件箱` : '后台办件箱',
    departmentName: name,
    filters: INBOX_FILTERS.map((f) => ({ id: f.id, label: f.label })),
    lights: LIGHT_FILTERS,
    actions: INBOX_ACTIONS.map((a) => ({ id: a.id, label: a.label, keyHint: a.keyHint, kind: a.kind })),
    shortcuts,
    client: {
      department: src.department,
      departments: src.departments,
      today: src.today,
      workingDays: src.workingDays,
      actions: INBOX_ACTIONS,
      filters: INBOX_FILTERS,
      extensionCap: EXTENSION_CAP,
      statusText: CASE_STATUS_SHORT,
      taskStatusText: TASK_STATUS_TEXT,
      kindText: ITEM_KIND_TEXT,
      lightText: LIGHT_TEXT,
      materialStatusText: MATERIAL_STATUS_TEXT,
      suspensionText: SUSPENSION_TYPE_TEXT,
      suspensionTypes: SUSPENSION_TYPES.map((t) => ({ id: t, label: SUSPENSION_TYPE_TEXT[t] })),
      agentTypeText: AGENT_TYPE_TEXT,
      eventText: CASE_EVENT_TEXT,
    },
  };
}

/** The working days of [from, to] by the server's calendar, so the page counts remaining days without guessing. */
export function workingDaysAround(today: string, before: number, after: number, isWorkingDay: (date: string) => boolean): WorkingDayWindow {
  const at = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
  const days: string[] = [];
  for (let i = -before; i <= after; i++) if (isWorkingDay(at(i))) days.push(at(i));
  return { from: at(-before), to: at(after), days };
}
