import { RECORD_LIMIT } from '../domain/record-query';
import { REPORT_KINDS, REPORT_TITLES, ReportKind } from '../domain/report-query';

export interface ReportsPageHall {
  code: string;
  name: string;
  timeZone: string;
  kind: string;
}

/** The report tabs with their keys (1–5 while no field has the focus). */
export const REPORT_TABS: { id: ReportKind; label: string; key: string }[] = REPORT_KINDS.map((id, i) => ({ id, label: REPORT_TITLES[id], key: String(i + 1) }));

export const REPORT_SHORTCUTS = [
  ...REPORT_TABS.map((t) => ({ keyHint: t.key, label: t.label })),
  { keyHint: 'C', label: '下载 CSV' },
  { keyHint: 'X', label: '下载 Excel' },
  { keyHint: '↑ ↓ Enter', label: '选中一行并查看明细（明细中 C / X 下载，Esc 关闭）' },
];

/** 考核报表 (/reports): the HTML carries no figures; the page signs in and fetches GET /api/v1/reports/{kind}. */
export function reportsPageViewModel(halls: readonly ReportsPageHall[], serverNow: number) {
  const centres = halls.filter((h) => h.kind !== 'point');
  return {
    title: '考核报表',
    tabs: REPORT_TABS,
    shortcuts: REPORT_SHORTCUTS,
    recordLimit: RECORD_LIMIT,
    halls: centres.map((h) => ({ code: h.code, name: h.name })),
    client: { serverNow, timeZone: centres[0]?.timeZone ?? 'Asia/Shanghai', tabs: REPORT_TABS, halls: halls.map((h) => ({ code: h.code, name: h.name })), recordLimit: RECORD_LIMIT },
  };
}
