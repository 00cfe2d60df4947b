import type { Role } from './auth-user';

/** zh-CN names of the staff roles (admin pages, account lists). Pure. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '系统管理员',
  supervisor: '电子监察',
  clerk: '综合窗口人员',
  officer: '部门经办人',
  head: '部门负责人',
  display: '大厅显示屏',
  dispatcher: '指挥调度',
  grid: '网格员',
  agent: '代办员',
};

/** The roles of an account as one line of text, in the order given. */
export function roleText(roles: readonly Role[]): string {
  return roles.map((r) => ROLE_LABELS[r] ?? r).join('、');
}
