import { rate } from '../../supervision/domain/case-figures';
import { CaseSums, NO_CASES } from './department-report';

/** 中心与便民服务点: one row per hall of a centre (the centre, then its points), summed by the database. Pure. */

export interface HallTicketSums {
  served: number;
  noShows: number;
  waitMs: number;
  waited: number;
}

export interface HallReportRow {
  hallCode: string;
  hallName: string;
  /** 中心 or 便民服务点. */
  kindName: string;
  ticketsServed: number;
  noShows: number;
  averageWaitMinutes: number | null;
  casesReceived: number;
  casesDecided: number;
  onTimeShare: number | null;
  visitsPerCase: number | null;
  requests: number;
}

export type HallReportTotals = Omit<HallReportRow, 'hallCode' | 'hallName' | 'kindName'>;

export interface HallReportInput {
  halls: readonly { code: string; name: string; kind: string }[];
  tickets: ReadonlyMap<string, HallTicketSums>;
  /** Cases taken in at each hall in the period. */
  received: ReadonlyMap<string, number>;
  /** Cases of each hall decided in the period. */
  decided: ReadonlyMap<string, CaseSums>;
  requests: ReadonlyMap<string, number>;
}

const NO_TICKETS: HallTicketSums = { served: 0, noShows: 0, waitMs: 0, waited: 0 };
const mean = (total: number, count: number, decimals: number): number | null => (count > 0 ? Math.round((total / count) * 10 ** decimals) / 10 ** decimals : null);

function figures(t: HallTicketSums, received: number, c: CaseSums, requests: number): HallReportTotals {
  return {
    ticketsServed: t.served,
    noShows: t.noShows,
    averageWaitMinutes: mean(t.waitMs / 60_000, t.waited, 1),
    casesReceived: received,
    casesDecided: c.decided,
    onTimeShare: rate(c.onTime, c.promised),
    visitsPerCase: mean(c.visits, c.decided, 2),
    requests,
  };
}

export function hallReport(input: HallReportInput): { rows: HallReportRow[]; totals: HallReportTotals } {
  const sum = { t: NO_TICKETS, received: 0, c: NO_CASES, requests: 0 };
  const rows = input.halls.map((h) => {
    const t = input.tickets.get(h.code) ?? NO_TICKETS;
    const c = input.decided.get(h.code) ?? NO_CASES;
    const received = input.received.get(h.code) ?? 0;
    const requests = input.requests.get(h.code) ?? 0;
    sum.t = { served: sum.t.served + t.served, noShows: sum.t.noShows + t.noShows, waitMs: sum.t.waitMs + t.waitMs, waited: sum.t.waited + t.waited };
    sum.c = { decided: sum.c.decided + c.decided, promised: sum.c.promised + c.promised, onTime: sum.c.onTime + c.onTime, workingDays: sum.c.workingDays + c.workingDays, visits: sum.c.visits + c.visits };
    sum.received += received;
    sum.requests += requests;
    return { hallCode: h.code, hallName: h.name, kindName: h.kind === 'point' ? '便民服务点' : '中心', ...figures(t, received, c, requests) };
  });
  return { rows, totals: figures(sum.t, sum.received, sum.c, sum.requests) };
}
