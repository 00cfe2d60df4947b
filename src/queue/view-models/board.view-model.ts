import type { BoardSnapshot } from '../../queue/domain/board';
import { callSentence } from '../../queue/domain/call-text';
import { clockTime } from '../../calendar/domain/iso-date';
import type { HallSource } from './hall-source';
import { WINDOW_STATUS_TEXT } from './labels';

/** How many calls the board lists under the newest one. */
export const BOARD_RECENT_LIMIT = 8;

/**
 * What the hall board shows of a board state: the newest call large, the ones before it, the window tiles.
 * Pure, so the board page renders it from the first snapshot and after every live event.
 */
export function boardScreen(board: Pick<BoardSnapshot, 'recentCalls' | 'windows'>, recentLimit = BOARD_RECENT_LIMIT) {
  const windowName = (n: number) => board.windows.find((w) => w.number === n)?.name ?? `${n}号窗口`;
  const [latest] = board.recentCalls;
  return {
    current: latest ? { number: latest.number, windowNumber: latest.windowNumber, windowName: windowName(latest.windowNumber), sentence: callSentence(latest), appointment: !!latest.appointment } : null,
    recentCalls: board.recentCalls.slice(1, 1 + recentLimit).map((c) => ({ number: c.number, windowNumber: c.windowNumber, time: clockTime(c.calledAt), recall: c.recall, appointment: !!c.appointment })),
    windows: board.windows.map((w) => ({
      number: w.number,
      name: w.name,
      status: w.status,
      statusText: WINDOW_STATUS_TEXT[w.status as keyof typeof WINDOW_STATUS_TEXT] ?? w.status,
      shownNumber: w.status === 'closed' ? '—' : (w.currentNumber ?? '—'),
      appointment: w.status !== 'closed' && !!w.currentNumber && !!w.currentAppointment,
    })),
  };
}

/** The hall board (大厅叫号屏): the page renders the board itself (boardScreen); the server gives the frame. */
export function boardViewModel(src: HallSource) {
  const { hall, queues, board } = src;
  return {
    title: `${hall.name} · 叫号屏`,
    hallName: hall.name,
    queues: queues.map((q) => ({ code: q.code, name: q.name, waiting: board.waiting[q.code] ?? 0 })),
    client: {
      hall: hall.code,
      timeZone: hall.timeZone,
      snapshot: board,
      /** Each call is spoken this many times. */
      repeat: 2,
      /** How long the newest call stays highlighted. */
      highlightSeconds: 12,
      recentLimit: BOARD_RECENT_LIMIT,
    },
  };
}
