// The countdown on a request's card: which limit it counts to, the time left (or over) in words, and its
// colour by requestLight, the very function the server's sweep runs (never a copy of its rule).
import { requestLight, type RequestLevel } from '../../../src/requests/domain/request-light';
import type { RequestStatus } from '../../../src/requests/domain/request-state';
import type { RequestListItem } from '../../../src/requests/domain/request-views';

export interface Countdown {
  /** 派单时限 while nobody was sent, 办结时限 after; null once replied or closed (the clock stopped). */
  label: string | null;
  text: string;
  level: RequestLevel | null;
  late: boolean;
}

type Clocked = Pick<RequestListItem, 'status' | 'reportedAt' | 'respondBy' | 'dueAt'>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The limit a card counts down to: the dispatcher's (respondBy) while it waits for a department, then the departments' (dueAt). */
export function countdownTarget(status: RequestStatus): 'respondBy' | 'dueAt' | null {
  if (status === 'reported' || status === 'returned') return 'respondBy';
  if (status === 'dispatched' || status === 'in_progress') return 'dueAt';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A span in words at the precision a dispatcher acts on: days and hours, hours and minutes, or minutes and seconds. */
export function spanText(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  if (s * 1000 >= DAY) return `${Math.floor(s / 86400)} 天 ${Math.floor((s % 86400) / 3600)} 小时`;
  if (s * 1000 >= HOUR) return `${Math.floor(s / 3600)} 小时 ${pad(Math.floor((s % 3600) / 60))} 分`;
  return `${Math.floor(s / 60)} 分 ${pad(s % 60)} 秒`;
}

export function countdown(item: Clocked, now: number): Countdown {
  const target = countdownTarget(item.status);
  const reportedAt = Date.parse(item.reportedAt);
  const light = requestLight(now, item.status, reportedAt, { respondBy: Date.parse(item.respondBy), dueAt: Date.parse(item.dueAt) });
  if (!target) return { label: null, text: '', level: light.level, late: false };
  const left = Date.parse(item[target]) - now;
  const late = left < 0;
  return {
    label: target === 'respondBy' ? '派单时限' : '办结时限',
    text: late ? `超时 ${spanText(left)}` : `剩 ${spanText(left)}`,
    level: light.level,
    late,
  };
}

export const LEVEL_TEXT: Record<RequestLevel, string> = { green: '正常', yellow: '临近时限', red: '已超时' };

/** The server's clock as this page sees it: the page was rendered at `serverNow`, the PC's clock may be off. */
export function serverClock(serverNow: number, pcNow: number = Date.now()): () => number {
  const offset = serverNow - pcNow;
  return () => Date.now() + offset;
}
