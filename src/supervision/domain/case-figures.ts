import { businessDateInZone, compareIsoDate } from '../../calendar/domain/iso-date';
import type { WorkingCalendar } from '../../calendar/domain/working-calendar';

/** A decided case (办结) as the figures read it: plain facts, no entity. */
export interface DecidedCaseRow {
  id: number;
  itemCode: string;
  itemName: string;
  kind: string;
  acceptedAt: number | null;
  decidedAt: number;
  /** The promised due date as recomputed at the decision (extensions and pauses included); null for 即办件. */
  dueDate: string | null;
  /** For hour limits (诉求): the exact due instant. */
  dueAt: number | null;
  /** From the catalogue: the visits the item needs at most (最多跑一次 is 1, 0 is none). */
  visitsRequired: number;
  /** Every status the case's trail went through (case_events.toStatus). */
  trailStatuses: readonly string[];
}

/** Statuses that send the resident back to the window: a 补正 notice, or a return by the back office. */
export const EXTRA_VISIT_STATUSES: readonly string[] = ['awaiting_supplement', 'returned'];

export interface OnTimeFigure {
  /** 承诺件 decided in the bucket (cases with a promised due date; 即办件 are not counted). */
  decided: number;
  onTime: number;
  late: number;
  /** onTime / decided, 0..1 with 4 decimals; null when nothing was decided. */
  rate: number | null;
}

export interface ItemDuration {
  itemCode: string;
  itemName: string;
  cases: number;
  totalWorkingDays: number;
  averageWorkingDays: number;
}

export interface DurationFigure {
  cases: number;
  totalWorkingDays: number;
  /** Mean working days from acceptance to decision, 2 decimals; null with no cases. */
  averageWorkingDays: number | null;
  /** Per item code, by code. */
  byItem: ItemDuration[];
}

export interface OneVisitFigure {
  /** Every case decided in the bucket, 即办件 included. */
  decided: number;
  oneVisit: number;
  rate: number | null;
}

export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

function average(total: number, count: number): number | null {
  return count > 0 ? Math.round((total / count) * 100) / 100 : null;
}

/** A case with a promised limit (承诺件, 上报件, 联办件, 诉求…): 即办件 are done on the spot and have no due date. */
export function isPromised<C extends Pick<DecidedCaseRow, 'kind' | 'dueDate'>>(c: C): c is C & { dueDate: string } {
  return c.kind !== 'immediate' && c.dueDate !== null;
}

/** On time: decided on or before the due date (hall-local business date); hour limits compare instants. */
export function decidedOnTime(c: Pick<DecidedCaseRow, 'decidedAt' | 'dueAt'> & { dueDate: string }, timeZone: string): boolean {
  if (c.dueAt !== null) return c.decidedAt <= c.dueAt;
  return compareIsoDate(businessDateInZone(c.decidedAt, timeZone), c.dueDate) <= 0;
}

/** 按时办结率: decided 承诺件 whose decision's business date is ≤ their due date, over all decided 承诺件. */
export function onTimeFigure(cases: readonly DecidedCaseRow[], timeZone: string): OnTimeFigure {
  const promised = cases.filter(isPromised);
  const onTime = promised.filter((c) => decidedOnTime(c, timeZone)).length;
  return { decided: promised.length, onTime, late: promised.length - onTime, rate: rate(onTime, promised.length) };
}

/**
 * Working days a case took: working days d with acceptance date < d ≤ decision date (the count starts
 * the working day after acceptance, as the deadlines do), so a case decided on its acceptance day took 0.
 * Gross: special procedures (特别程序) and extensions are included.
 */
export function workingDaysTaken(calendar: WorkingCalendar, c: Pick<DecidedCaseRow, 'acceptedAt' | 'decidedAt'>, timeZone: string): number {
  if (c.acceptedAt === null) return 0;
  const days = calendar.workingDaysBetween(businessDateInZone(c.acceptedAt, timeZone), businessDateInZone(c.decidedAt, timeZone));
  return Math.max(0, days);
}

/** 平均办理用时: mean working days acceptance → decision of the decided 承诺件, overall and per item code. */
export function durationFigure(cases: readonly DecidedCaseRow[], calendar: WorkingCalendar, timeZone: string): DurationFigure {
  const items = new Map<string, { itemName: string; cases: number; total: number }>();
  let total = 0;
  let count = 0;
  for (const c of cases) {
    if (!isPromised(c) || c.acceptedAt === null) continue;
    const days = workingDaysTaken(calendar, c, timeZone);
    total += days;
    count += 1;
    const item = items.get(c.itemCode) ?? { itemName: c.itemName, cases: 0, total: 0 };
    item.cases += 1;
    item.total += days;
    items.set(c.itemCode, item);
  }
  const byItem = [...items.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([itemCode, i]) => ({ itemCode, itemName: i.itemName, cases: i.cases, totalWorkingDays: i.total, averageWorkingDays: average(i.total, i.cases)! }));
  return { cases: count, totalWorkingDays: total, averageWorkingDays: average(total, count), byItem };
}

/**
 * 最多跑一次: a decided case counts as done in at most one visit when its item needs at most one visit
 * (catalogue visitsRequired ≤ 1) and its trail never went to awaiting_supplement (补正, the resident must
 * bring materials again) or returned (退回窗口, the same). Deferred materials (容缺) do not count as a visit.
 */
export function isOneVisit(c: Pick<DecidedCaseRow, 'visitsRequired' | 'trailStatuses'>): boolean {
  return c.visitsRequired <= 1 && !c.trailStatuses.some((s) => EXTRA_VISIT_STATUSES.includes(s));
}

/** 一次办结率 (最多跑一次): decided cases done in at most one visit, over every decided case. */
export function oneVisitFigure(cases: readonly DecidedCaseRow[]): OneVisitFigure {
  const oneVisit = cases.filter(isOneVisit).length;
  return { decided: cases.length, oneVisit, rate: rate(oneVisit, cases.length) };
}
