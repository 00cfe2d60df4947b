import { businessDateInZone } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { warningLevel } from '../../cases/domain/warning-level';
import { isOpenRectification, RectificationStatus } from './rectification-state';

/** A rectification's light: green, yellow near the due date, red past it. */
export type RectificationLight = 'green' | 'yellow' | 'red';

/** Due `days` working days after the day the bad review came in (counting from the next working day). */
export function rectificationDueDate(calendar: WorkingCalendar, createdAt: number, timeZone: string, days: number): string {
  return calendar.addWorkingDays(businessDateInZone(createdAt, timeZone), days);
}

/**
 * The shared 电子监察 light of cases (same yellow band: max(1, ceil(20% of the limit)) working days left),
 * with no statutory date beyond the due date: past it is red. Closed tasks have no light.
 */
export function rectificationLight(
  calendar: WorkingCalendar,
  now: number,
  timeZone: string,
  task: { status: RectificationStatus; dueDate: string },
  days: number,
): RectificationLight | null {
  if (!isOpenRectification(task.status)) return null;
  const level = warningLevel(calendar, now, timeZone, { value: days, unit: 'working_days' }, {
    dueDate: task.dueDate, statutoryDueDate: task.dueDate, dueAt: null, statutoryDueAt: null,
  });
  return level === 'red_plus' ? 'red' : level;
}
