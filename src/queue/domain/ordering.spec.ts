import { chooseClass, nextStreak, servedQueues, TicketClass, ticketClass } from './ordering';

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

describe('due appointments (预约) come first', () => {
  it.each<[string, number, number, boolean, boolean, boolean, TicketClass | null]>([
    // streak, N, hasPriority, hasNormal, hasDueAppointment → class
    ['a due appointment before priority', 0, 3, true, true, true, 'appointment'],
    ['a due appointment before normal at the end of a streak', 3, 3, true, true, true, 'appointment'],
    ['only a due appointment', 0, 3, false, false, true, 'appointment'],
    ['none due: the interleave as before', 0, 3, true, true, false, 'priority'],
    ['none due, streak full', 3, 3, true, true, false, 'normal'],
  ])('%s', (_, streak, n, p, q, due, expected) => {
    expect(chooseClass(streak, n, p, q, due)).toBe(expected);
  });

  it('keeps the interleave streak across an appointment', () => {
    expect(nextStreak(2, 'appointment')).toBe(2);
    expect(nextStreak(2, 'normal')).toBe(0);
  });

  const start = Date.parse('2026-11-23T02:00:00Z');
  it.each<[string, { priority: boolean; appointment?: boolean; appointmentStart?: number | null }, number, TicketClass]>([
    ['an appointment before its slot waits as normal', { priority: false, appointment: true, appointmentStart: start }, start - 1, 'normal'],
    ['an appointment at its slot start is due', { priority: false, appointment: true, appointmentStart: start }, start, 'appointment'],
    ['an appointment later in its slot is due', { priority: false, appointment: true, appointmentStart: start }, start + 3_600_000, 'appointment'],
    ['a walk-in', { priority: false }, start, 'normal'],
    ['绿色通道', { priority: true, appointment: false, appointmentStart: null }, start, 'priority'],
  ])('%s', (_, t, now, cls) => {
    expect(ticketClass(t, now)).toBe(cls);
  });
});
