import { formatCaseNumber } from '../../cases/domain/case-number';
import type { RequestStatus } from './request-state';

/** What a resident reads for each status (the public status page and notices). */
export const REQUEST_STATUS_TEXT: Record<RequestStatus, string> = {
  reported: '已受理，等待派单',
  dispatched: '已派至承办部门',
  in_progress: '承办部门正在处理',
  replied: '已答复',
  closed: '已办结',
  returned: '重新派单中',
};

/** `S` + hall + date + serial: `STC202612030001` (a case number with an S in front, so the two never collide). */
export function formatRequestNumber(hallCode: string, businessDate: string, serial: number): string {
  return `S${formatCaseNumber(hallCode, businessDate, serial)}`;
}

/** A trail row as the public timeline may show it: what happened, never who (no names, phones or notes). */
export interface RequestTrailRow {
  at: number;
  action: string;
  toStatus: RequestStatus;
  departmentName?: string | null;
}

const ACTION_TEXT: Record<string, (row: RequestTrailRow) => string> = {
  report: () => '诉求已登记',
  dispatch: (r) => `已派至${r.departmentName ?? '承办部门'}`,
  claim: (r) => `${r.departmentName ?? '承办部门'}已接单`,
  reply: (r) => `${r.departmentName ?? '承办部门'}已答复`,
  return: () => '承办部门退回，重新派单中',
  close: () => '已办结',
  auto_close: () => '答复后 3 日无异议，已办结',
  revisit: () => '已回访',
};

/** The resident's timeline: one line per step, in order, in plain words. */
export function publicTimeline(rows: readonly RequestTrailRow[]): Array<{ at: number; status: RequestStatus; text: string }> {
  return [...rows]
    .sort((a, b) => a.at - b.at)
    .map((r) => ({ at: r.at, status: r.toStatus, text: (ACTION_TEXT[r.action] ?? (() => REQUEST_STATUS_TEXT[r.toStatus]))(r) }));
}
