/**
 * Names and free text people type (applicant and agent names, display names, department / hall / queue / window /
 * item / device / calendar-day names, reasons, notes and comments): trimmed, not blank, and free of characters that
 * hide or reorder what a clerk, a board or a printed notice shows.
 *
 * - `name` (one line): no C0 or C1 controls (NUL, tab, newline … included), no bidi embeddings, overrides,
 *   isolates or marks (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), no zero-width or invisible characters
 *   (U+200B–200D, U+2060–2064, U+FEFF, U+180E, soft hyphen U+00AD), no line or paragraph separators.
 * - `text` (free text, may span lines): the same, except that tab, line feed and carriage return are allowed.
 */
export type TextKind = 'name' | 'text';

const HIDDEN = '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb';
const FORBIDDEN: Record<TextKind, RegExp> = {
  name: new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${HIDDEN}]`),
  text: new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f${HIDDEN}]`),
};

/** The text as stored: surrounding blanks (spaces, tabs, newlines, ideographic spaces) removed. */
export function cleanText(value: string): string {
  return value.trim();
}

/** Why the (already trimmed) text is refused, or null when it is fine. */
export function textProblem(value: unknown, kind: TextKind, maxLength: number): string | null {
  if (typeof value !== 'string') return 'must be a string';
  const text = cleanText(value);
  if (!text) return 'must not be blank';
  if (text.length > maxLength) return `must be at most ${maxLength} characters`;
  const bad = FORBIDDEN[kind].exec(text);
  if (bad) return `must not contain control, bidi or invisible characters (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
  return null;
}
