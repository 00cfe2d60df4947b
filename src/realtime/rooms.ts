export const rooms = {
  hall: (hall: string) => `hall:${hall}`,
  window: (hall: string, n: number) => `window:${hall}:${n}`,
  department: (code: string) => `department:${code}`,
};
