import type { WindowKind } from './window-kind';

/**
 * Rules of a hall's set-up (administration): code formats, opening hours, time zones, a point's centre and
 * a window's queues. Pure: each returns the problem found (a stable code and a message) or null.
 */
export type HallKind = 'centre' | 'point';
export const HALL_KINDS: readonly HallKind[] = ['centre', 'point'];

export interface OpeningInterval {
  from: string;
  to: string;
}

/** Working days' opening hours when an admin names none: 08:30–12:00, 14:00–17:30. */
export const DEFAULT_OPENING_HOURS: readonly OpeningInterval[] = [
  { from: '08:30', to: '12:00' },
  { from: '14:00', to: '17:30' },
];
/** The same, as the column default the migration and the entity share. */
export const DEFAULT_OPENING_HOURS_JSON = JSON.stringify(DEFAULT_OPENING_HOURS);

/** Hall codes: letters and digits, 1–16 (they appear in page addresses and case numbers). */
export const HALL_CODE = /^[A-Za-z0-9]{1,16}$/;
/** Queue codes are ticket prefixes: letters and digits, 1–8. */
export const QUEUE_CODE = /^[A-Za-z0-9]{1,8}$/;
export const MAX_WINDOW_NUMBER = 999;

export interface RuleProblem {
  code: string;
  message: string;
}

export const HallRuleCode = {
  INVALID_HALL_CODE: 'INVALID_HALL_CODE',
  INVALID_OPENING_HOURS: 'INVALID_OPENING_HOURS',
  INVALID_TIME_ZONE: 'INVALID_TIME_ZONE',
  PARENT_HALL_INVALID: 'PARENT_HALL_INVALID',
  WINDOW_QUEUES_INVALID: 'WINDOW_QUEUES_INVALID',
} as const;

export function isHallCode(code: unknown): code is string {
  return typeof code === 'string' && HALL_CODE.test(code);
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Each interval is HH:MM–HH:MM with from < to; intervals don't overlap (touching is allowed). Empty = closed. */
export function openingHoursProblem(hours: readonly OpeningInterval[]): RuleProblem | null {
  const bad = (message: string) => ({ code: HallRuleCode.INVALID_OPENING_HOURS, message });
  for (const [i, h] of hours.entries()) {
    if (!CLOCK.test(h.from) || !CLOCK.test(h.to)) return bad(`openingHours[${i}]: times are HH:MM (00:00–23:59)`);
    if (minutes(h.from) >= minutes(h.to)) return bad(`openingHours[${i}]: ${h.from} is not before ${h.to}`);
  }
  const sorted = [...hours].sort((a, b) => minutes(a.from) - minutes(b.from));
  for (let i = 1; i < sorted.length; i++) {
    if (minutes(sorted[i].from) < minutes(sorted[i - 1].to)) {
      return bad(`openingHours: ${sorted[i - 1].from}–${sorted[i - 1].to} overlaps ${sorted[i].from}–${sorted[i].to}`);
    }
  }
  return null;
}

/** The intervals in the order of the day. */
export function sortOpeningHours(hours: readonly OpeningInterval[]): OpeningInterval[] {
  return [...hours].sort((a, b) => minutes(a.from) - minutes(b.from)).map((h) => ({ from: h.from, to: h.to }));
}

/** An IANA zone the runtime knows (Asia/Shanghai, UTC …); offsets like "+08:00" are refused. */
export function timeZoneProblem(zone: string): RuleProblem | null {
  const bad = { code: HallRuleCode.INVALID_TIME_ZONE, message: `${zone} is not an IANA time zone` };
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return bad;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return null;
  } catch {
    return bad;
  }
}

/** The zone's canonical spelling (`asia/shanghai` → `Asia/Shanghai`), for a zone timeZoneProblem accepted. */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * A centre has no parent; a point names an existing centre (`parentKind` is the named hall's kind, or null
 * when no such hall exists); a centre with points can't become a point.
 */
export function placementProblem(
  hallCode: string,
  kind: HallKind,
  parentHall: string | null,
  parentKind: HallKind | null,
  pointCount = 0,
): RuleProblem | null {
  const bad = (message: string) => ({ code: HallRuleCode.PARENT_HALL_INVALID, message });
  if (kind === 'centre') return parentHall === null ? null : bad('a centre has no parentHall');
  if (parentHall === null) return bad('a point names its centre as parentHall');
  if (parentHall === hallCode) return bad('a point cannot be its own centre');
  if (parentKind === null) return bad(`parentHall ${parentHall} does not exist`);
  if (parentKind !== 'centre') return bad(`parentHall ${parentHall} is not a centre`);
  if (pointCount > 0) return bad(`${hallCode} has ${pointCount} point(s): it stays a centre`);
  return null;
}

/** Comprehensive windows list no queues (they serve all); dedicated ones list ≥ 1 distinct queue of the hall. */
export function windowQueuesProblem(kind: WindowKind, queueCodes: readonly string[], hallQueueCodes: readonly string[]): RuleProblem | null {
  const bad = (message: string) => ({ code: HallRuleCode.WINDOW_QUEUES_INVALID, message });
  if (kind === 'comprehensive') return queueCodes.length === 0 ? null : bad('a comprehensive window serves every queue: queueCodes must be []');
  if (queueCodes.length === 0) return bad('a dedicated window lists at least one queue');
  if (new Set(queueCodes).size !== queueCodes.length) return bad('queueCodes has duplicates');
  const unknown = queueCodes.filter((c) => !hallQueueCodes.includes(c));
  return unknown.length ? bad(`unknown queue(s) of the hall: ${unknown.join(', ')}`) : null;
}

/** A window that is not closed has a clerk in it: its kind stays until it closes. */
export function canRekindWindow(status: string, from: WindowKind, to: WindowKind): boolean {
  return from === to || status === 'closed';
}
