/** What each action of the case trail (case_events.action) means, for every staff page that shows the trail. */
export const CASE_EVENT_TEXT: Record<string, string> = {
  receive: '收件',
  notify: '一次性告知补正',
  supplement: '补齐材料',
  accept: '受理',
  dispatch: '派单',
  reject: '不予受理',
  complete: '即办办结',
  claim: '签收',
  suspend: '启动特别程序（中止计时）',
  resume: '恢复办理',
  request_extension: '申请延期',
  approve_extension: '批准延期',
  reject_extension: '驳回延期',
  return: '退回窗口',
  transfer: '转办',
  escalate: '上报',
  task_decided: '本部门办结',
  decide: '办结',
  ready: '待取件',
  deliver: '送达',
  withdraw: '申请人撤回',
  supervise: '督办',
};

export function caseEventText(action: string): string {
  return CASE_EVENT_TEXT[action] ?? action;
}
