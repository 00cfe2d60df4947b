import { servedQueues } from '../../queue/domain/ordering';
import { HallSource } from './hall-source';
import { WINDOW_STATUS_TEXT } from './labels';

/** What a window screen says the window serves (also redrawn in the browser when an admin changes the hall). */
export function windowServesText(w: { kind: 'comprehensive' | 'dedicated'; queueCodes: string[] }, queues: ReadonlyArray<{ code: string; name: string }>): string {
  if (w.kind === 'comprehensive') return '综合受理 · 全部业务';
  const names = Object.fromEntries(queues.map((q) => [q.code, q.name]));
  return servedQueues(w.kind, w.queueCodes, queues.map((q) => q.code)).map((c) => names[c]).join('、');
}

/** The screen above one counter (窗口屏); null when the hall has no such window. */
export function windowScreenViewModel(src: HallSource, n: number, options: { voice: boolean }) {
  const layout = src.windows.find((w) => w.number === n);
  if (!layout) return null;
  const live = src.board.windows.find((w) => w.number === n);
  const status = (live?.status ?? layout.status) as keyof typeof WINDOW_STATUS_TEXT;
  return {
    title: `${layout.name} · ${src.hall.name}`,
    hallName: src.hall.name,
    window: { number: layout.number, name: layout.name, serves: windowServesText(layout, src.queues) },
    status,
    statusText: WINDOW_STATUS_TEXT[status] ?? status,
    currentNumber: live?.currentNumber ?? null,
    client: {
      hall: src.hall.code,
      window: n,
      timeZone: src.hall.timeZone,
      voice: options.voice,
      windowStatusText: WINDOW_STATUS_TEXT,
      snapshot: src.board,
    },
  };
}
