/** A flag in the query string: `?print=1`, `?voice=true`. */
export function queryFlag(value: unknown): boolean {
  return value === '1' || value === 'true';
}

/** A window number from a path or query string (`/window/TC/3`, `?window=3`): 1–999, or null. */
export function windowNumber(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,2}$/.test(value) ? Number(value) : null;
}
