import { chooseClass, nextStreak, servedQueues, TicketClass } from './ordering';

describe('chooseClass (N:1 interleave)', () => {
  it.each<[number, number, boolean, boolean, TicketClass | null]>([
    // streak, N, hasPriority, hasNormal → class
    [0, 3, true, true, 'priority'],
    [2, 3, true, true, 'priority'],
    [3, 3, true, true, 'normal'],
    [3, 3, true, false, 'priority'],
    [0, 3, false, true, 'normal'],
    [0, 3, false, false, null],
    [5, 0, true, true, 'priority'], // strict priority
    [0, 1, true, true, 'priority'],
    [1, 1, true, true, 'normal'],
  ])('streak %d, N=%d, priority %p, normal %p → %p', (streak, n, p, q, expected) => {
    expect(chooseClass(streak, n, p, q)).toBe(expected);
  });

  it('calls three priority tickets then one normal, repeatedly', () => {
    let streak = 0;
    const order: TicketClass[] = [];
    for (let i = 0; i < 8; i++) {
      const c = chooseClass(streak, 3, true, true)!;
      order.push(c);
      streak = nextStreak(streak, c);
    }
    expect(order.join(',')).toBe('priority,priority,priority,normal,priority,priority,priority,normal');
  });
});

describe('servedQueues', () => {
  const hall = ['A', 'B', 'C', 'D'];
  it.each<['comprehensive' | 'dedicated', string[], string[]]>([
    ['comprehensive', [], ['A', 'B', 'C', 'D']],
    ['dedicated', ['A'], ['A']],
    ['dedicated', ['C', 'Z'], ['C']],
  ])('%s window listing %j serves %j', (kind, own, expected) => expect(servedQueues(kind, own, hall)).toEqual(expected));
});
