import { ADMIN_PAGES } from '../../web/admin-pages';
import { DEFAULT_OPENING_HOURS, type HallKind, MAX_WINDOW_NUMBER } from '../domain/hall-rules';
import type { WindowKind, WindowStatus } from '../domain/window-kind';

export const HALL_KIND_LABELS: Record<HallKind, string> = { centre: '街道（乡镇）便民服务中心', point: '社区（村）便民服务站' };
export const WINDOW_KIND_LABELS: Record<WindowKind, string> = { comprehensive: '综合窗口（办理全部业务）', dedicated: '专门窗口（办理所选业务）' };
export const WINDOW_STATUS_LABELS: Record<WindowStatus, string> = { closed: '未开启', open: '服务中', paused: '暂停服务' };

/** The admins' halls page (服务大厅设置): its script signs in as admin and calls the halls API. */
export function adminHallsViewModel() {
  return {
    title: '服务大厅设置',
    maxWindowNumber: MAX_WINDOW_NUMBER,
    client: {
      hallKindLabels: HALL_KIND_LABELS,
      windowKindLabels: WINDOW_KIND_LABELS,
      windowStatusLabels: WINDOW_STATUS_LABELS,
      /** What a new hall's opening-hours rows start with (the server's default). */
      defaultOpeningHours: DEFAULT_OPENING_HOURS.map((h) => ({ ...h })),
    },
  };
}

/** Every admin page, for the /admin landing page (and nothing else: each page signs in by itself). */
export function adminIndexViewModel() {
  return { title: '系统管理', pages: ADMIN_PAGES };
}
