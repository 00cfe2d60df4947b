/** The hall board as every public screen sees it (subscribe ack and board.updated). Never carries personal data. */
export interface BoardWindow {
  number: number;
  name: string;
  status: string;
  currentNumber: string | null;
}

export interface BoardSnapshot {
  seq: number;
  hall: string;
  hallName: string;
  businessDate: string;
  recentCalls: Array<{ number: string; windowNumber: number; calledAt: string; recall: boolean }>;
  waiting: Record<string, number>;
  windows: BoardWindow[];
}
