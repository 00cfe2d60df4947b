import type { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { OPEN_CASE_STATUSES } from '../../cases/domain/case-state';
import { isActiveTask, isClocked } from '../../cases/domain/case-policy';
import { asLight, DepartmentRef, LIGHTS, remaining, Remaining } from './lights';
import { latestNote, SupervisionNote, supervisionNotes, TrailRow } from './supervision-notes';

export interface TaskRow {
  departmentCode: string;
  status: string;
  assigneeName: string | null;
}

/** A case on the supervision board: plain facts loaded by the service. */
export interface BoardCaseRow {
  id: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  status: string;
  warningLevel: string | null;
  supervised: boolean;
  dueDate: string | null;
  statutoryDueDate: string | null;
  dueAt: number | null;
  tasks: readonly TaskRow[];
  /** The case's trail in id order (at least its 督办 notes and what followed them). */
  trail: readonly TrailRow[];
}

export interface BoardContext {
  calendar: WorkingCalendar;
  now: number;
  timeZone: string;
  departmentNames: ReadonlyMap<string, string>;
}

export interface CaseCard extends Remaining {
  caseId: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  status: string;
  /** The light; null once the case left the clocked statuses. */
  level: string | null;
  /** Not yet decided, refused or withdrawn (a case back at the window for 补正 is open, without a light). */
  open: boolean;
  supervised: boolean;
  /** The departments holding the case now (open tasks), or that last held it. */
  departments: DepartmentRef[];
  /** Who signed for it (签收人) in those departments. */
  assignees: string[];
  dueDate: string | null;
  statutoryDueDate: string | null;
}

export type WarningCase = CaseCard & { latestNote: Omit<SupervisionNote, 'followUps'> | null };
export type SupervisedCase = CaseCard & {
  notes: SupervisionNote[];
  /** The department did something after the latest note (or there is no note: supervised by the sweep). */
  answered: boolean;
};

const GRAVITY: Record<string, number> = { red_plus: 0, red: 1, yellow: 2, green: 3 };

/** The tasks that say who holds the case: open ones; else the finished ones; else any. */
function holdingTasks(tasks: readonly TaskRow[]): readonly TaskRow[] {
  const open = tasks.filter((t) => isActiveTask(t.status));
  if (open.length) return open;
  const done = tasks.filter((t) => t.status === 'done');
  return done.length ? done : tasks;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function caseCard(row: BoardCaseRow, ctx: BoardContext): CaseCard {
  const holding = holdingTasks(row.tasks);
  const clocked = isClocked(row.status);
  const left = clocked
    ? remaining(ctx.calendar, row, ctx.now, ctx.timeZone)
    : { overdue: false, daysOver: null, daysLeft: null, hoursOver: null, hoursLeft: null };
  return {
    caseId: row.id,
    caseNumber: row.caseNumber,
    itemCode: row.itemCode,
    itemName: row.itemName,
    status: row.status,
    level: clocked ? asLight(row.warningLevel) : null,
    open: (OPEN_CASE_STATUSES as readonly string[]).includes(row.status),
    supervised: row.supervised,
    departments: unique(holding.map((t) => t.departmentCode)).map((code) => ({ code, name: ctx.departmentNames.get(code) ?? code })),
    assignees: unique(holding.map((t) => t.assigneeName).filter((n): n is string => !!n)),
    dueDate: row.dueDate,
    statutoryDueDate: row.statutoryDueDate,
    ...left,
  };
}

/** Gravest first, then the most overdue (earliest due date), then by case id. */
function byUrgency(a: CaseCard, b: CaseCard): number {
  return (
    (GRAVITY[a.level ?? ''] ?? 9) - (GRAVITY[b.level ?? ''] ?? 9) ||
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
    a.caseId - b.caseId
  );
}

/** The red+, red and yellow cases of the board, gravest first, each with its latest 督办意见. */
export function warningList(rows: readonly BoardCaseRow[], ctx: BoardContext): WarningCase[] {
  return rows
    .filter((r) => isClocked(r.status) && LIGHTS.indexOf(asLight(r.warningLevel)) > 0)
    .map((r) => ({ ...caseCard(r, ctx), latestNote: latestNote(r.trail, ctx.timeZone) }))
    .sort(byUrgency);
}

/**
 * The supervised cases (督办件) with every note and what the department did after each. Open cases first
 * (gravest, most overdue first), then those already closed, latest first.
 */
export function supervisedList(rows: readonly BoardCaseRow[], ctx: BoardContext): SupervisedCase[] {
  const cards = rows
    .filter((r) => r.supervised)
    .map((r) => {
      const notes = supervisionNotes(r.trail, ctx.timeZone);
      const last = notes[notes.length - 1];
      return { ...caseCard(r, ctx), notes, answered: !last || last.followUps.length > 0 };
    });
  const open = cards.filter((c) => c.open).sort(byUrgency);
  const closed = cards.filter((c) => !c.open).sort((a, b) => b.caseId - a.caseId);
  return [...open, ...closed];
}
