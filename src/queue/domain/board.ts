import type { WindowStatus } from '../../halls/domain/window-kind';

/** What every public screen of a hall shows. Never carries personal data. */
export interface BoardWindow {
  number: number;
  name: string;
  status: WindowStatus;
  currentNumber: string | null;
  /** Present (true) when the current ticket is of an appointment (预约). */
  currentAppointment?: true;
}

/** Waiting counts per queue and the windows' states: the body of board.updated. */
export interface BoardState {
  waiting: Record<string, number>;
  windows: BoardWindow[];
}

export interface BoardCall {
  number: string;
  windowNumber: number;
  /** ISO time in the hall's zone. */
  calledAt: string;
  recall: boolean;
  /** Present (true) for a ticket of an appointment (预约). */
  appointment?: true;
}

/** The whole board at one hall sequence number: the subscribe ack and the board page's first render. */
export interface BoardSnapshot extends BoardState {
  seq: number;
  hall: string;
  hallName: string;
  businessDate: string;
  recentCalls: BoardCall[];
}
