import { isClocked } from './case-policy';
import { CASE_STATUSES, caseTransition, CaseStatus } from './case-state';

/**
 * The materials the window may take in now: before acceptance (补正) the missing and deferred ones;
 * after it (容缺补交) the deferred ones; none in any other status.
 */
export function owedMaterials<M extends { status: string }>(c: { status: CaseStatus | string; materials?: readonly M[] | null }): M[] {
  const accepted = isClocked(c.status);
  if (!accepted && c.status !== 'awaiting_supplement') return [];
  return (c.materials ?? []).filter((m) => (accepted ? m.status === 'deferred' : m.status === 'missing' || m.status === 'deferred'));
}

/** The applicant may withdraw at any open stage (the state machine's withdraw). */
export function mayWithdraw(c: { status: CaseStatus | string }): boolean {
  return isCaseStatus(c.status) && caseTransition(c.status, 'withdraw') !== null;
}

const isCaseStatus = (status: string): status is CaseStatus => (CASE_STATUSES as readonly string[]).includes(status);
