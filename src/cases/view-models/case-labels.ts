import type { CaseStatus } from '../../cases/domain/case-state';
import type { SuspensionType, TaskStatus } from '../../cases/domain/case-terms';
import type { ItemKind, LimitUnit } from '../../catalog/domain/catalog-terms';

/** Staff-facing words for the case pages (zh-CN). Records keyed by the domain's unions stay exhaustive. */

/** Short status names for clerks and officers (residents read STATUS_TEXT from case-timeline instead). */
export const CASE_STATUS_SHORT: Record<CaseStatus, string> = {
  received: '已收件',
  awaiting_supplement: '待补正',
  dispatched: '待签收',
  in_progress: '办理中',
  suspended: '挂起（特别程序）',
  returned: '已退回窗口',
  decided_approved: '已办结·准予',
  decided_denied: '已办结·不予',
  ready_for_pickup: '待取件',
  delivered: '已送达',
  rejected: '不予受理',
  withdrawn: '已撤回',
  archived: '已归档',
};

export const ITEM_KIND_TEXT: Record<ItemKind, string> = {
  immediate: '即办件',
  promised: '承诺件',
  joint: '联办件',
  escalated: '上报件',
  request: '诉求件',
  bundle: '一件事',
};

export const TASK_STATUS_TEXT: Record<TaskStatus | 'none', string> = {
  dispatched: '待签收',
  in_progress: '办理中',
  done: '已办结',
  transferred: '已转出',
  cancelled: '已终止',
  none: '—',
};

/** Material statuses at intake and after (supplied: a deferred one handed in later). */
export const MATERIAL_STATUS_TEXT: Record<'provided' | 'missing' | 'deferred' | 'supplied', string> = {
  provided: '已提供',
  missing: '缺',
  deferred: '容缺',
  supplied: '已补交',
};

export const SUSPENSION_TYPE_TEXT: Record<SuspensionType, string> = {
  hearing: '听证',
  inspection: '检验',
  testing: '检测',
  appraisal: '鉴定',
  expert_review: '专家评审',
  public_notice: '公示',
  site_survey: '现场勘查',
  other: '其他',
};

/** 电子监察 lights as the inbox shows them. */
export const LIGHT_TEXT: Record<'green' | 'yellow' | 'red' | 'red_plus', string> = {
  green: '绿灯：正常',
  yellow: '黄牌：临近到期',
  red: '红牌：已超承诺时限',
  red_plus: '红牌：已超法定时限',
};

export const AGENT_TYPE_TEXT: Record<'proxy' | 'assist', string> = { proxy: '代办', assist: '帮办' };

export const UNIT_TEXT: Record<LimitUnit, string> = { working_days: '个工作日', hours: '小时' };

/** 承诺 15 个工作日 · 当场办结 · 48 小时. */
export function limitText(kind: string, limit: { value: number; unit: LimitUnit }): string {
  if (kind === 'immediate' || limit.value === 0) return '当场办结';
  return `${limit.value} ${UNIT_TEXT[limit.unit]}`;
}
