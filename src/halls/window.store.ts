import { EntityManager } from 'typeorm';
import { HallWindow } from './hall-window.entity';

/**
 * Reads and writes of the windows table for other modules (the queue moves a window's state, ratings ask
 * whether the counter is busy). They take the caller's EntityManager so they run inside its transaction.
 */
export function findWindow(m: EntityManager, hallCode: string, number: number): Promise<HallWindow | null> {
  return m.findOneBy(HallWindow, { hallCode, number });
}

/** The hall's windows by number. */
export function hallWindows(m: EntityManager, hallCode: string): Promise<HallWindow[]> {
  return m.find(HallWindow, { where: { hallCode }, order: { number: 'ASC' } });
}

/** Stores what a window command changes: status, operator, current ticket, priority streak, and when. */
export async function saveWindowState(m: EntityManager, w: HallWindow, now: number): Promise<void> {
  w.updatedAt = now;
  await m.update(HallWindow, { id: w.id }, { status: w.status, operatorId: w.operatorId, currentTicketId: w.currentTicketId, priorityStreak: w.priorityStreak, updatedAt: now });
}
