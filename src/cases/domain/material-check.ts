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

  const status = new Map(submitted.map((s) => [s.code, s.status]));
  const checked = catalog.map((m) => ({ ...m, status: status.get(m.code) ?? ('missing' as const) }));
  const notDeferrable = checked.filter((m) => m.status === 'deferred' && !m.deferrable);
  if (notDeferrable.length) {
    throw DomainError.unprocessable(IntakeErrorCode.MATERIAL_NOT_DEFERRABLE, `这些材料不能容缺：${names(notDeferrable)}`, { codes: codes(notDeferrable) });
  }
  const missingRequired = checked.filter((m) => m.required && m.status === 'missing');

  switch (decision) {
    case 'accept':
      if (immediate) throw DomainError.unprocessable(IntakeErrorCode.IMMEDIATE_ITEM_COMPLETES, '即办件请当场办结（complete）');
      if (missingRequired.length) throw missing(missingRequired);
      return checked;
    case 'complete':
      if (!immediate) throw DomainError.unprocessable(IntakeErrorCode.NOT_IMMEDIATE_ITEM, '只有即办件可以当场办结');
      if (checked.some((m) => m.status === 'deferred')) throw DomainError.unprocessable(IntakeErrorCode.DEFERRAL_NOT_ALLOWED, '当场办结不能容缺');
      if (missingRequired.length) throw missing(missingRequired);
      return checked;
    case 'notify':
      if (!missingRequired.length) throw DomainError.unprocessable(IntakeErrorCode.NOTHING_MISSING, '必需材料已齐全，无需一次性告知');
      return checked;
    case 'reject':
      return checked;
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

function missing(list: CheckedMaterial[]): DomainError {
  return DomainError.unprocessable(IntakeErrorCode.MATERIALS_MISSING, `缺少必需材料：${names(list)}`, { missing: codes(list) });
}
const names = (list: CatalogMaterial[]) => list.map((m) => m.name).join('、');
const codes = (list: CatalogMaterial[]) => list.map((m) => m.code);
