import type { CsvCell } from '../../common/domain/csv';
import type { DepartmentReportRow, DepartmentReportTotals } from './department-report';
import type { HallReportRow, HallReportTotals } from './hall-report';
import type { ItemReportRow, ItemReportTotals } from './item-report';
import type { ReportKind } from './report-query';
import type { WindowReportRow, WindowReportTotals } from './window-report';

/**
 * How a report is laid out as a table: its Chinese headers, each cell's value and number format. The screen, the
 * CSV and the XLSX all read this one layout, so an export shows the numbers of the screen. Pure.
 */

export type CellFormat = 'text' | 'int' | 'share' | 'decimal1' | 'decimal2';

export interface ReportColumn<R, T> {
  header: string;
  format: CellFormat;
  /** The cell of a row. */
  value: (row: R) => string | number | null;
  /** The cell of the totals row; columns naming the row (window, clerk, department) leave it out. */
  total?: (totals: T) => string | number | null;
}

export interface ReportTable {
  title: string;
  headers: string[];
  formats: CellFormat[];
  rows: (string | number | null)[][];
  /** 合计 in the first column, then the totals (blank where a column names a row); empty for a table without totals. */
  totals: (string | number | null)[];
}

const WINDOW_COLUMNS: ReportColumn<WindowReportRow, WindowReportTotals>[] = [
  { header: '窗口号', format: 'int', value: (r) => r.windowNumber },
  { header: '窗口名称', format: 'text', value: (r) => r.windowName },
  { header: '工作人员', format: 'text', value: (r) => r.clerk.displayName },
  { header: '账号', format: 'text', value: (r) => r.clerk.username },
  { header: '办结人次', format: 'int', value: (r) => r.served, total: (t) => t.served },
  { header: '过号人次', format: 'int', value: (r) => r.noShows, total: (t) => t.noShows },
  { header: '过号率', format: 'share', value: (r) => r.noShowShare, total: (t) => t.noShowShare },
  { header: '平均等候(分钟)', format: 'decimal1', value: (r) => r.averageWaitMinutes, total: (t) => t.averageWaitMinutes },
  { header: '平均办理(分钟)', format: 'decimal1', value: (r) => r.averageServiceMinutes, total: (t) => t.averageServiceMinutes },
  { header: '评价数', format: 'int', value: (r) => r.ratings.count, total: (t) => t.ratings.count },
  { header: '平均评分', format: 'decimal2', value: (r) => r.ratings.average, total: (t) => t.ratings.average },
  { header: '差评数', format: 'int', value: (r) => r.ratings.bad, total: (t) => t.ratings.bad },
];

const DEPARTMENT_COLUMNS: ReportColumn<DepartmentReportRow, DepartmentReportTotals>[] = [
  { header: '部门代码', format: 'text', value: (r) => r.departmentCode },
  { header: '部门', format: 'text', value: (r) => r.departmentName },
  { header: '办结件数', format: 'int', value: (r) => r.casesDecided, total: (t) => t.casesDecided },
  { header: '按时办结率', format: 'share', value: (r) => r.onTimeShare, total: (t) => t.onTimeShare },
  { header: '平均办理工作日', format: 'decimal1', value: (r) => r.averageWorkingDays, total: (t) => t.averageWorkingDays },
  { header: '满意率', format: 'share', value: (r) => r.satisfactionShare, total: (t) => t.satisfactionShare },
  { header: '差评数', format: 'int', value: (r) => r.badReviews, total: (t) => t.badReviews },
  { header: '差评按时整改数', format: 'int', value: (r) => r.badReviewsRectifiedOnTime, total: (t) => t.badReviewsRectifiedOnTime },
  { header: '件均跑动次数', format: 'decimal2', value: (r) => r.visitsPerCase, total: (t) => t.visitsPerCase },
];

const ITEM_COLUMNS: ReportColumn<ItemReportRow, ItemReportTotals>[] = [
  { header: '事项编码', format: 'text', value: (r) => r.itemCode },
  { header: '事项名称', format: 'text', value: (r) => r.itemName },
  { header: '承办部门', format: 'text', value: (r) => r.departmentNames },
  { header: '办结件数', format: 'int', value: (r) => r.casesDecided, total: (t) => t.casesDecided },
  { header: '按时办结率', format: 'share', value: (r) => r.onTimeShare, total: (t) => t.onTimeShare },
  { header: '平均办理工作日', format: 'decimal1', value: (r) => r.averageWorkingDays, total: (t) => t.averageWorkingDays },
  { header: '件均跑动次数', format: 'decimal2', value: (r) => r.visitsPerCase, total: (t) => t.visitsPerCase },
  { header: '评价数', format: 'int', value: (r) => r.ratings, total: (t) => t.ratings },
  { header: '满意率', format: 'share', value: (r) => r.satisfactionShare, total: (t) => t.satisfactionShare },
  { header: '差评数', format: 'int', value: (r) => r.badReviews, total: (t) => t.badReviews },
];

