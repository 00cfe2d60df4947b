/** Waits after the 1st, 2nd, 3rd… failed attempt; the last one repeats. */
export const RETRY_DELAYS_MS = [10_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000] as const;

/**
 * When to try again after `attempts` failed attempts, or null when the message has had `maxAttempts`
 * tries and is `failed`. Pure: the sender passes its clock's `now`.
 */
export function nextAttemptAt(attempts: number, now: number, maxAttempts: number): number | null {
  if (attempts >= maxAttempts) return null;
  const delay = RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
  return now + delay;
}
