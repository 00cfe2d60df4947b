/** Every admin page: the /admin landing page lists them and each admin page's navigation links them. */
export const ADMIN_PAGES = [
  { href: '/admin/halls', label: '服务大厅', hint: '中心和社区服务站、开放时间、取号队列和窗口' },
  { href: '/admin/users', label: '人员账号', hint: '工作人员账号、角色、所属部门和大厅，重置密码；部门' },
  { href: '/admin/devices', label: '大厅设备', hint: '取号机、评价器等设备的配对码和吊销' },
  { href: '/admin/catalog', label: '事项管理', hint: '政务服务事项、申请材料、办理流程和部门' },
  { href: '/admin/request-categories', label: '诉求类别', hint: '接诉即办的诉求类别、承办部门、响应和办结时限' },
  { href: '/admin/calendar', label: '工作日历', hint: '法定节假日和调休，办件时限按工作日计算' },
  { href: '/admin/audit', label: '操作留痕', hint: '管理操作和个人信息查询记录' },
  { href: '/admin/notifications', label: '短信通知', hint: '发给群众的到号提醒、受理和取件短信及其发送状态' },
] as const;

export interface AdminNavLink {
  href: string;
  label: string;
  current: boolean;
}

/** The admin pages' navigation: the landing page, every admin page (the one shown marked current), home. */
export function adminNavLinks(current: string): AdminNavLink[] {
  return [
    { href: '/admin', label: '系统管理' },
    ...ADMIN_PAGES,
    { href: '/', label: '首页' },
  ].map(({ href, label }) => ({ href, label, current: href === current }));
}
