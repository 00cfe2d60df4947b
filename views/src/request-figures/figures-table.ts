// The figures table as rows of text, for the page and the CSV alike (the CSV holds what the table shows).
import { toCsv } from '../../../src/common/domain/csv';
import type { RequestFigure } from '../../../src/requests/domain/request-figures';
import type { RequestFiguresBy } from '../../../src/requests/domain/request-views';

const KEY_HEADER: Record<RequestFiguresBy, string> = { category: '诉求分类', department: '承办部门', week: '周（周一起）' };

export const hoursText = (h: number | null): string => (h === null ? '—' : h.toFixed(1));
export const shareText = (s: number | null): string => (s === null ? '—' : `${(Math.round(s * 1000) / 10).toFixed(1)}%`);

export function figuresHeader(by: RequestFiguresBy): string[] {
  return [KEY_HEADER[by], '诉求数', '答复用时中位数（小时）', '答复用时 P90（小时）', '按时答复率'];
}

export function figuresRows(rows: readonly RequestFigure[]): string[][] {
  return rows.map((r) => [r.name, String(r.count), hoursText(r.medianHoursToReply), hoursText(r.p90HoursToReply), shareText(r.withinLimitShare)]);
}

/** The table as CSV as Excel opens it (common/domain/csv), under a line naming the range. */
export function figuresCsv(by: RequestFiguresBy, rows: readonly RequestFigure[], range: { from: string; to: string }): string {
  return toCsv([`统计期 ${range.from} 至 ${range.to}`], [figuresHeader(by), ...figuresRows(rows)]);
}

export function figuresFileName(by: RequestFiguresBy, range: { from: string; to: string }): string {
  return `诉求统计-${KEY_HEADER[by].replace(/（.*）/, '')}-${range.from}-${range.to}.csv`;
}
