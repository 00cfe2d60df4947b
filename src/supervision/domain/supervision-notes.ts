import { zonedIso } from '../../calendar/domain/iso-date';
import { caseEventText } from '../../cases/domain/case-event-text';

/** A row of the case trail (case_events) as the supervision page reads it. */
export interface TrailRow {
  id: number;
  caseId: number;
  action: string;
  toStatus: string;
  actorName: string | null;
  departmentCode: string | null;
  at: number;
  reason: string | null;
  payload: Record<string, unknown> | null;
}


export interface FollowUp {
  at: string;
  action: string;
  text: string;
  actorName: string | null;
  departmentCode: string | null;
  status: string;
  reason: string | null;
}

export interface SupervisionNote {
  id: number;
  at: string;
  actorName: string | null;
  /** 督办意见. */
  note: string;
  /** The date the department was asked to answer by, if any. */
  respondBy: string | null;
  /** What happened on the case after this note and before the next one. */
  followUps: FollowUp[];
}

function respondByOf(payload: Record<string, unknown> | null): string | null {
  const value = payload?.deadline;
  return typeof value === 'string' ? value : null;
}

/**
 * The 督办 notes of one case, oldest first, each with the trail entries that followed it (up to the next
 * note). `trail` is the case's trail in id order.
 */
export function supervisionNotes(trail: readonly TrailRow[], timeZone: string): SupervisionNote[] {
  const notes: SupervisionNote[] = [];
  for (const row of trail) {
    if (row.action === 'supervise') {
      notes.push({ id: row.id, at: zonedIso(row.at, timeZone), actorName: row.actorName, note: row.reason ?? '', respondBy: respondByOf(row.payload), followUps: [] });
      continue;
    }
    const current = notes[notes.length - 1];
    if (!current) continue;
    current.followUps.push({
      at: zonedIso(row.at, timeZone), action: row.action, text: caseEventText(row.action), actorName: row.actorName,
      departmentCode: row.departmentCode, status: row.toStatus, reason: row.reason,
    });
  }
  return notes;
}

/** The latest note, for the red and yellow list. */
export function latestNote(trail: readonly TrailRow[], timeZone: string): Omit<SupervisionNote, 'followUps'> | null {
  const notes = supervisionNotes(trail, timeZone);
  const last = notes[notes.length - 1];
  if (!last) return null;
  const { followUps: _ignored, ...note } = last;
  return note;
}
