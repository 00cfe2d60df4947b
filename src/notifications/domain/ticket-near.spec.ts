import { ticketNearNotices, WaitingTicket } from './ticket-near';

const t = (id: number, phone: string | null = null): WaitingTicket => ({ id, number: `A${String(id).padStart(3, '0')}`, phone });

describe('ticket near notices', () => {
  it.each([
    // the waiting head in calling order, NOTIFY_AHEAD → [ticket id, ahead] told
    ['nobody has a phone', [t(1), t(2), t(3), t(4)], 3, []],
    ['the 4th (3 ahead) has a phone', [t(1), t(2), t(3), t(4, '13900009000')], 3, [[4, 3]]],
    ['every phone within reach, ahead counted by position', [t(1, '13900000001'), t(2), t(3, '13900000003'), t(4, '13900000004')], 3, [[1, 0], [3, 2], [4, 3]]],
    ['beyond NOTIFY_AHEAD nobody', [t(1), t(2), t(3), t(4), t(5, '13900000005')], 3, []],
    ['NOTIFY_AHEAD 0: only the next one', [t(1, '13900000001'), t(2, '13900000002')], 0, [[1, 0]]],
    ['an empty queue', [], 3, []],
  ] as Array<[string, WaitingTicket[], number, Array<[number, number]>]>)('%s', (_, waiting, ahead, expected) => {
    const notices = ticketNearNotices(waiting, ahead);
    expect(notices.map((n) => [Number(n.subjectId), Number(/前面还有 (\d+) 人/.exec(n.text)?.[1] ?? 0)])).toEqual(expected);
    for (const n of notices) {
      expect(n).toMatchObject({ kind: 'ticket_near', subjectType: 'ticket', dedupeKey: `ticket_near:${n.subjectId}` });
      expect(n.to).toMatch(/^139/);
    }
  });
});
