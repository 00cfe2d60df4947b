import { yearOf } from './iso-date';

/** The State Council usually publishes next year's schedule in November (the 2026 schedule came out in November 2025). */
export const NEXT_YEAR_CHECK_FROM = '11-01';

function missingYearWarning(year: number): string {
  // shown as is on the admin calendar page's banner: Chinese only
  return `${year} 年法定节假日安排尚未导入（国务院通常于 11 月发布），工作日计算将仅按周末处理`;
}

/**
 * A warning when the current year's schedule is missing, or — from 1 November — next year's;
 * otherwise null.
 */
export function missingNextYearWarning(todayIsoDate: string, yearsPresent: readonly number[]): string | null {
  const year = yearOf(todayIsoDate);
  const present = new Set(yearsPresent);
  if (!present.has(year)) return missingYearWarning(year);
  if (todayIsoDate.slice(5) >= NEXT_YEAR_CHECK_FROM && !present.has(year + 1)) return missingYearWarning(year + 1);
  return null;
}
