import { isBadReview, SCORE_LABELS, SCORES } from '../../../src/evaluations/domain/score';
import { mouthPath, RATING_CHOICES } from './rating-scale';

describe('the rating widget scale', () => {
  it('offers the domain scale, best first, with the same labels', () => {
    expect(RATING_CHOICES.map((c) => [c.score, c.label])).toEqual(SCORES.map((s) => [s, SCORE_LABELS[s]]));
  });

  it.each([
    [5, false],
    [4, false],
    [3, false],
    [2, true],
    [1, true],
  ] as const)('treats %i as bad: %s, like the domain', (score, bad) => {
    expect(RATING_CHOICES.find((c) => c.score === score)?.bad).toBe(bad);
    expect(isBadReview(score)).toBe(bad);
  });

  it.each([
    [5, 'M 28 64 Q 50 86 72 64'],
    [4, 'M 28 64 Q 50 75 72 64'],
    [3, 'M 28 64 Q 50 64 72 64'],
    [2, 'M 28 74 Q 50 63 72 74'],
    [1, 'M 28 74 Q 50 52 72 74'],
  ] as const)('draws the mouth of %i as %s', (score, path) => {
    expect(mouthPath(score)).toBe(path);
  });
});