const REQUEST_COLUMNS: ReportColumn<RequestReportRow, RequestReportTotals>[] = [
  { header: '类别代码', format: 'text', value: (r) => r.categoryCode },
  { header: '诉求类别', format: 'text', value: (r) => r.categoryName },
  { header: '诉求件数', format: 'int', value: (r) => r.count, total: (t) => t.count },
  { header: '回复用时中位数(小时)', format: 'decimal1', value: (r) => r.medianHoursToReply, total: (t) => t.medianHoursToReply },
  { header: '回复用时P90(小时)', format: 'decimal1', value: (r) => r.p90HoursToReply, total: (t) => t.p90HoursToReply },
  { header: '按时回复率', format: 'share', value: (r) => r.withinLimitShare, total: (t) => t.withinLimitShare },
];

const HALL_COLUMNS: ReportColumn<HallReportRow, HallReportTotals>[] = [
  { header: '代码', format: 'text', value: (r) => r.hallCode },
  { header: '中心/服务点', format: 'text', value: (r) => r.hallName },
  { header: '类型', format: 'text', value: (r) => r.kindName },
  { header: '办结人次', format: 'int', value: (r) => r.ticketsServed, total: (t) => t.ticketsServed },
  { header: '过号人次', format: 'int', value: (r) => r.noShows, total: (t) => t.noShows },
  { header: '平均等候(分钟)', format: 'decimal1', value: (r) => r.averageWaitMinutes, total: (t) => t.averageWaitMinutes },
  { header: '受理件数', format: 'int', value: (r) => r.casesReceived, total: (t) => t.casesReceived },
  { header: '办结件数', format: 'int', value: (r) => r.casesDecided, total: (t) => t.casesDecided },
  { header: '按时办结率', format: 'share', value: (r) => r.onTimeShare, total: (t) => t.onTimeShare },
  { header: '件均跑动次数', format: 'decimal2', value: (r) => r.visitsPerCase, total: (t) => t.visitsPerCase },
  { header: '诉求件数', format: 'int', value: (r) => r.requests, total: (t) => t.requests },
];

/** A row of the request report: the request figures of one category. */
export interface RequestReportRow extends RequestReportTotals {
  categoryCode: string;
  categoryName: string;
}

export interface RequestReportTotals {
  count: number;
  medianHoursToReply: number | null;
  p90HoursToReply: number | null;
  withinLimitShare: number | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one layout per kind, each typed above
const LAYOUTS: Record<ReportKind, { title: string; columns: ReportColumn<any, any>[] }> = {
  windows: { title: '窗口与人员考核', columns: WINDOW_COLUMNS },
  departments: { title: '部门考核', columns: DEPARTMENT_COLUMNS },
  items: { title: '事项统计', columns: ITEM_COLUMNS },
  requests: { title: '诉求办理', columns: REQUEST_COLUMNS },
  halls: { title: '中心与便民服务点', columns: HALL_COLUMNS },
};

export function reportTable(kind: ReportKind, report: { rows: readonly unknown[]; totals: unknown }): ReportTable {
  const layout = LAYOUTS[kind];
  const { columns } = layout;
  return {
    title: layout.title,
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => c.format),
    rows: report.rows.map((row) => columns.map((c) => c.value(row))),
    totals: columns.map((c, i) => (c.total ? c.total(report.totals) : i === 0 ? '合计' : null)),
  };
}

/** A cell as the screen and the CSV show it: shares as percentages with one decimal, blanks for no figure. */
export function formatCell(value: string | number | null, format: CellFormat): CsvCell {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (format) {
    case 'share': return `${(value * 100).toFixed(1)}%`;
    case 'decimal1': return value.toFixed(1);
    case 'decimal2': return value.toFixed(2);
    default: return value;
  }
}

/** The table as CSV cells: header row separate, then rows, then the totals row. */
export function tableCells(table: ReportTable): { headers: string[]; rows: CsvCell[][] } {
  const fmt = (row: (string | number | null)[]) => row.map((v, i) => formatCell(v, table.formats[i]));
  return { headers: table.headers, rows: [...table.rows.map(fmt), ...(table.totals.length ? [fmt(table.totals)] : [])] };
}
