import { readFileSync } from 'fs';
import { join } from 'path';
import { SCORE_LABELS, SCORES } from '../domain/score';

// views/assets/rating.js carries its own copy of the scale (it runs on pages without a view-model of ours).
describe('the rating widget script', () => {
  const script = readFileSync(join(__dirname, '../../../views/assets/rating.js'), 'utf8');

  it('offers the domain scale, best first, with the same labels', () => {
    const offered = [...script.matchAll(/\{ score: (\d), label: '([^']+)' \}/g)].map((m) => [Number(m[1]), m[2]]);
    expect(offered).toEqual(SCORES.map((s) => [s, SCORE_LABELS[s]]));
  });

  it('treats 1–2 as bad reviews, like the domain', () => {
    expect(script).toContain('const BAD = (score) => score <= 2;');
  });
});
