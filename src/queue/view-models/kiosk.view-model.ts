import { KIOSK_IDLE_SECONDS } from '../domain/kiosk-idle';
import { servedQueues } from '../domain/ordering';
import { HallSource } from './hall-source';
import type { KioskHours } from './kiosk-hours.view-model';

export interface KioskOptions {
  /** `?print=1`: print the ticket as soon as it is shown (a kiosk with a receipt printer). */
  autoPrint: boolean;
  /** The hall's opening hours, followed by the kiosk (kiosk-hours.view-model.ts); none: always open. */
  hours?: KioskHours;
  /** Seconds without a touch before the kiosk clears itself (kiosk-idle.ts; `?idle=N`), 30 by default. */
  idleSeconds?: number;
}

/** How many windows that are not closed serve each queue (the kiosk shows it and keeps it live). */
export function openWindowCounts(windows: ReadonlyArray<{ number: number; status: string }>, windowServes: Readonly<Record<number, readonly string[]>>): Record<string, number> {
  const open: Record<string, number> = {};
  for (const w of windows) {
    if (w.status === 'closed') continue;
    for (const q of windowServes[w.number] ?? []) open[q] = (open[q] ?? 0) + 1;
  }
  return open;
}

/** The self-service kiosk (自助取号机). */
export function kioskViewModel(src: HallSource, options: KioskOptions) {
  const { hall, queues, windows, board } = src;
  const allCodes = queues.map((q) => q.code);
  const windowServes: Record<number, string[]> = Object.fromEntries(windows.map((w) => [w.number, servedQueues(w.kind, w.queueCodes, allCodes)]));
  const open = openWindowCounts(windows, windowServes);
  return {
    title: `${hall.name} · 自助取号`,
    hallName: hall.name,
    priorityGroups: '70 周岁以上老年人、残疾人、退役军人、孕妇等',
    client: {
      hall: hall.code,
      hallName: hall.name,
      timeZone: hall.timeZone,
      /** The queue buttons (rendered by the page's script: views/src/queue/kiosk-queues.ts). */
      queues: queues.map((q) => ({ code: q.code, name: q.name, waiting: board.waiting[q.code] ?? 0, openWindows: open[q.code] ?? 0 })),
      queueNames: Object.fromEntries(queues.map((q) => [q.code, q.name])),
      /** Which queues each window serves, so open-window counts follow board updates. */
      windowServes,
      /** Without a touch or key for this long, the kiosk returns to its start with everything cleared. */
      autoReturnSeconds: options.idleSeconds ?? KIOSK_IDLE_SECONDS,
      autoPrint: options.autoPrint,
      hours: options.hours ?? null,
    },
  };
}
