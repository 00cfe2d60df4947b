export type TicketClass = 'appointment' | 'priority' | 'normal';

/**
 * Which class a window calls next. First a checked-in appointment (预约) whose slot has begun
 * (`hasDueAppointment`); then the N:1 interleave (绿色通道): up to `interleave` priority tickets in a row,
 * then one normal. `interleave` 0 means strict priority. Falls back to the other class when the preferred
 * one is empty; null when all are empty. An appointment not yet due waits as a normal ticket (FIFO).
 */
export function chooseClass(streak: number, interleave: number, hasPriority: boolean, hasNormal: boolean, hasDueAppointment = false): TicketClass | null {
  if (hasDueAppointment) return 'appointment';
  const preferPriority = interleave === 0 || streak < interleave;
  if (preferPriority) return hasPriority ? 'priority' : hasNormal ? 'normal' : null;
  return hasNormal ? 'normal' : hasPriority ? 'priority' : null;
}

/** The window's streak after calling a ticket of `called` class (a due appointment leaves the interleave as it was). */
export function nextStreak(streak: number, called: TicketClass): number {
  if (called === 'appointment') return streak;
  return called === 'priority' ? streak + 1 : 0;
}

/** The class a waiting ticket is called in at `now`: an appointment once its slot has begun, else by its priority. */
export function ticketClass(t: { priority: boolean; appointment?: boolean; appointmentStart?: number | null }, now: number): TicketClass {
  if (t.appointment && t.appointmentStart != null && t.appointmentStart <= now) return 'appointment';
  return t.priority ? 'priority' : 'normal';
}

/** Queues a window serves: comprehensive windows every queue of the hall, dedicated ones their own. */
export function servedQueues(kind: 'comprehensive' | 'dedicated', own: string[], hallQueues: string[]): string[] {
  return kind === 'comprehensive' ? hallQueues : hallQueues.filter((q) => own.includes(q));
}
