import type { CaseStatus } from './case-state';
import type { CatalogMaterial, CheckedMaterial } from './material-check';

/**
 * 一件事一次办 on the case side: a bundle's case (the parent) holds one part (a child case) per member item,
 * each in its own department with its own limit. The parent is decided exactly when its last part is.
 */

/** A part is decided (for the bundle) once it left the open stages: decided, handed over, refused or withdrawn. */
export const PART_DONE_STATUSES: readonly CaseStatus[] = [
  'decided_approved', 'decided_denied', 'ready_for_pickup', 'delivered', 'archived', 'rejected', 'withdrawn',
];

export type PartOutcome = 'approved' | 'denied' | 'rejected' | 'withdrawn';

export const PART_OUTCOME_TEXT: Record<PartOutcome, string> = {
  approved: '准予', denied: '不予批准', rejected: '不予受理', withdrawn: '已撤回',
};

export interface PartFacts {
  itemName: string;
  status: CaseStatus;
  /** The departments' decisions on the part (done tasks); a denial by one denies it (联办). */
  taskOutcomes: ReadonlyArray<'approved' | 'denied' | null>;
}

/** How a part ended, or null while it is open. */
export function partOutcome(part: Pick<PartFacts, 'status' | 'taskOutcomes'>): PartOutcome | null {
  if (!PART_DONE_STATUSES.includes(part.status)) return null;
  if (part.status === 'rejected' || part.status === 'withdrawn') return part.status;
  if (part.status === 'decided_denied' || part.taskOutcomes.includes('denied')) return 'denied';
  return 'approved';
}

export interface BundleVerdict {
  /** approved when at least one part was granted (the resident has something to collect), denied otherwise. */
  outcome: 'approved' | 'denied';
  /** 生育登记：准予；出生户口登记：不予批准 */
  summary: string;
  outcomes: PartOutcome[];
}

/** The bundle's decision once every part is decided; null while any part is open (or there are none). */
export function bundleVerdict(parts: readonly PartFacts[]): BundleVerdict | null {
  if (!parts.length) return null;
  const outcomes = parts.map(partOutcome);
  if (outcomes.some((o) => o === null)) return null;
  const done = outcomes as PartOutcome[];
  return {
    outcome: done.includes('approved') ? 'approved' : 'denied',
    summary: parts.map((p, i) => `${p.itemName}：${PART_OUTCOME_TEXT[done[i]]}`).join('；'),
    outcomes: done,
  };
}

/**
 * One part's materials: the member's own list with the statuses checked for the bundle's union. An immediate
 * part is completed at the window, so a material deferred for the bundle (optional for this member) is
 * simply missing here.
 */
export function partMaterials(member: readonly CatalogMaterial[], union: readonly CheckedMaterial[], immediate: boolean): CheckedMaterial[] {
  const statusOf = new Map(union.map((m) => [m.code, m.status]));
  return member.map((m) => {
    const status = statusOf.get(m.code) ?? 'missing';
    return { ...m, status: immediate && status === 'deferred' ? 'missing' : status };
  });
}

/** A due date: the day, and the instant for limits counted in hours. */
export interface Due {
  dueDate: string | null;
  dueAt: number | null;
}

/** The part whose promise ends last (index into the list; -1 for none): the latest day, then the latest instant. */
export function latestDue(parts: readonly Due[]): number {
  let best = -1;
  parts.forEach((p, i) => {
    if (p.dueDate === null) return;
    const b = best < 0 ? null : parts[best];
    if (!b || p.dueDate > b.dueDate! || (p.dueDate === b.dueDate && (p.dueAt ?? 0) > (b.dueAt ?? 0))) best = i;
  });
  return best;
}

/** The clock facts of a case (what its due dates are recomputed from). */
export interface ClockFacts {
  promisedValue: number;
  promisedUnit: 'working_days' | 'hours';
  statutoryValue: number;
  statutoryUnit: 'working_days' | 'hours';
  extensionDays: number;
  pausedWorkingDays: number;
  pausedMs: number;
}

/**
 * The bundle's clock: its parts are accepted with it, so taking the limit, extensions and pauses of the part
 * due last (and the statutory limit of the part whose statutory date is last) gives the bundle the latest
 * part's due dates, recomputed like any case's (the sweep included). Null without dated parts.
 */
export function bundleClock(parts: ReadonlyArray<ClockFacts & Due & { statutoryDueDate: string | null; statutoryDueAt: number | null }>): ClockFacts | null {
  const slowest = parts[latestDue(parts)];
  if (!slowest) return null;
  const statutory = parts[latestDue(parts.map((p) => ({ dueDate: p.statutoryDueDate, dueAt: p.statutoryDueAt })))] ?? slowest;
  return {
    promisedValue: slowest.promisedValue, promisedUnit: slowest.promisedUnit,
    statutoryValue: statutory.statutoryValue, statutoryUnit: statutory.statutoryUnit,
    extensionDays: slowest.extensionDays, pausedWorkingDays: slowest.pausedWorkingDays, pausedMs: slowest.pausedMs,
  };
}
