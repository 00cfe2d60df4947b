import { businessDateInZone, compareIsoDate } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';

/** 电子监察 lights in order of gravity. */
export const LIGHTS = ['green', 'yellow', 'red', 'red_plus'] as const;
export type Light = (typeof LIGHTS)[number];

export type LightCounts = Record<Light, number> & { total: number };

export interface LightCountRow {
  level: string | null;
  count: number;
}

export interface DepartmentLightRow extends LightCountRow {
  departmentCode: string;
}

export interface DepartmentRef {
  code: string;
  name: string;
}

/** A stored light that is not one of ours (or none yet) counts as green: the clock runs, nothing is flagged. */
export function asLight(level: string | null | undefined): Light {
  return (LIGHTS as readonly string[]).includes(level ?? '') ? (level as Light) : 'green';
}

export function emptyCounts(): LightCounts {
  return { green: 0, yellow: 0, red: 0, red_plus: 0, total: 0 };
}

export function lightCounts(rows: readonly LightCountRow[]): LightCounts {
  const counts = emptyCounts();
  for (const row of rows) {
    counts[asLight(row.level)] += row.count;
    counts.total += row.count;
  }
  return counts;
}

/**
 * One row per department (every known department, in the given order, zeros included; a department only
 * seen in the rows comes after, named by its code). A joint case (联办) counts in each department holding
 * an open task on it.
 */
export function departmentLightTable(departments: readonly DepartmentRef[], rows: readonly DepartmentLightRow[]): Array<DepartmentRef & LightCounts> {
  const byCode = new Map<string, DepartmentRef & LightCounts>();
  for (const d of departments) byCode.set(d.code, { code: d.code, name: d.name, ...emptyCounts() });
  for (const row of rows) {
    let entry = byCode.get(row.departmentCode);
    if (!entry) {
      entry = { code: row.departmentCode, name: row.departmentCode, ...emptyCounts() };
      byCode.set(row.departmentCode, entry);
    }
    entry[asLight(row.level)] += row.count;
    entry.total += row.count;
  }
  return [...byCode.values()];
}

export interface Remaining {
  overdue: boolean;
  /** Working days past the promised due date (overdue only): working days d with due < d ≤ today. */
  daysOver: number | null;
  /** Working days left (not overdue): working days d with today < d ≤ due; 0 on the due day itself. */
  daysLeft: number | null;
  /** For hour limits (诉求): whole hours past / left, on the clock. */
  hoursOver: number | null;
  hoursLeft: number | null;
}

const HOUR = 3_600_000;

/**
 * How far a case is from its promised due date, in working days (CalendarService's workingDaysBetween),
 * and in hours for hour limits. A case is overdue after the end of its due date (or after the due instant).
 */
export function remaining(calendar: WorkingCalendar, due: { dueDate: string | null; dueAt: number | null }, now: number, timeZone: string): Remaining {
  const none: Remaining = { overdue: false, daysOver: null, daysLeft: null, hoursOver: null, hoursLeft: null };
  if (due.dueDate === null) return none;
  const today = businessDateInZone(now, timeZone);
  const overdue = due.dueAt !== null ? now > due.dueAt : compareIsoDate(today, due.dueDate) > 0;
  const days = overdue ? calendar.workingDaysBetween(due.dueDate, today) : calendar.workingDaysBetween(today, due.dueDate);
  const result: Remaining = { ...none, overdue, daysOver: overdue ? Math.max(0, days) : null, daysLeft: overdue ? null : Math.max(0, days) };
  if (due.dueAt !== null) {
    const hours = Math.floor(Math.abs(now - due.dueAt) / HOUR);
    if (overdue) result.hoursOver = hours;
    else result.hoursLeft = hours;
  }
  return result;
}
