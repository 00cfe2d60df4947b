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
export const ADMIN_PAGES = [
  { href: '/admin/halls', label: '服务大厅', hint: '中心和社区服务站、开放时间、取号队列和窗口' },
  { href: '/admin/users', label: '人员账号', hint: '工作人员账号、角色、所属部门和大厅，重置密码；部门' },
  { href: '/admin/devices', label: '大厅设备', hint: '取号机、评价器等设备的配对码和吊销' },
  { href: '/admin/catalog', label: '事项管理', hint: '政务服务事项、申请材料、办理流程和部门' },
  { href: '/admin/calendar', label: '工作日历', hint: '法定节假日和调休，办件时限按工作日计算' },
  { href: '/admin/audit', label: '操作留痕', hint: '管理操作和个人信息查询记录' },
] as const;

export function adminIndexViewModel() {
  return { title: '系统管理', pages: ADMIN_PAGES };
}
