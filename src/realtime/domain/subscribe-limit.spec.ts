import { subscribeVerdict, type SubscribeCount } from './subscribe-limit';

const rule = { limit: 3, windowSeconds: 10 };
const T = 1_000_000;

/** Runs subscribes at the given offsets (ms from T) and lists the actions. */
function run(offsets: number[]): string[] {
  let count: SubscribeCount | undefined;
  return offsets.map((at) => {
    const verdict = subscribeVerdict(count, rule, T + at);
    count = verdict.count;
    return verdict.action === 'allow' ? 'allow' : `${verdict.action} ${verdict.retryAfterSeconds}`;
  });
}

describe('subscribeVerdict', () => {
  it.each([
    ['within the limit', [0, 1, 2], ['allow', 'allow', 'allow']],
    ['over it: refused with the wait', [0, 1, 2, 3000], ['allow', 'allow', 'allow', 'refuse 7']],
    ['refused as often again as the limit, still refused; once more, closed', [0, 0, 0, 1, 2, 3, 4000], ['allow', 'allow', 'allow', 'refuse 10', 'refuse 10', 'refuse 10', 'close 6']],
    ['a new window starts over, refusals forgotten', [0, 0, 0, 1, 2, 10_000, 10_001, 10_002, 10_003, 10_004], ['allow', 'allow', 'allow', 'refuse 10', 'refuse 10', 'allow', 'allow', 'allow', 'refuse 10', 'refuse 10']],
    ['every 3 s: the fourth within one window waits for the next', [0, 3000, 6000, 9000, 12_000, 15_000, 18_000], ['allow', 'allow', 'allow', 'refuse 1', 'allow', 'allow', 'allow']],
  ])('%s', (_what, offsets, expected) => {
    expect(run(offsets)).toEqual(expected);
  });
});
