// The charts of a report: two bar charts per kind, from the rows the table shows.
import type { DepartmentReportRow } from '../../../src/reports/domain/department-report';
import type { HallReportRow } from '../../../src/reports/domain/hall-report';
import type { ItemReportRow } from '../../../src/reports/domain/item-report';
import type { ReportKind } from '../../../src/reports/domain/report-query';
import type { RequestReportRow } from '../../../src/reports/domain/report-table';
import type { WindowReportRow } from '../../../src/reports/domain/window-report';

export interface ReportChart {
  title: string;
  /** `rp-share` for shares (green bars). */
  cls: string;
  unit: string;
  rows: { label: string; value: number }[];
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

function chart<R>(title: string, unit: string, rows: readonly R[], label: (r: R) => string, value: (r: R) => number | null, share = false): ReportChart {
  return { title, unit, cls: share ? 'rp-share' : '', rows: rows.flatMap((r) => (value(r) === null ? [] : [{ label: label(r), value: value(r)! }])) };
}

export function reportCharts(kind: ReportKind, rows: readonly unknown[]): ReportChart[] {
  switch (kind) {
    case 'windows': {
      const r = rows as WindowReportRow[];
      const label = (w: WindowReportRow) => `${w.windowNumber}号 ${w.clerk.displayName}`;
      return [chart('办结人次', '人次', r, label, (w) => w.served), chart('平均办理（分钟）', '分钟', r, label, (w) => w.averageServiceMinutes)];
    }
    case 'departments': {
      const r = rows as DepartmentReportRow[];
      return [chart('按时办结率（%）', '%', r, (d) => d.departmentName, (d) => pct(d.onTimeShare), true), chart('办结件数', '件', r, (d) => d.departmentName, (d) => d.casesDecided)];
    }
    case 'items': {
      const r = rows as ItemReportRow[];
      return [chart('办结件数', '件', r, (i) => i.itemName, (i) => i.casesDecided), chart('按时办结率（%）', '%', r, (i) => i.itemName, (i) => pct(i.onTimeShare), true)];
    }
    case 'requests': {
      const r = rows as RequestReportRow[];
      return [chart('诉求件数', '件', r, (c) => c.categoryName, (c) => c.count), chart('按时回复率（%）', '%', r, (c) => c.categoryName, (c) => pct(c.withinLimitShare), true)];
    }
    case 'halls': {
      const r = rows as HallReportRow[];
      return [chart('受理件数', '件', r, (h) => h.hallName, (h) => h.casesReceived), chart('办结人次', '人次', r, (h) => h.hallName, (h) => h.ticketsServed)];
    }
  }
}
