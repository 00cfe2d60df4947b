// 多点可办 and 代办: who files at which hall, what an agent (代办员) may do, and 最多跑一趟 per case.
// Shared by the server and the browser; no framework imports.
import type { AuthUser } from '../../auth/domain/auth-user';
import { assignedToHall, worksInHall } from '../../auth/domain/hall-access';
import type { CatalogMaterial, IntakeDecision } from './material-check';

/** 委托书: the signed mandate every item accepts; required when an agent files for a resident. */
export const MANDATE: CatalogMaterial = { code: 'MANDATE', name: '授权委托书', required: false, deferrable: false };

export const PointErrorCode = {
  /** 422: an agent files with itself as the agent: an `agent` block in the request is refused. */
  AGENT_FROM_ACCOUNT: 'AGENT_FROM_ACCOUNT',
  /** 422: an agent files (accept) or files with a notice of missing materials (notify); deciding is the centre's. */
  AGENT_DECISION_NOT_ALLOWED: 'AGENT_DECISION_NOT_ALLOWED',
} as const;

type Who = Pick<AuthUser, 'roles' | 'hallCodes'>;

/** An account that files as a 代办员: the `agent` role without the clerk's (a clerk files as the front desk). */
export const filesAsAgent = (user: Pick<AuthUser, 'roles'>): boolean => user.roles.includes('agent') && !user.roles.includes('clerk');

/**
 * Who may file a case at a hall (the case then carries that hall's code, a centre's or a point's): a clerk
 * working there (admins and supervisors who also hold the clerk role work everywhere), and an agent only at a
 * hall it is assigned to (its point).
 */
export function mayFileAt(user: Who, hallCode: string): boolean {
  if (user.roles.includes('clerk')) return worksInHall(user, hallCode);
  if (user.roles.includes('agent')) return assignedToHall(user, hallCode);
  return false;
}

/** The decisions an agent may take at filing: hand the case in (accept) or record what is missing (notify). */
export const AGENT_DECISIONS: readonly IntakeDecision[] = ['accept', 'notify'];

/**
 * The materials the intake checks: the item's own, plus the mandate (accepted by every item) when an agent
 * files — then required — or when the front desk hands one in. A mandate an item already lists keeps the
 * item's entry (made required for an agent).
 */
export function intakeMaterials(catalog: CatalogMaterial[], byAgent: boolean, submittedCodes: readonly string[] = []): CatalogMaterial[] {
  const listed = catalog.find((m) => m.code === MANDATE.code);
  if (!byAgent && (listed || !submittedCodes.includes(MANDATE.code))) return catalog;
  const rest = catalog.filter((m) => m.code !== MANDATE.code);
  const mandate = { ...(listed ?? MANDATE), ...(byAgent ? { required: true, deferrable: false } : {}) };
  return [...rest, mandate];
}

/** The case facts the agent rules look at. */
export interface AgentCaseFacts {
  createdBy: number;
  agentType: string | null;
}

/** An agent sees and collects only the cases it filed itself (as the agent on them). */
export const isAgentsOwnCase = (user: Pick<AuthUser, 'id'>, c: AgentCaseFacts): boolean => c.createdBy === user.id && c.agentType !== null;

/**
 * Whether a user stops at its own cases: agent-only accounts (no clerk, officer, head, supervisor or admin
 * role that reaches further).
 */
export const limitedToOwnCases = (user: Pick<AuthUser, 'roles'>): boolean =>
  user.roles.includes('agent') && !user.roles.some((r) => r === 'clerk' || r === 'officer' || r === 'head' || r === 'supervisor' || r === 'admin');

// ---- 最多跑一趟: the resident's visits per case ----

/** A case's trail entry as the visit count reads it. */
export interface VisitEvent {
  action: string;
  at: number;
  payload: Record<string, unknown> | null;
}

/**
 * The resident's in-person visits linked to a case, from its trail (decided here, documented in README):
 * - intake (`receive`) is a visit, unless an agent filed it (the agent's errand, not the resident's);
 * - every supplement handed in at a window (`supplement`) is a visit;
 * - a pickup at a window (`deliver` with method `window`) is a visit when the applicant or another person
 *   collected it — not when the agent did, nor a posted result; a pickup in the same act as the intake
 *   (即办, handed over on the spot) is the same visit.
 */
export function residentVisits(events: readonly VisitEvent[], filedByAgent: boolean): number {
  let visits = 0;
  let intakeAt: number | null = null;
  for (const e of events) {
    if (e.action === 'receive') {
      intakeAt = e.at;
      if (!filedByAgent) visits += 1;
    } else if (e.action === 'supplement') {
      visits += 1;
    } else if (e.action === 'deliver') {
      const p = e.payload ?? {};
      if (p.method !== 'window') continue;
      const by = (p.collectedBy as { type?: unknown } | undefined)?.type;
      if (by === 'agent' && filedByAgent) continue;
      if (intakeAt !== null && e.at === intakeAt) continue;
      visits += 1;
    }
  }
  return visits;
}

/** Visits per case and the share done in at most one visit (agent-handled cases with none count as done in one). */
export function visitFigures(visits: readonly number[]): { cases: number; averageVisits: number | null; oneVisit: number; oneVisitShare: number | null } {
  const cases = visits.length;
  if (!cases) return { cases: 0, averageVisits: null, oneVisit: 0, oneVisitShare: null };
  const oneVisit = visits.filter((v) => v <= 1).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { cases, averageVisits: round(visits.reduce((a, b) => a + b, 0) / cases), oneVisit, oneVisitShare: round(oneVisit / cases) };
}
