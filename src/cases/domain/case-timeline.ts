import { pickupText } from './pickup';

/** What the resident reads for each recorded step (plain Chinese, no staff names, no personal data). */
export interface TimelineEvent {
  action: string;
  toStatus: string;
  at: number;
  reason: string | null;
  payload: Record<string, unknown> | null;
}

export const STATUS_TEXT: Record<string, string> = {
  received: '已收件',
  awaiting_supplement: '待补正材料',
  dispatched: '已受理，待部门办理',
  in_progress: '办理中',
  suspended: '特别程序中（时限暂停）',
  returned: '退回窗口，待补充材料',
  decided_approved: '已办结（准予）',
  decided_denied: '已办结（不予）',
  ready_for_pickup: '结果已到综合窗口，请携带身份证领取',
  delivered: '已送达',
  rejected: '不予受理',
  withdrawn: '已撤回',
  archived: '已归档',
};

const SUSPENSION_TEXT: Record<string, string> = {
  hearing: '听证', inspection: '检验', testing: '检测', appraisal: '鉴定', expert_review: '专家评审',
  public_notice: '公示', site_survey: '现场勘查', other: '特别程序',
};

const list = (value: unknown) => (Array.isArray(value) ? value.join('、') : '');

/** One line of the public timeline, or null for steps the resident does not need to see. */
export function timelineText(e: TimelineEvent, departmentNames: Record<string, string>): string | null {
  const p = e.payload ?? {};
  const dept = (code: unknown) => departmentNames[String(code)] ?? String(code ?? '');
  switch (e.action) {
    case 'receive':
      return '综合窗口已收件';
    case 'notify':
      return `一次性告知：请补齐 ${list(p.missingNames)}`;
    case 'supplement':
      return p.complete ? '材料已补齐' : `已补交 ${list(p.suppliedNames)}`;
    case 'accept':
      return `已受理，承诺于 ${String(p.dueDate ?? '')} 前办结${p.deferredNames && list(p.deferredNames) ? `（容缺：${list(p.deferredNames)}，请于 ${String(p.supplyDueDate)} 前补交）` : ''}`;
    case 'dispatch':
      return `已派单至 ${list((p.departments as string[] | undefined)?.map(dept))}`;
    case 'claim':
      return `${dept(p.department)} 开始办理`;
    case 'suspend':
      return `进入特别程序（${SUSPENSION_TEXT[String(p.type)] ?? '特别程序'}），办理时限暂停：${e.reason ?? ''}`;
    case 'resume':
      return '特别程序结束，恢复计时';
    case 'approve_extension':
      return `延期 ${String(p.days)} 个工作日（${e.reason ?? ''}），新的办结时限 ${String(p.dueDate ?? '')}`;
    case 'return':
      return `退回综合窗口：${e.reason ?? ''}`;
    case 'transfer':
      return `转至 ${dept(p.to)} 办理`;
    case 'escalate':
      return `已上报 ${String(p.body ?? '上级部门')} 审批`;
    case 'task_decided':
      return `${dept(p.department)} 已办理完毕`;
    case 'decide':
    case 'complete':
      return e.toStatus === 'decided_denied' ? `办结：不予批准（${e.reason ?? ''}）` : '办结：准予';
    case 'bundle_dispatch': {
      const parts = Array.isArray(p.parts) ? (p.parts as Array<{ itemName?: unknown }>) : [];
      return `一件事分 ${parts.length} 项办理：${parts.map((x) => String(x.itemName ?? '')).join('、')}`;
    }
    case 'bundle_decided':
      return `一件事全部办结（${e.reason ?? ''}）`;
    case 'ready':
      return '结果已送达综合窗口，请携带身份证领取';
    case 'deliver':
      return p.method === 'post' ? `结果已邮寄（运单号 ${String(p.trackingNo ?? '')}）` : pickupText(p.collectedBy as { name?: unknown } | undefined);
    case 'reject':
      return `不予受理：${e.reason ?? ''}`;
    case 'withdraw':
      return '申请人已撤回申请';
    default:
      return null;
  }
}
