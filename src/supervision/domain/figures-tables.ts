import type { CellFormat, ReportTable } from '../../reports/domain/report-table';
import type { FigureSet, FiguresSeries } from './figures';
import type { Bucket } from './periods';

/**
 * The supervision figures as tables for CSV and XLSX, in the one layout the reports use (report-table): one row
 * per period bucket with the range's totals last, then the working days per item; the 多点可办 figures by hall
 * and by agent. Pure.
 */

interface Column<R> {
  header: string;
  format: CellFormat;
  value: (row: R) => string | number | null;
}

function table<R>(title: string, columns: readonly Column<R>[], rows: readonly R[], totals?: R): ReportTable {
  return {
    title,
    headers: columns.map((c) => c.header),
    formats: columns.map((c) => c.format),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
    totals: totals ? columns.map((c, i) => (i === 0 ? '合计' : c.value(totals))) : [],
  };
}

const FIGURE_COLUMNS: Column<Partial<Bucket> & FigureSet>[] = [
  { header: '统计周期', format: 'text', value: (b) => b.title ?? null },
  { header: '承诺件办结数', format: 'int', value: (b) => b.onTime.decided },
  { header: '按时办结', format: 'int', value: (b) => b.onTime.onTime },
  { header: '超期办结', format: 'int', value: (b) => b.onTime.late },
  { header: '按时办结率', format: 'share', value: (b) => b.onTime.rate },
  { header: '平均办理工作日', format: 'decimal2', value: (b) => b.duration.averageWorkingDays },
  { header: '评价数', format: 'int', value: (b) => b.satisfaction.ratings },
  { header: '满意数', format: 'int', value: (b) => b.satisfaction.satisfied },
  { header: '差评数', format: 'int', value: (b) => b.satisfaction.bad },
  { header: '满意率', format: 'share', value: (b) => b.satisfaction.rate },
  { header: '整改应办结', format: 'int', value: (b) => b.rectification.due },
  { header: '按期整改', format: 'int', value: (b) => b.rectification.onTime },
  { header: '差评按期整改率', format: 'share', value: (b) => b.rectification.rate },
  { header: '办结件数', format: 'int', value: (b) => b.oneVisit.decided },
  { header: '最多跑一次', format: 'int', value: (b) => b.oneVisit.oneVisit },
  { header: '最多跑一次率', format: 'share', value: (b) => b.oneVisit.rate },
];

const PERIOD_NAMES: Record<FiguresSeries['period'], string> = { day: '按日', week: '按周', month: '按月' };

export function figuresTables(series: FiguresSeries): ReportTable[] {
  return [
    table(`效能统计(${PERIOD_NAMES[series.period]})`, FIGURE_COLUMNS, series.buckets, series.totals),
    table('事项办理时长', [
      { header: '事项编码', format: 'text', value: (r) => r.itemCode },
      { header: '事项名称', format: 'text', value: (r) => r.itemName },
      { header: '办结件数', format: 'int', value: (r) => r.cases },
      { header: '工作日合计', format: 'int', value: (r) => r.totalWorkingDays },
      { header: '平均办理工作日', format: 'decimal2', value: (r) => r.averageWorkingDays },
    ], series.totals.duration.byItem),
  ];
}

export interface PointFigures {
  byHall: { code: string; name: string; kind: string; cases: number; byAgent: number }[];
  byAgent: { username: string; displayName: string; hallCode: string | null; cases: number; delivered: number }[];
  totals: { cases: number; byAgent: number; delivered: number };
}

export function pointFiguresTables(figures: PointFigures): ReportTable[] {
  const kindName = (kind: string) => (kind === 'point' ? '便民服务点' : '中心');
  return [
    table('多点可办(按受理点)', [
      { header: '受理点', format: 'text', value: (r) => r.name },
      { header: '编号', format: 'text', value: (r) => r.code },
      { header: '类型', format: 'text', value: (r) => (r.kind ? kindName(r.kind) : null) },
      { header: '受理件数', format: 'int', value: (r) => r.cases },
      { header: '其中代办', format: 'int', value: (r) => r.byAgent },
    ], figures.byHall, { name: '', code: '', kind: '', cases: figures.totals.cases, byAgent: figures.totals.byAgent }),
    table('代办员', [
      { header: '代办员', format: 'text', value: (r) => r.displayName },
      { header: '账号', format: 'text', value: (r) => r.username },
      { header: '所在服务点', format: 'text', value: (r) => r.hallCode },
      { header: '代办件数', format: 'int', value: (r) => r.cases },
      { header: '已送达', format: 'int', value: (r) => r.delivered },
    ], figures.byAgent),
  ];
}
