import { DEPARTMENT_COMPONENTS, STAFF_COMPONENTS } from '../domain/ranking';
import type { ReportsPageHall } from './reports-page.view-model';

export const RANKING_SHORTCUTS = [
  { keyHint: '← / →', label: '上一月 / 下一月' },
  { keyHint: 'C', label: '下载人员排名 CSV' },
  { keyHint: 'D', label: '下载部门排名 CSV' },
  { keyHint: 'X', label: '下载 Excel（两张表）' },
  { keyHint: 'W', label: '权重设置（管理员）' },
];

/** 考核排名 (/reports/ranking): the HTML carries no figures; the page signs in and fetches GET /api/v1/reports/ranking. */
export function rankingPageViewModel(halls: readonly ReportsPageHall[], serverNow: number) {
  const centres = halls.filter((h) => h.kind !== 'point');
  return {
    title: '考核排名',
    shortcuts: RANKING_SHORTCUTS,
    halls: centres.map((h) => ({ code: h.code, name: h.name })),
    components: {
      staff: STAFF_COMPONENTS.map((c) => ({ key: c.key, label: c.label })),
      departments: DEPARTMENT_COMPONENTS.map((c) => ({ key: c.key, label: c.label })),
    },
    client: { serverNow, timeZone: centres[0]?.timeZone ?? 'Asia/Shanghai' },
  };
}
