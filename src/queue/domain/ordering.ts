export type TicketClass = 'priority' | 'normal';

/**
 * Which class a window calls next under the N:1 interleave (绿色通道): up to `interleave` priority
 * tickets in a row, then one normal. `interleave` 0 means strict priority. Falls back to the other
 * class when the preferred one is empty; null when both are empty.
 */
export function chooseClass(streak: number, interleave: number, hasPriority: boolean, hasNormal: boolean): TicketClass | null {
  const preferPriority = interleave === 0 || streak < interleave;
  if (preferPriority) return hasPriority ? 'priority' : hasNormal ? 'normal' : null;
  return hasNormal ? 'normal' : hasPriority ? 'priority' : null;
}

/** The window's streak after calling a ticket of `called` class. */
export function nextStreak(streak: number, called: TicketClass): number {
  return called === 'priority' ? streak + 1 : 0;
}

/** Queues a window serves: comprehensive windows every queue of the hall, dedicated ones their own. */
export function servedQueues(kind: 'comprehensive' | 'dedicated', own: string[], hallQueues: string[]): string[] {
  return kind === 'comprehensive' ? hallQueues : hallQueues.filter((q) => own.includes(q));
}
