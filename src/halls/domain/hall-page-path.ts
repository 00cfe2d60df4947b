/** Page addresses that start with a hall code: /board/TC, /kiosk/TC, /console/TC, /window/TC/3, /pad/TC/3. */
const HALL_PAGE = /^\/(board|kiosk|console|window|pad)\/([^/?#]+)(.*)$/s;

/**
 * Hall codes in page addresses are case-insensitive: `/board/tc` is `/board/TC`. Returns the canonical address
 * to redirect to, or null when the path is already canonical, not a hall page, or matches no hall (or two,
 * e.g. `tc` and `TC` both exist: only an exact match is then meant).
 */
export function canonicalHallPagePath(path: string, hallCodes: readonly string[]): string | null {
  const m = HALL_PAGE.exec(path);
  if (!m) return null;
  const [, page, code, rest] = m;
  let typed: string;
  try {
    typed = decodeURIComponent(code);
  } catch {
    return null;
  }
  if (hallCodes.includes(typed)) return null;
  const matches = hallCodes.filter((c) => c.toLowerCase() === typed.toLowerCase());
  return matches.length === 1 ? `/${page}/${encodeURIComponent(matches[0])}${rest}` : null;
}
