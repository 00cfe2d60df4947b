import { zonedIso } from '../../calendar/domain/iso-date';

/** An immediate case (即办件) with the ticket it was served on, as loaded for the overrun list. */
export interface ImmediateServiceRow {
  caseId: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  decidedAt: number | null;
  ticketNumber: string;
  windowNumber: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** The item's window limit in minutes (ServiceItem.windowMinutes); null means none is set. */
  windowMinutes: number | null;
}

export interface WindowOverrun {
  caseId: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  windowNumber: number | null;
  ticketNumber: string;
  startedAt: string;
  endedAt: string;
  /** Minutes at the window (a started minute counts), the item's limit, and how far over. */
  minutes: number;
  limitMinutes: number;
  overByMinutes: number;
}

const MINUTE = 60_000;

/**
 * Window service time of an immediate case: from the ticket's service start (startedAt, or calledAt when
 * the clerk never pressed start) to the case's decision (decidedAt, or the ticket's finish when the case has
 * none). Null when either end is unknown.
 */
export function windowServiceMs(row: ImmediateServiceRow): number | null {
  const start = row.startedAt ?? row.calledAt;
  const end = row.decidedAt ?? row.finishedAt;
  if (start === null || end === null || end < start) return null;
  return end - start;
}

/** An overrun when the service took longer than the item's windowMinutes (strictly); null otherwise. */
export function windowOverrun(row: ImmediateServiceRow, timeZone: string): WindowOverrun | null {
  const ms = windowServiceMs(row);
  if (ms === null || row.windowMinutes === null || ms <= row.windowMinutes * MINUTE) return null;
  const start = (row.startedAt ?? row.calledAt)!;
  const minutes = Math.ceil(ms / MINUTE);
  return {
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    itemCode: row.itemCode,
    itemName: row.itemName,
    windowNumber: row.windowNumber,
    ticketNumber: row.ticketNumber,
    startedAt: zonedIso(start, timeZone),
    endedAt: zonedIso(start + ms, timeZone),
    minutes,
    limitMinutes: row.windowMinutes,
    overByMinutes: Math.max(0, minutes - row.windowMinutes),
  };
}

/** Every overrun among the rows, the longest over first. */
export function windowOverruns(rows: readonly ImmediateServiceRow[], timeZone: string): WindowOverrun[] {
  return rows
    .map((r) => windowOverrun(r, timeZone))
    .filter((o): o is WindowOverrun => o !== null)
    .sort((a, b) => b.overByMinutes - a.overByMinutes || a.caseId - b.caseId);
}
