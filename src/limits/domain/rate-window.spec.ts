import { countHit, decide, type RateRule, waitSeconds, type WindowCount } from './rate-window';

const rule: RateRule = { limit: 3, windowSeconds: 10 };
const T = 1_000_000;

describe('countHit', () => {
  it.each<[string, WindowCount | undefined, number, WindowCount]>([
    ['opens a window on the first event', undefined, T, { count: 1, resetAt: T + 10_000 }],
    ['counts inside the window', { count: 1, resetAt: T + 5_000 }, T, { count: 2, resetAt: T + 5_000 }],
    ['starts over once the window ended', { count: 9, resetAt: T }, T, { count: 1, resetAt: T + 10_000 }],
    ['starts over after the window', { count: 9, resetAt: T - 1 }, T, { count: 1, resetAt: T + 10_000 }],
  ])('%s', (_name, current, now, expected) => {
    expect(countHit(current, rule, now)).toEqual(expected);
  });
});

describe('waitSeconds and decide', () => {
  it.each<[string, WindowCount | undefined, number]>([
    ['nothing counted', undefined, 0],
    ['under the limit', { count: 2, resetAt: T + 5_000 }, 0],
    ['at the limit: waits until the window ends', { count: 3, resetAt: T + 5_000 }, 5],
    ['rounds a part second up', { count: 3, resetAt: T + 4_001 }, 5],
    ['never says 0 while blocked', { count: 7, resetAt: T + 1 }, 1],
    ['a window that ended blocks nothing', { count: 7, resetAt: T }, 0],
  ])('%s', (_name, current, wait) => {
    expect(waitSeconds(current, rule, T)).toBe(wait);
    expect(decide(current, rule, T)).toEqual(wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait });
  });
});
