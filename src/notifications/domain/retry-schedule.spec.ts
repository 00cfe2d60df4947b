import { nextAttemptAt } from './retry-schedule';

const NOW = 1_764_800_000_000;
const S = 1000;
const MIN = 60 * S;

describe('retry schedule', () => {
  it.each([
    // failed attempts so far, max attempts → wait before the next, or null (failed)
    [1, 6, 10 * S],
    [2, 6, 30 * S],
    [3, 6, 2 * MIN],
    [4, 6, 10 * MIN],
    [5, 6, 30 * MIN],
    [6, 6, null],
    [6, 10, 60 * MIN],
    [9, 10, 60 * MIN],
    [10, 10, null],
    [1, 1, null],
    [0, 3, 10 * S],
  ])('after %i failed attempt(s) of at most %i: wait %p ms', (attempts, max, wait) => {
    expect(nextAttemptAt(attempts, NOW, max)).toBe(wait === null ? null : NOW + wait);
  });
});
