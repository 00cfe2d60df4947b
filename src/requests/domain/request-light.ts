import type { RequestStatus } from './request-state';

const HOUR = 3_600_000;
/** Yellow in the last fifth of a limit (DOMAIN.md: ≤ 20 % of the handling time remains). */
export const YELLOW_SHARE = 0.2;

/** A category's limits, in hours on the clock (nights, weekends and holidays count: a lamp is dark at night too). */
export interface HourLimits {
  responseHours: number;
  handleHours: number;
}

export interface RequestDeadlines {
  /** The dispatcher sends it to a department by then. */
  respondBy: number;
  /** The departments reply by then. */
  dueAt: number;
}

/** respondBy = reportedAt + responseHours, dueAt = reportedAt + handleHours: plain clock arithmetic, no calendar. */
export function requestDeadlines(reportedAt: number, limits: HourLimits): RequestDeadlines {
  return { respondBy: reportedAt + limits.responseHours * HOUR, dueAt: reportedAt + limits.handleHours * HOUR };
}

export type RequestLevel = 'green' | 'yellow' | 'red';

export interface RequestLight {
  /** null once replied or closed: the clock has stopped. */
  level: RequestLevel | null;
  /** The next instant the light can change (null when it cannot any more): the sweep reads only due rows. */
  nextCheckAt: number | null;
}

/** One limit's light: green, yellow in its last fifth, red past it; and when that changes next. */
function limitLight(now: number, start: number, end: number): RequestLight {
  const yellowFrom = end - (end - start) * YELLOW_SHARE;
  if (now > end) return { level: 'red', nextCheckAt: null };
  if (now >= yellowFrom) return { level: 'yellow', nextCheckAt: end + 1 };
  return { level: 'green', nextCheckAt: Math.ceil(yellowFrom) };
}

const RANK: Record<RequestLevel, number> = { green: 0, yellow: 1, red: 2 };

/**
 * The light of a request. While nobody has dispatched it (reported), the response limit counts too: a request
 * waiting for the dispatcher past respondBy is red even when the handling time has hours left. The worse of
 * the two shows; the next check is the earlier of their next changes.
 */
export function requestLight(now: number, status: RequestStatus, reportedAt: number, deadlines: RequestDeadlines): RequestLight {
  if (status === 'replied' || status === 'closed') return { level: null, nextCheckAt: null };
  const handling = limitLight(now, reportedAt, deadlines.dueAt);
  if (status !== 'reported') return handling;
  const response = limitLight(now, reportedAt, deadlines.respondBy);
  const level = RANK[response.level!] > RANK[handling.level!] ? response.level : handling.level;
  const checks = [response.nextCheckAt, handling.nextCheckAt].filter((t): t is number => t !== null);
  return { level, nextCheckAt: checks.length ? Math.min(...checks) : null };
}

/** Hours from report to reply, for the figures (one decimal is what a supervisor reads). */
export function hoursBetween(from: number, to: number): number {
  return (to - from) / HOUR;
}
