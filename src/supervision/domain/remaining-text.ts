import type { Remaining } from './lights';

export interface RemainingText {
  text: string;
  /** 'late' past the promise, 'soon' within a working day (or counted in hours), '' otherwise. */
  tone: 'late' | 'soon' | '';
}

/** How a supervisor reads a case's distance from its promised due date (逾期 / 剩余 / 今日到期). */
export function remainingText(r: Remaining): RemainingText {
  if (r.overdue) {
    if (r.hoursOver !== null) return { text: `逾期 ${r.hoursOver} 小时`, tone: 'late' };
    return { text: r.daysOver !== null && r.daysOver > 0 ? `逾期 ${r.daysOver} 个工作日` : '已逾期（非工作日）', tone: 'late' };
  }
  if (r.hoursLeft !== null) return { text: `剩余 ${r.hoursLeft} 小时`, tone: 'soon' };
  if (r.daysLeft === null) return { text: '—', tone: '' };
  return { text: r.daysLeft === 0 ? '今日到期' : `剩余 ${r.daysLeft} 个工作日`, tone: r.daysLeft <= 1 ? 'soon' : '' };
}
