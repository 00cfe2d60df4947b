// The kiosk returns to its start, everything cleared, after a while without a touch or a key: the next
// resident never sees the last one's phone number, 绿色通道 or ticket.

/** Seconds without a touch or key before the kiosk clears itself: the one setting. */
export const KIOSK_IDLE_SECONDS = 30;
/** What `?idle=N` on the kiosk's address may ask for (a slower or quicker hall; the browser tests). */
export const KIOSK_IDLE_RANGE = { min: 2, max: 300 } as const;

/** `?idle=N` if it is a whole number of seconds in range, the default otherwise. */
export function kioskIdleSeconds(query: unknown): number {
  const n = typeof query === 'string' && /^\d{1,3}$/.test(query) ? Number(query) : NaN;
  return n >= KIOSK_IDLE_RANGE.min && n <= KIOSK_IDLE_RANGE.max ? n : KIOSK_IDLE_SECONDS;
}

/** Whole seconds left before the kiosk clears itself (0: now), the last touch at `lastTouchMs`. */
export function idleSecondsLeft(lastTouchMs: number, nowMs: number, idleSeconds: number): number {
  return Math.max(0, Math.ceil(idleSeconds - Math.max(0, nowMs - lastTouchMs) / 1000));
}
