import { DEFAULT_SCORE, isBadReview, isSatisfied, isScore, normalizeComment, Score, scoreLabel, SCORES } from './score';

describe('rating scale', () => {
  it.each([
    [5, '非常满意', false, true],
    [4, '满意', false, true],
    [3, '基本满意', false, false],
    [2, '不满意', true, false],
    [1, '非常不满意', true, false],
  ] as Array<[Score, string, boolean, boolean]>)('%i is %s (bad: %s, satisfied: %s)', (score, label, bad, satisfied) => {
    expect(scoreLabel(score)).toBe(label);
    expect(isBadReview(score)).toBe(bad);
    expect(isSatisfied(score)).toBe(satisfied);
  });

  it('lists the scale best first, and the default is 基本满意', () => {
    expect(SCORES).toEqual([5, 4, 3, 2, 1]);
    expect(scoreLabel(DEFAULT_SCORE)).toBe('基本满意');
    expect(isBadReview(DEFAULT_SCORE)).toBe(false);
  });

  it.each([[0, false], [6, false], [2.5, false], ['3', false], [null, false], [1, true], [5, true]])('isScore(%j) is %s', (value, ok) => {
    expect(isScore(value)).toBe(ok);
  });

  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['   ', null],
    ['  窗口态度差 ', '窗口态度差'],
  ])('normalizeComment(%j) is %j', (raw, expected) => {
    expect(normalizeComment(raw)).toBe(expected);
  });
});
