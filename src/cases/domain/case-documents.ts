/** The documents the window prints (DOMAIN.md), each a Handlebars partial `documents_<kind>`. */
export const DOCUMENT_KINDS = ['acceptance', 'notice', 'refusal', 'deferral', 'result', 'pickup'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Which documents follow each decision at the counter, in print order. */
export const DECISION_DOCUMENTS: Record<'accept' | 'notify' | 'reject' | 'complete', DocumentKind[]> = {
  accept: ['acceptance', 'deferral'],
  notify: ['notice'],
  reject: ['refusal'],
  complete: ['result'],
};

/** Statuses of a case with a decision on record (a result notice can be printed). */
const WITH_RESULT = ['decided_approved', 'decided_denied', 'ready_for_pickup', 'delivered', 'archived'];

export interface DocumentSource {
  status: string;
  decidedAt?: string | number | null;
  events?: ReadonlyArray<{ action: string; payload?: Record<string, unknown> | null }> | null;
}

/** The documents a case can print, from its recorded steps (GET /cases/{id}). */
export function documentsFor(c: DocumentSource): DocumentKind[] {
  const events = c.events ?? [];
  const did = (action: string) => events.some((e) => e.action === action);
  const accept = events.find((e) => e.action === 'accept');
  const deferredNames = accept?.payload?.deferredNames;
  const out: DocumentKind[] = [];
  if (accept) out.push('acceptance');
  if (Array.isArray(deferredNames) && deferredNames.length > 0) out.push('deferral');
  if (did('notify')) out.push('notice');
  if (did('reject')) out.push('refusal');
  if (c.decidedAt && WITH_RESULT.includes(c.status)) out.push('result');
  if (events.some((e) => e.action === 'deliver' && e.payload?.method === 'window' && e.payload.collectedBy)) out.push('pickup');
  return out;
}

/**
 * The documents right after a decision at the counter (the POST /cases receipt has no events): the
 * decision's documents from `table`, the deferral notice only when a material was deferred.
 */
export function documentsAfterDecision<K extends string>(decision: string, statuses: Readonly<Record<string, string>> | null | undefined, table: Readonly<Record<string, readonly K[]>>): K[] {
  const anyDeferred = Object.values(statuses ?? {}).includes('deferred');
  return (table[decision] ?? []).filter((kind) => kind !== 'deferral' || anyDeferred);
}
