import type { ItemKind, LimitUnit } from './catalog-terms';

/**
 * One item as an admin writes it: the shape of config/demo-catalog.json, the body of the admin API's
 * PUT/POST, and what the item rules check.
 */
export interface CatalogItemSeed {
  code: string;
  name: string;
  kind: ItemKind;
  departmentCodes: string[];
  queueCode: string | null;
  promisedLimit: { value: number; unit: LimitUnit };
  statutoryLimit: { value: number; unit: LimitUnit };
  feeFen: number;
  visitsRequired: number;
  windowMinutes: number | null;
  guide: string;
  materials: Array<{ code: string; name: string; copies: number; original: boolean; required: boolean; deferrable: boolean; commitmentAllowed: boolean; note: string }>;
  steps: Array<{ name: string; departmentCode: string | null; limitValue: number; limitUnit: LimitUnit; external: boolean; responsible: string }>;
  /**
   * Only for a bundle (一件事): the member items, in order. A bundle has no departments or materials of its
   * own: its departments and materials are its members'. Absent (or empty) for every other kind.
   */
  memberCodes?: string[];
}
