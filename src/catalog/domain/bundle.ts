import type { ItemKind } from './catalog-terms';
import type { CatalogItemSeed } from './item-definition';

/**
 * 一件事一次办: a bundle item lists member items; one intake takes one applicant and one set of materials,
 * the union of the members' materials with each code once. Pure, shared with the pages' scripts.
 */

export type MaterialSeed = CatalogItemSeed['materials'][number];

/** One material of a bundle's union, with the members that ask for it. */
export interface BundleMaterial extends MaterialSeed {
  memberCodes: string[];
}

export interface BundleMemberMaterials {
  code: string;
  materials: readonly MaterialSeed[];
}

/** Kinds a bundle may contain: no bundles inside bundles, no resident requests (诉求 are not intake items). */
export function isBundleMemberKind(kind: ItemKind): boolean {
  return kind !== 'bundle' && kind !== 'request';
}

/**
 * The union of the members' materials, each code once, in first-seen order. When members share a code:
 * required if any member requires it; deferrable (容缺) only if every member requiring it allows it; copies
 * the most any member asks; original if any member wants the original; commitment (告知承诺) only if every
 * member allows it; the first member's name, the first non-empty note.
 */
export function bundleMaterials(members: readonly BundleMemberMaterials[]): BundleMaterial[] {
  const union = new Map<string, BundleMaterial & { deferrals: boolean[]; commitments: boolean[] }>();
  for (const member of members) {
    for (const m of member.materials) {
      const seen = union.get(m.code);
      if (!seen) {
        union.set(m.code, {
          ...m, memberCodes: [member.code],
          deferrals: m.required ? [m.deferrable] : [], commitments: [m.commitmentAllowed],
        });
        continue;
      }
      if (!seen.memberCodes.includes(member.code)) seen.memberCodes.push(member.code);
      seen.required = seen.required || m.required;
      if (m.required) seen.deferrals.push(m.deferrable);
      seen.commitments.push(m.commitmentAllowed);
      seen.copies = Math.max(seen.copies, m.copies);
      seen.original = seen.original || m.original;
      if (!seen.note && m.note) seen.note = m.note;
    }
  }
  return [...union.values()].map(({ deferrals, commitments, ...m }) => ({
    ...m,
    deferrable: m.required && deferrals.length > 0 && deferrals.every(Boolean),
    commitmentAllowed: commitments.every(Boolean),
  }));
}

/** The departments of a bundle: every member's, each once, in member order. */
export function bundleDepartmentCodes(members: ReadonlyArray<{ departmentCodes: readonly string[] }>): string[] {
  return [...new Set(members.flatMap((m) => m.departmentCodes))];
}

/** The materials one member needs, picked out of the statuses given for the bundle's union. */
export function memberMaterialStatuses<S>(
  member: { materials: ReadonlyArray<{ code: string }> },
  given: ReadonlyArray<{ code: string; status: S }>,
): Array<{ code: string; status: S }> {
  const codes = new Set(member.materials.map((m) => m.code));
  return given.filter((g) => codes.has(g.code));
}
