/**
 * Finding an item by what a clerk or a resident types: its code (JZZ), the initials of its name's
 * pinyin (jzz → 居住证申领), or part of its name (居住).
 */
export interface Searchable {
  code: string;
  name: string;
  pinyinInitials: string;
}

/** Better matches rank lower; items that do not match have no rank. */
export const MatchRank = {
  EXACT_CODE: 0,
  CODE_PREFIX: 1,
  INITIALS_PREFIX: 2,
  NAME_SUBSTRING: 3,
  INITIALS_SUBSTRING: 4,
} as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export const MAX_QUERY_LENGTH = 64;

/** The query as compared: trimmed, inner whitespace removed (“j z z” is jzz). */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, '').slice(0, MAX_QUERY_LENGTH);
}

/** How well one item matches a normalised, non-empty query; null when it does not. */
export function matchRank(query: string, item: Searchable): MatchRank | null {
  const upper = query.toUpperCase();
  const code = item.code.toUpperCase();
  const initials = item.pinyinInitials.toUpperCase();
  if (code === upper) return MatchRank.EXACT_CODE;
  if (code.startsWith(upper)) return MatchRank.CODE_PREFIX;
  if (initials.startsWith(upper)) return MatchRank.INITIALS_PREFIX;
  if (item.name.toLowerCase().includes(query.toLowerCase())) return MatchRank.NAME_SUBSTRING;
  if (initials.includes(upper)) return MatchRank.INITIALS_SUBSTRING;
  return null;
}

/**
 * The items matching a query, best first; equal ranks keep the input order (the catalogue's own order).
 * An empty query matches everything in input order. `fields` picks what is searched from each item.
 */
export function searchItems<T>(items: readonly T[], query: string, fields: (item: T) => Searchable): T[] {
  const q = normalizeQuery(query);
  if (q === '') return [...items];
  return items
    .map((item, index) => ({ item, index, rank: matchRank(q, fields(item)) }))
    .filter((hit): hit is { item: T; index: number; rank: MatchRank } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((hit) => hit.item);
}
