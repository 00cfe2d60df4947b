/** Who must rectify a bad review: a back-office department, or a window of the hall (its front desk). */
export type RectificationOwner =
  | { ownerType: 'department'; departmentCode: string; windowNumber: number | null }
  | { ownerType: 'window'; departmentCode: null; windowNumber: number | null };

export interface OwnerTask {
  departmentCode: string;
  status: string;
  outcome: string | null;
}

export interface CaseOwnerFacts {
  /** The case's department tasks in dispatch order. */
  tasks: OwnerTask[];
  /** The window that served the case's ticket, if it came with one. */
  ticketWindow: number | null;
  /** The item's owning departments, lead first. */
  itemDepartments: string[];
}

const GONE = ['transferred', 'cancelled'];

/**
 * A case's bad review goes to the department that decided it: the first task with an outcome, else the
 * first task still held (not transferred away or cancelled), else the first task. A case with no task
 * at all was done on the spot at the window (即办), so the window that served it owns the review; with
 * no window known, the item's lead department; failing that, the hall's front desk (window unknown).
 */
export function caseOwner(f: CaseOwnerFacts): RectificationOwner {
  const task = f.tasks.find((t) => t.outcome !== null) ?? f.tasks.find((t) => !GONE.includes(t.status)) ?? f.tasks[0];
  if (task) return { ownerType: 'department', departmentCode: task.departmentCode, windowNumber: f.ticketWindow };
  if (f.ticketWindow !== null) return { ownerType: 'window', departmentCode: null, windowNumber: f.ticketWindow };
  if (f.itemDepartments.length) return { ownerType: 'department', departmentCode: f.itemDepartments[0], windowNumber: null };
  return { ownerType: 'window', departmentCode: null, windowNumber: null };
}

/** A visit's bad review goes to the window that served it. */
export function ticketOwner(windowNumber: number | null): RectificationOwner {
  return { ownerType: 'window', departmentCode: null, windowNumber };
}

/** The departments a case went through, for reports: every task's department except those it was transferred away from. */
export function caseDepartments(tasks: OwnerTask[]): string[] {
  return [...new Set(tasks.filter((t) => t.status !== 'transferred').map((t) => t.departmentCode))];
}
