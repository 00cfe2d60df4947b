import { clockTime, HallSource } from './hall-source';
import { callSentence, WINDOW_STATUS_TEXT } from './labels';

/** The hall board (大厅叫号屏): server-rendered from the current snapshot, then kept live by board.js. */
export function boardViewModel(src: HallSource) {
  const { hall, queues, board } = src;
  const windowNames = Object.fromEntries(board.windows.map((w) => [w.number, w.name]));
  const latest = board.recentCalls[0] ?? null;
  return {
    title: `${hall.name} · 叫号屏`,
    hallName: hall.name,
    current: latest
      ? { number: latest.number, windowNumber: latest.windowNumber, windowName: windowNames[latest.windowNumber] ?? `${latest.windowNumber}号窗口`, sentence: callSentence(latest.number, latest.windowNumber) }
      : null,
    recentCalls: board.recentCalls.map((c) => ({ number: c.number, windowNumber: c.windowNumber, time: clockTime(c.calledAt), recall: c.recall })),
    queues: queues.map((q) => ({ code: q.code, name: q.name, waiting: board.waiting[q.code] ?? 0 })),
    windows: board.windows.map((w) => ({
      number: w.number,
      name: w.name,
      status: w.status,
      statusText: WINDOW_STATUS_TEXT[w.status as keyof typeof WINDOW_STATUS_TEXT] ?? w.status,
      currentNumber: w.currentNumber,
    })),
    client: {
      hall: hall.code,
      timeZone: hall.timeZone,
      snapshot: board,
      windowStatusText: WINDOW_STATUS_TEXT,
      /** Each call is spoken this many times. */
      repeat: 2,
      /** How long the newest call stays highlighted. */
      highlightSeconds: 12,
      recentLimit: 8,
    },
  };
}
