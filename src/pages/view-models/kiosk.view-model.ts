import { servedQueues } from '../../queue/domain/ordering';
import { HallSource } from './hall-source';

export interface KioskOptions {
  /** `?print=1`: print the ticket as soon as it is shown (a kiosk with a receipt printer). */
  autoPrint: boolean;
}

/** The self-service kiosk (自助取号机). */
export function kioskViewModel(src: HallSource, options: KioskOptions) {
  const { hall, queues, windows, board } = src;
  const allCodes = queues.map((q) => q.code);
  const open = windows.filter((w) => w.status !== 'closed');
  return {
    title: `${hall.name} · 自助取号`,
    hallName: hall.name,
    queues: queues.map((q) => ({
      code: q.code,
      name: q.name,
      waiting: board.waiting[q.code] ?? 0,
      openWindows: open.filter((w) => servedQueues(w.kind, w.queueCodes, allCodes).includes(q.code)).length,
    })),
    priorityGroups: '70 周岁以上老年人、残疾人、退役军人、孕妇等',
    client: {
      hall: hall.code,
      hallName: hall.name,
      timeZone: hall.timeZone,
      queueNames: Object.fromEntries(queues.map((q) => [q.code, q.name])),
      /** Which queues each window serves, so open-window counts follow board updates. */
      windowServes: Object.fromEntries(windows.map((w) => [w.number, servedQueues(w.kind, w.queueCodes, allCodes)])),
      autoReturnSeconds: 30,
      autoPrint: options.autoPrint,
    },
  };
}
