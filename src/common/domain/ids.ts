/**
 * Ids in paths and query strings (`/api/v1/cases/12`, `?ticketId=7`, `/window/TC/3`): plain decimal digits, no
 * leading zero, no sign, blank, exponent, hex or fraction, at most Number.MAX_SAFE_INTEGER. `Number()` and
 * `parseInt` would read `0x10` as 16, `1e1` as 10 and ` 1` as 1, so one spelling of an id names one row.
 */
const DIGITS = /^[1-9]\d{0,15}$/;

/** The id as a number, or null when the text is not one. */
export function parseId(value: unknown): number | null {
  if (typeof value !== 'string' || !DIGITS.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** An id already a number (a JSON body's `ticketId`): a whole number 1..MAX_SAFE_INTEGER. */
export function isIdNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}
