/** The server's working days of [from, to] (ISO dates), handed to pages that count without the calendar. */
export interface WorkingDayWindow {
  from: string;
  to: string;
  days: string[];
}

/**
 * Working days d with today < d ≤ due (negative when overdue: due < d ≤ today), counted in the server's
 * list of working days; null when a date is missing or lies outside the list.
 */
export function remainingWorkingDays(today: string | null | undefined, due: string | null | undefined, window: WorkingDayWindow | null | undefined): number | null {
  if (!today || !due || !window) return null;
  if (due < window.from || due > window.to || today < window.from || today > window.to) return null;
  const late = due < today;
  const [lo, hi] = late ? [due, today] : [today, due];
  const n = window.days.filter((d) => d > lo && d <= hi).length;
  return late ? -n : n;
}

export function remainingText(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  if (n > 0) return `剩 ${n} 个工作日`;
  if (n === 0) return '今日到期';
  return `超期 ${-n} 个工作日`;
}
