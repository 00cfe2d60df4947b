import { randomInt } from 'crypto';

/** `TC` + `2026-11-22` + 1 → `TC202611220001`; past 9999 the serial simply grows. */
export function formatCaseNumber(hallCode: string, businessDate: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`case serial must be a positive integer, got ${serial}`);
  return `${hallCode}${businessDate.replace(/-/g, '')}${String(serial).padStart(4, '0')}`;
}

/** No 0/O, 1/I/L: a resident reads the code off paper and types it on a phone. */
export const QUERY_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newQueryCode(draw: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += QUERY_CODE_ALPHABET[draw(QUERY_CODE_ALPHABET.length)];
  return code;
}
