export const rooms = {
  hall: (hall: string) => `hall:${hall}`,
  window: (hall: string, n: number) => `window:${hall}:${n}`,
  department: (code: string) => `department:${code}`,
  /** The supervisor's live view of every case light (电子监察). */
  supervision: 'supervision',
  /** 指挥调度: every resident request reported, dispatched, answered or turning red. */
  dispatch: 'dispatch',
};
