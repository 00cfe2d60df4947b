import type { HourLimits } from './request-light';

export interface RequestCategory extends HourLimits {
  code: string;
  name: string;
  /** The department a dispatcher usually sends it to (pre-selected on the board). */
  departmentCode: string;
}

/**
 * DOMAIN.md's default categories and their hours on the clock, with the demo centre's departments (综合巡查大队
 * XC for hazards and noise found on patrol, 区域发展办 FZ for municipal facilities, 社会治理办 ZL for the rest).
 * Admins change them; these seed a new centre.
 */
export const DEFAULT_REQUEST_CATEGORIES: readonly RequestCategory[] = [
  { code: 'AQ', name: '安全隐患', departmentCode: 'XC', responseHours: 1, handleHours: 2 },
  { code: 'SZ', name: '市政设施（路灯、井盖）', departmentCode: 'FZ', responseHours: 2, handleHours: 24 },
  { code: 'HW', name: '环境卫生', departmentCode: 'ZL', responseHours: 2, handleHours: 24 },
  { code: 'ZY', name: '噪音扰民', departmentCode: 'XC', responseHours: 1, handleHours: 12 },
  { code: 'LL', name: '邻里纠纷', departmentCode: 'ZL', responseHours: 4, handleHours: 72 },
  { code: 'WY', name: '物业管理', departmentCode: 'ZL', responseHours: 4, handleHours: 72 },
  // the catalogue's 群众诉求 item (SQ), now filed as a request with the item's 48-hour promise
  { code: 'SQ', name: '群众诉求（社情民意）', departmentCode: 'ZL', responseHours: 2, handleHours: 48 },
  { code: 'QT', name: '其他', departmentCode: 'ZL', responseHours: 2, handleHours: 48 },
];

/** A category's code (letters, digits, `_`, `-`) and the longest name: the API's and the admin page's rule. */
export const CATEGORY_CODE = /^[A-Za-z0-9_-]{1,16}$/;
export const CATEGORY_NAME_LENGTH = 64;

/** The limits' names in the problems (the admin page shows them as they are). */
export const HOUR_LIMIT_NAMES: Readonly<Record<keyof HourLimits, string>> = { responseHours: '响应时限', handleHours: '办结时限' };

/** A category's limits make sense: whole or half hours, a response before the handling ends, at most 30 days. */
export function categoryProblems(c: HourLimits): string[] {
  const problems: string[] = [];
  for (const name of ['responseHours', 'handleHours'] as const) {
    const hours = c[name];
    if (!Number.isFinite(hours) || hours <= 0 || hours > 720 || Math.round(hours * 2) !== hours * 2) problems.push(`${HOUR_LIMIT_NAMES[name]}须为 0.5–720 小时之间的整点或半点`);
  }
  if (problems.length === 0 && c.responseHours > c.handleHours) problems.push('响应时限不能长于办结时限');
  return problems;
}
