/** 好差评 five-level scale: 5 非常满意 … 1 非常不满意. */
export const SCORES = [5, 4, 3, 2, 1] as const;
export type Score = (typeof SCORES)[number];

export const SCORE_LABELS: Record<Score, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** The score a case gets when its applicant has not rated it in time (默认评价). */
export const DEFAULT_SCORE: Score = 3;

export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && (SCORES as readonly number[]).includes(value);
}

export function scoreLabel(score: Score): string {
  return SCORE_LABELS[score];
}

/** 1–2 are bad reviews (差评): each opens a rectification task. */
export function isBadReview(score: Score): boolean {
  return score <= 2;
}

/** 4–5 count as satisfied in reports (满意率). */
export function isSatisfied(score: Score): boolean {
  return score >= 4;
}

/** A comment as stored: trimmed, empty is none. Length is checked by the DTO. */
export function normalizeComment(comment: string | null | undefined): string | null {
  const trimmed = (comment ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
