/** A finished visit the window pad may ask the resident to rate. */
export interface PadTicket {
  id: number;
  number: string;
  finishedAt: number;
}

export interface PadFacts {
  /** The window's most recently finished (done) ticket, if any. */
  lastFinished: PadTicket | null;
  /** That ticket already has a rating. */
  rated: boolean;
  /** Someone is at the counter now: the window has a current (called or serving) ticket. */
  counterBusy: boolean;
  /** The latest call at this window of any other ticket, if any. */
  lastOtherCallAt: number | null;
  now: number;
  /** PAD_RATING_MINUTES: how long after the service the pad still asks. */
  minutes: number;
}

/** Still within the pad's time after the service (the resident is likely still at the counter). */
export function withinPadTime(finishedAt: number, now: number, minutes: number): boolean {
  return now >= finishedAt && now - finishedAt <= minutes * 60_000;
}

/**
 * The pad asks about the window's last finished visit while it is recent and unrated, and only until the
 * window calls its next resident (someone is at the counter, or another ticket was called after the
 * finish): then the person in front of the pad is someone else.
 */
export function padPending(f: PadFacts): PadTicket | null {
  const t = f.lastFinished;
  if (!t || f.rated || f.counterBusy) return null;
  if (!withinPadTime(t.finishedAt, f.now, f.minutes)) return null;
  if (f.lastOtherCallAt !== null && f.lastOtherCallAt > t.finishedAt) return null;
  return t;
}
