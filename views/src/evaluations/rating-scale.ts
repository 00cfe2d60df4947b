// What the 好差评 widget offers: the server's scale (src/evaluations/domain/score.ts), best first.
import { isBadReview, type Score, scoreLabel, SCORES } from '../../../src/evaluations/domain/score';

export interface RatingChoice {
  score: Score;
  label: string;
  /** 1–2: the widget asks for a comment before sending. */
  bad: boolean;
}

export const RATING_CHOICES: readonly RatingChoice[] = SCORES.map((score) => ({ score, label: scoreLabel(score), bad: isBadReview(score) }));

/** The mouth of a face as an SVG path in a 100×100 box: a smile for 5 … a frown for 1. */
export function mouthPath(score: Score): string {
  const curve = (score - 3) / 2; // 1 smile … -1 frown
  const base = curve >= 0 ? 64 : 74;
  return `M 28 ${base} Q 50 ${base + 22 * curve} 72 ${base}`;
}
