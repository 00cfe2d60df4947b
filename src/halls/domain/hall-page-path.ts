/** Page addresses that start with a hall code: /board/TC, /kiosk/TC, /console/TC, /window/TC/3, /pad/TC/3. */
const HALL_PAGE = /^\/(board|kiosk|console|window|pad)\/([^/?#]+)(.*)$/s;
/** API addresses of one hall: /api/v1/halls/TC, /api/v1/halls/TC/tickets, … */
const HALL_API = /^\/(api\/v1\/halls)\/([^/?#]+)(.*)$/s;

/** The same for API paths (the server rewrites these in place, so a POST keeps its body). */
export function canonicalHallApiPath(path: string, hallCodes: readonly string[]): string | null {
  return canonicalPath(HALL_API, path, hallCodes);
}

/** The hall code an API or page path names, as typed (undefined when it names none). */
export function hallCodeInPath(path: string): string | undefined {
  return (HALL_PAGE.exec(path) ?? HALL_API.exec(path))?.[2];
}

/**
 * Hall codes in page addresses are case-insensitive: `/board/tc` is `/board/TC`. Returns the canonical address
 * to redirect to, or null when the path is already canonical, not a hall page, or matches no hall (or two,
 * e.g. `tc` and `TC` both exist: only an exact match is then meant).
 */
export function canonicalHallPagePath(path: string, hallCodes: readonly string[]): string | null {
  return canonicalPath(HALL_PAGE, path, hallCodes);
}

function canonicalPath(pattern: RegExp, path: string, hallCodes: readonly string[]): string | null {
  const m = pattern.exec(path);
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
