import { defaultRatingCutoff, isDueForDefaultRating } from './default-rating';

const DAY = 86_400_000;
const delivered = Date.parse('2026-11-23T10:00:00+08:00');

describe('default ratings', () => {
  it.each([
    [null, 30 * DAY, false],
    [delivered, 6 * DAY, false],
    [delivered, 7 * DAY, false], // exactly seven days: not yet "more than"
    [delivered, 7 * DAY + 1, true],
    [delivered, 40 * DAY, true],
  ] as Array<[number | null, number, boolean]>)('delivered %j, %d ms later: due %s', (deliveredAt, elapsed, due) => {
    expect(isDueForDefaultRating(deliveredAt, delivered + elapsed, 7)).toBe(due);
  });

  it('moves the cutoff with the configured days', () => {
    expect(defaultRatingCutoff(delivered + 3 * DAY, 3)).toBe(delivered);
  });
});
