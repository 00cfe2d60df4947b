import { PadFacts, padPending, withinPadTime } from './pad-rating';

const MIN = 60_000;
const finished = { id: 9, number: 'A009', finishedAt: 1_000 * MIN };
const facts = (over: Partial<PadFacts> = {}): PadFacts => ({
  lastFinished: finished, rated: false, counterBusy: false, lastOtherCallAt: finished.finishedAt - 5 * MIN, now: finished.finishedAt + MIN, minutes: 10, ...over,
});

describe('padPending', () => {
  it.each([
    ['a visit finished a minute ago', facts(), finished],
    ['exactly at the end of the pad time', facts({ now: finished.finishedAt + 10 * MIN }), finished],
    ['no other ticket was ever called at the window', facts({ lastOtherCallAt: null }), finished],
    ['another call in the same millisecond, nobody at the counter (a pinned clock)', facts({ lastOtherCallAt: finished.finishedAt }), finished],
    ['nothing finished yet', facts({ lastFinished: null }), null],
    ['already rated', facts({ rated: true }), null],
    ['past the pad time', facts({ now: finished.finishedAt + 10 * MIN + 1 }), null],
    ['the next resident is at the counter', facts({ counterBusy: true }), null],
    ['the next resident was called (and left) after the finish', facts({ lastOtherCallAt: finished.finishedAt + 1 }), null],
    ['a clock before the finish (skew)', facts({ now: finished.finishedAt - 1 }), null],
  ] as Array<[string, PadFacts, unknown]>)('%s', (_what, f, expected) => {
    expect(padPending(f)).toEqual(expected);
  });

  it.each([
    [0, 10, true], [10 * MIN, 10, true], [10 * MIN + 1, 10, false], [-1, 10, false], [30 * MIN, 30, true],
  ])('withinPadTime(+%d ms, %d min) is %s', (elapsed, minutes, ok) => {
    expect(withinPadTime(1e9, 1e9 + elapsed, minutes)).toBe(ok);
  });
});
