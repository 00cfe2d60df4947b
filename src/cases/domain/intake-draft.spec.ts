import { mayShowDraft, NO_VISIT, observeTicket, offerSameApplicant, type CounterVisit } from './intake-draft';

/** Replays what the desk saw at the window: the draft is begun after `before`, the panel reopens after `after`. */
function replay(before: Array<number | null>, after: Array<number | null>): { draft: CounterVisit; now: CounterVisit } {
  const draft = before.reduce(observeTicket, NO_VISIT);
  return { draft, now: after.reduce(observeTicket, draft) };
}

describe('intake draft: shown only for the ticket it was typed for', () => {
  it.each([
    ['reopened with the same ticket', true, [1], []],
    ['the same ticket seen again (refresh, recall, start)', true, [1], [1, 1, 1]],
    ['no ticket, reopened with still none', true, [null], [null]],
    ['resident B called after A (ticket 1 → 2)', false, [1], [2]],
    ['A finished, nobody called yet', false, [1], [null]],
    ['A finished, B called', false, [1], [null, 2]],
    ['A transferred or held, then the same number back', false, [1], [null, 1]],
    ['typed with no ticket, then a ticket called', false, [null], [3]],
    ['typed with no ticket, a ticket called and finished meanwhile', false, [null], [3, null]],
    ['the clerk changed window (no ticket there)', false, [5], [null]],
  ] as const)('%s → shown: %s', (_label, shown, before, after) => {
    const { draft, now } = replay([...before], [...after]);
    expect(mayShowDraft(draft, now)).toBe(shown);
    expect(offerSameApplicant(draft, now)).toBe(shown);
  });

  it('no draft is never shown', () => {
    expect(mayShowDraft(null, NO_VISIT)).toBe(false);
    expect(offerSameApplicant(null, observeTicket(NO_VISIT, 1))).toBe(false);
  });

  it('a visit is numbered anew each time the ticket changes', () => {
    expect(observeTicket(NO_VISIT, null)).toBe(NO_VISIT);
    expect(observeTicket(NO_VISIT, 7)).toEqual({ ticketId: 7, seq: 1 });
    expect(observeTicket({ ticketId: 7, seq: 1 }, null)).toEqual({ ticketId: null, seq: 2 });
  });
});
