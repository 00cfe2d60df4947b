import { CatalogMaterial, decisionProblem, IntakeDecision, MaterialStatus, withStatuses } from './material-check';

export const INTAKE_DECISION_IDS = ['accept', 'notify', 'reject', 'complete'] as const satisfies readonly IntakeDecision[];

export interface IntakeItem {
  kind: string;
  materials: CatalogMaterial[];
  /** A bundle's (一件事) member items. */
  members?: ReadonlyArray<{ kind: string }>;
}

/** Completed at the window (当场办结): an immediate item, or a bundle all of whose members are immediate. */
export function completesAtWindow(item: IntakeItem): boolean {
  if (item.kind === 'bundle') return !!item.members?.length && item.members.every((m) => m.kind === 'immediate');
  return item.kind === 'immediate';
}

export interface IntakeForm {
  /** The applicant (and agent, if any) are complete and valid (personProblems found nothing). */
  personOk: boolean;
  reason?: string | null;
}

export interface DecisionState {
  enabled: boolean;
  /** Why not, in Chinese; '' when enabled. */
  why: string;
}

/** A refusal (不予受理) must say why: a reason with more than blanks. */
export function hasReason(reason: unknown): boolean {
  return String(reason ?? '').trim() !== '';
}

/**
 * The four decisions at the counter for the ticked materials: the server's material check
 * (decisionProblem), a reason for a refusal, and a complete applicant first.
 */
export function intakeDecisions(
  item: IntakeItem | null,
  statuses: Readonly<Record<string, MaterialStatus>> | null | undefined,
  form: IntakeForm | null | undefined,
): Record<IntakeDecision, DecisionState> {
  const no = (why: string): DecisionState => ({ enabled: false, why });
  if (!item) {
    const none = no('请先选择事项');
    return { accept: none, notify: none, reject: none, complete: none };
  }
  const checked = withStatuses(item.materials, statuses);
  const out = {} as Record<IntakeDecision, DecisionState>;
  for (const decision of INTAKE_DECISION_IDS) {
    const problem = decisionProblem(checked, decision, completesAtWindow(item));
    if (problem) out[decision] = no(problem.message);
    else if (decision === 'reject' && !hasReason(form?.reason)) out[decision] = no('请先填写不予受理的理由');
    else if (form && !form.personOk) out[decision] = no('请先把申请人（及代办人）信息填写完整、正确');
    else out[decision] = { enabled: true, why: '' };
  }
  return out;
}
