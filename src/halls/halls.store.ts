import type { HallKind } from './domain/hall-rules';
import { EntityManager } from 'typeorm';
import type { WindowKind } from './domain/window-kind';
import { HallWindow } from './hall-window.entity';
import { Hall } from './hall.entity';
import { ServiceQueue } from './service-queue.entity';
import { rowLock } from '../database/dialect';

/**
 * Reads and writes of the halls' tables for other modules (the queue moves a window's state, ratings ask
 * whether the counter is busy). They take the caller's EntityManager so they run inside its transaction.
 */
/** `forUpdate`: the window command's lock (PostgreSQL), so two clicks on one window run one after the other. */
export function findWindow(m: EntityManager, hallCode: string, number: number, { forUpdate = false } = {}): Promise<HallWindow | null> {
  return m.findOne(HallWindow, { where: { hallCode, number }, ...(forUpdate ? rowLock(m) : {}) });
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

export async function hasHalls(m: EntityManager): Promise<boolean> {
  return (await m.count(Hall)) > 0;
}

/** A new hall with its queues (in this order) and its windows, all closed: the seed of an empty database. */
export interface HallSetup {
  hall: { code: string; name: string; timeZone: string; kind?: HallKind; parentHall?: string | null };
  queues: Array<{ code: string; name: string }>;
  windows: Array<{ number: number; name: string; kind: WindowKind; queueCodes: string[] }>;
}

export async function insertHall(m: EntityManager, setup: HallSetup, now: number): Promise<void> {
  const hallCode = setup.hall.code;
  await m.insert(Hall, setup.hall);
  await m.insert(ServiceQueue, setup.queues.map((q, i) => ({ ...q, hallCode, sortOrder: i })));
  await m.insert(HallWindow, setup.windows.map((w) => ({ ...w, hallCode, status: 'closed' as const, updatedAt: now })));
}

/** The codes of every hall, for checks of codes other modules store (a staff member's halls). */
export async function hallCodesNow(m: EntityManager): Promise<string[]> {
  return (await m.find(Hall, { select: { code: true }, order: { code: 'ASC' } })).map((h) => h.code);
}
