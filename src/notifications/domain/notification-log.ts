import { maskPhone } from '../../cases/domain/masking';
import { redactedText } from './notification-text';

/** The log driver's line: who (masked), what kind, the text without its query code. */
export function logLine(n: { id: number; kind: string; to: string; text: string }): string {
  return `#${n.id} ${n.kind} → ${maskPhone(n.to)}: ${redactedText(n.text)}`;
}

/** A failure as the row keeps it: the error and its cause (fetch's "fetch failed" hides ECONNREFUSED there), bounded. */
export function failureText(error: unknown, max = 500): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  const cause = e?.cause?.code ?? e?.cause?.message;
  const text = `${e?.message ?? String(error)}${cause ? ` (${cause})` : ''}`;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
