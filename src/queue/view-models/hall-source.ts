import type { BoardSnapshot } from '../domain/board';
import type { WindowKind, WindowStatus } from '../../halls/domain/window-kind';

/** What the page data service loads for a hall page: its layout and the board as it is now. */
export interface HallSource {
  hall: { code: string; name: string; timeZone: string };
  queues: Array<{ code: string; name: string }>;
  windows: Array<{ number: number; name: string; kind: WindowKind; queueCodes: string[]; status: WindowStatus }>;
  board: BoardSnapshot;
}

/** The queue prefix of a ticket number: "A012" → "A". */
export function queueCodeOf(ticketNumber: string): string {
  return ticketNumber.replace(/\d+$/, '');
}

