// The dispatcher's board in three columns, most urgent first in each, and moving through the cards with J/K.
import type { RequestStatus } from '../../../src/requests/domain/request-state';
import type { RequestListItem } from '../../../src/requests/domain/request-views';

export type BoardColumnId = 'waiting' | 'working' | 'closing';

export const BOARD_COLUMNS: ReadonlyArray<{ id: BoardColumnId; label: string; hint: string; statuses: readonly RequestStatus[] }> = [
  { id: 'waiting', label: '待派单', hint: '新上报与部门退回', statuses: ['reported', 'returned'] },
  { id: 'working', label: '处理中', hint: '已派单、部门办理中', statuses: ['dispatched', 'in_progress'] },
  { id: 'closing', label: '待办结', hint: '部门已答复：回访后办结', statuses: ['replied'] },
];

/** Statuses the board lists (closed requests leave it). */
export const BOARD_STATUSES: RequestStatus[] = BOARD_COLUMNS.flatMap((c) => [...c.statuses]);

export function columnOf(status: RequestStatus): BoardColumnId | null {
  return BOARD_COLUMNS.find((c) => c.statuses.includes(status))?.id ?? null;
}

type Card = Pick<RequestListItem, 'id' | 'status' | 'respondBy' | 'dueAt' | 'repliedAt' | 'reportedAt'>;

/** The deadline that orders a column: the dispatch limit while waiting, the due time while worked, the reply time after. */
const sortKey = (c: Card): string => {
  const column = columnOf(c.status);
  if (column === 'waiting') return c.respondBy;
  if (column === 'working') return c.dueAt;
  return c.repliedAt ?? c.reportedAt;
};

export function boardColumns<T extends Card>(cards: Iterable<T>): Record<BoardColumnId, T[]> {
  const out: Record<BoardColumnId, T[]> = { waiting: [], working: [], closing: [] };
  for (const c of cards) {
    const column = columnOf(c.status);
    if (column) out[column].push(c);
  }
  for (const list of Object.values(out)) list.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.id - b.id);
  return out;
}

/** The cards in reading order (column by column), as J/K walk them. */
export function cardOrder(columns: Record<BoardColumnId, Card[]>): number[] {
  return BOARD_COLUMNS.flatMap((c) => columns[c.id].map((card) => card.id));
}

/** The card `step` away from `current` (the first one when none is selected), staying at the ends. */
export function moveSelection(order: readonly number[], current: number | null, step: number): number | null {
  if (!order.length) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return order[step < 0 ? order.length - 1 : 0];
  return order[Math.max(0, Math.min(order.length - 1, at + step))];
}
