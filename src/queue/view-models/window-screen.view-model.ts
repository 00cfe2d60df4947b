import { servedQueues } from '../../queue/domain/ordering';
import { HallSource } from './hall-source';
import { WINDOW_STATUS_TEXT } from './labels';

/** The screen above one counter (窗口屏); null when the hall has no such window. */
export function windowScreenViewModel(src: HallSource, n: number, options: { voice: boolean }) {
  const layout = src.windows.find((w) => w.number === n);
  if (!layout) return null;
  const live = src.board.windows.find((w) => w.number === n);
  const status = (live?.status ?? layout.status) as keyof typeof WINDOW_STATUS_TEXT;
  const names = Object.fromEntries(src.queues.map((q) => [q.code, q.name]));
  const serves = servedQueues(layout.kind, layout.queueCodes, src.queues.map((q) => q.code)).map((c) => names[c]);
  return {
    title: `${layout.name} · ${src.hall.name}`,
    hallName: src.hall.name,
    window: { number: layout.number, name: layout.name, serves: layout.kind === 'comprehensive' ? '综合受理 · 全部业务' : serves.join('、') },
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
