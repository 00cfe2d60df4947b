import type { HallKind, OpeningInterval } from './hall-rules';
import type { WindowKind, WindowStatus } from './window-kind';

/** What a kiosk, screen or console needs to set itself up: the hall, its queues and windows. No personal data. */
export interface HallLayoutView {
  code: string;
  name: string;
  timeZone: string;
  kind: HallKind;
  parentHall: string | null;
  openingHours: OpeningInterval[];
  queues: Array<{ code: string; name: string }>;
  windows: Array<{ number: number; name: string; kind: WindowKind; queueCodes: string[]; status: WindowStatus }>;
}

/** One row of GET /api/v1/halls. */
export interface HallSummaryView {
  code: string;
  name: string;
  kind: HallKind;
  parentHall: string | null;
}

/** What an administrator changed. */
export type HallSubject = 'hall' | 'queue' | 'window';
