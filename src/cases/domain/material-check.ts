import { DomainError } from '../../common/domain-error';

export type MaterialStatus = 'provided' | 'missing' | 'deferred';
export type IntakeDecision = 'accept' | 'notify' | 'reject' | 'complete';

export interface CatalogMaterial {
  code: string;
  name: string;
  required: boolean;
  deferrable: boolean;
}

export interface CheckedMaterial extends CatalogMaterial {
  status: MaterialStatus;
}

export const IntakeErrorCode = {
  UNKNOWN_MATERIAL: 'UNKNOWN_MATERIAL',
  DUPLICATE_MATERIAL: 'DUPLICATE_MATERIAL',
  MATERIAL_NOT_DEFERRABLE: 'MATERIAL_NOT_DEFERRABLE',
  MATERIALS_MISSING: 'MATERIALS_MISSING',
  NOTHING_MISSING: 'NOTHING_MISSING',
  NOT_IMMEDIATE_ITEM: 'NOT_IMMEDIATE_ITEM',
  IMMEDIATE_ITEM_COMPLETES: 'IMMEDIATE_ITEM_COMPLETES',
  DEFERRAL_NOT_ALLOWED: 'DEFERRAL_NOT_ALLOWED',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

/**
 * The window's check of the materials against the item (一次性告知: every missing one at once).
 * Materials the clerk did not tick count as missing. Returns the item's materials with their status.
 */
export function checkMaterials(
  catalog: CatalogMaterial[],
  submitted: Array<{ code: string; status: MaterialStatus }>,
  decision: IntakeDecision,
  immediate: boolean,
): CheckedMaterial[] {
  const known = new Set(catalog.map((m) => m.code));
  const unknown = submitted.filter((s) => !known.has(s.code)).map((s) => s.code);
  if (unknown.length) throw DomainError.unprocessable(IntakeErrorCode.UNKNOWN_MATERIAL, `事项不含这些材料：${unknown.join('、')}`, { codes: unknown });
  const seen = new Set<string>();
  const repeated = submitted.filter((s) => (seen.has(s.code) ? true : (seen.add(s.code), false))).map((s) => s.code);
  if (repeated.length) throw DomainError.unprocessable(IntakeErrorCode.DUPLICATE_MATERIAL, `材料重复：${repeated.join('、')}`, { codes: repeated });

  const checked = withStatuses(catalog, Object.fromEntries(submitted.map((s) => [s.code, s.status])));
  const problem = decisionProblem(checked, decision, immediate);
  if (problem) throw DomainError.unprocessable(problem.code, problem.message, problem.details);
  return checked;
}

/** The catalogue's materials with the statuses the clerk ticked (by code); unticked ones count as missing. */
export function withStatuses(catalog: CatalogMaterial[], statuses: Readonly<Record<string, MaterialStatus>> | null | undefined): CheckedMaterial[] {
  return catalog.map((m) => ({ ...m, status: statuses?.[m.code] ?? 'missing' }));
}

export interface MaterialProblem {
  code: (typeof IntakeErrorCode)[keyof typeof IntakeErrorCode];
  message: string;
  details?: Record<string, unknown>;
}

/** Why the window may not take this decision with these materials (the page greys the button out with it); null when it may. */
export function decisionProblem(checked: CheckedMaterial[], decision: IntakeDecision, immediate: boolean): MaterialProblem | null {
  const notDeferrable = checked.filter((m) => m.status === 'deferred' && !m.deferrable);
  if (notDeferrable.length) return { code: IntakeErrorCode.MATERIAL_NOT_DEFERRABLE, message: `这些材料不能容缺：${names(notDeferrable)}`, details: { codes: codes(notDeferrable) } };
  const missingRequired = checked.filter((m) => m.required && m.status === 'missing');
  const missing: MaterialProblem | null = missingRequired.length
    ? { code: IntakeErrorCode.MATERIALS_MISSING, message: `缺少必需材料：${names(missingRequired)}`, details: { missing: codes(missingRequired) } }
    : null;

  switch (decision) {
    case 'accept':
      if (immediate) return { code: IntakeErrorCode.IMMEDIATE_ITEM_COMPLETES, message: '即办件请选择「当场办结」' };
      return missing;
    case 'complete':
      if (!immediate) return { code: IntakeErrorCode.NOT_IMMEDIATE_ITEM, message: '只有即办件可以当场办结' };
      if (checked.some((m) => m.status === 'deferred')) return { code: IntakeErrorCode.DEFERRAL_NOT_ALLOWED, message: '当场办结不能容缺' };
      return missing;
    case 'notify':
      return missingRequired.length ? null : { code: IntakeErrorCode.NOTHING_MISSING, message: '必需材料已齐全，无需一次性告知' };
    case 'reject':
      return null;
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${String(unreachable)}`);
    }
  }
}

/** The materials a notice must list: every required one not provided. */
export function missingForNotice(checked: CheckedMaterial[]): CheckedMaterial[] {
  return checked.filter((m) => m.required && m.status !== 'provided');
}

const names = (list: CatalogMaterial[]) => list.map((m) => m.name).join('、');
const codes = (list: CatalogMaterial[]) => list.map((m) => m.code);
