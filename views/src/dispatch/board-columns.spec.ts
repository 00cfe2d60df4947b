import { boardColumns, cardOrder, columnOf, moveSelection } from './board-columns';

const card = (id: number, status: 'reported' | 'returned' | 'dispatched' | 'in_progress' | 'replied' | 'closed', respondBy: string, dueAt: string, repliedAt: string | null = null) => ({
  id,
  status,
  reportedAt: '2026-12-03T01:00:00.000Z',
  respondBy,
  dueAt,
  repliedAt,
});

describe('board columns', () => {
  it('puts each status in its column and leaves closed requests out', () => {
    expect(['reported', 'returned', 'dispatched', 'in_progress', 'replied', 'closed'].map((s) => columnOf(s as never))).toEqual([
      'waiting', 'waiting', 'working', 'working', 'closing', null,
    ]);
  });

  it('orders each column by the limit that matters there, earliest first', () => {
    const cols = boardColumns([
      card(1, 'reported', '2026-12-03T03:00:00.000Z', '2026-12-04T01:00:00.000Z'),
      card(2, 'returned', '2026-12-03T02:00:00.000Z', '2026-12-03T03:00:00.000Z'),
      card(3, 'in_progress', '2026-12-03T02:00:00.000Z', '2026-12-03T09:00:00.000Z'),
      card(4, 'dispatched', '2026-12-03T02:00:00.000Z', '2026-12-03T05:00:00.000Z'),
      card(5, 'replied', '2026-12-03T02:00:00.000Z', '2026-12-03T05:00:00.000Z', '2026-12-03T04:00:00.000Z'),
      card(6, 'closed', '2026-12-03T02:00:00.000Z', '2026-12-03T05:00:00.000Z', '2026-12-03T04:00:00.000Z'),
    ]);
    expect(cols.waiting.map((c) => c.id)).toEqual([2, 1]);
    expect(cols.working.map((c) => c.id)).toEqual([4, 3]);
    expect(cols.closing.map((c) => c.id)).toEqual([5]);
    expect(cardOrder(cols)).toEqual([2, 1, 4, 3, 5]);
  });

  it('moves J/K through the order and stops at the ends', () => {
    const order = [2, 1, 4];
    expect(moveSelection(order, null, 1)).toBe(2);
    expect(moveSelection(order, null, -1)).toBe(4);
    expect(moveSelection(order, 2, 1)).toBe(1);
    expect(moveSelection(order, 4, 1)).toBe(4);
    expect(moveSelection(order, 2, -1)).toBe(2);
    expect(moveSelection(order, 99, 1)).toBe(2); // the selected card left the board
    expect(moveSelection([], 1, 1)).toBeNull();
  });
});
