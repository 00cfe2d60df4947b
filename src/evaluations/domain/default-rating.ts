const DAY_MS = 86_400_000;

/**
 * 默认评价: a case whose result reached the resident more than `days` calendar days ago and that the
 * resident did not rate is rated 3 基本满意 by the system. Cases delivered before this instant qualify.
 */
export function defaultRatingCutoff(now: number, days: number): number {
  return now - days * DAY_MS;
}

export function isDueForDefaultRating(deliveredAt: number | null, now: number, days: number): boolean {
  return deliveredAt !== null && deliveredAt < defaultRatingCutoff(now, days);
}
