import { zonedIso } from '../../calendar/domain/iso-date';

/** A row of the case trail (case_events) as the supervision page reads it. */
export interface TrailRow {
  id: number;
  caseId: number;
  action: string;
  toStatus: string;
  actorName: string | null;
  departmentCode: string | null;
  at: number;
  reason: string | null;
  payload: Record<string, unknown> | null;
}

/** What the trail's actions mean, for the supervisor reading what a department did after a 督办. */
export const ACTION_TEXT: Record<string, string> = {
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

export function actionText(action: string): string {
  return ACTION_TEXT[action] ?? action;
}

export interface FollowUp {
  at: string;
  action: string;
  text: string;
  actorName: string | null;
  departmentCode: string | null;
  status: string;
  reason: string | null;
}

export interface SupervisionNote {
  id: number;
  at: string;
  actorName: string | null;
  /** 督办意见. */
  note: string;
  /** The date the department was asked to answer by, if any. */
  respondBy: string | null;
  /** What happened on the case after this note and before the next one. */
  followUps: FollowUp[];
}

function respondByOf(payload: Record<string, unknown> | null): string | null {
  const value = payload?.deadline;
  return typeof value === 'string' ? value : null;
}

/**
 * The 督办 notes of one case, oldest first, each with the trail entries that followed it (up to the next
 * note). `trail` is the case's trail in id order.
 */
export function supervisionNotes(trail: readonly TrailRow[], timeZone: string): SupervisionNote[] {
  const notes: SupervisionNote[] = [];
  for (const row of trail) {
    if (row.action === 'supervise') {
      notes.push({ id: row.id, at: zonedIso(row.at, timeZone), actorName: row.actorName, note: row.reason ?? '', respondBy: respondByOf(row.payload), followUps: [] });
      continue;
    }
    const current = notes[notes.length - 1];
    if (!current) continue;
    current.followUps.push({
      at: zonedIso(row.at, timeZone), action: row.action, text: actionText(row.action), actorName: row.actorName,
      departmentCode: row.departmentCode, status: row.toStatus, reason: row.reason,
    });
  }
  return notes;
}

/** The latest note, for the red and yellow list. */
export function latestNote(trail: readonly TrailRow[], timeZone: string): Omit<SupervisionNote, 'followUps'> | null {
  const notes = supervisionNotes(trail, timeZone);
  const last = notes[notes.length - 1];
  if (!last) return null;
  const { followUps: _ignored, ...note } = last;
  return note;
}
