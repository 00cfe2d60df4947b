import type { ItemKind, LimitUnit } from './catalog-terms';
import type { CatalogItemSeed } from './item-definition';

/** Response shapes of the catalogue API (API.md); catalog.mapper.ts builds them field by field, so no entity leaks through. */

export interface LimitView {
  value: number;
  unit: LimitUnit;
}

export interface DepartmentView {
  code: string;
  name: string;
}

/** An entry of `GET /api/v1/catalog/items`. */
export interface ItemSummaryView {
  code: string;
  name: string;
  kind: ItemKind;
  departmentCodes: string[];
  queueCode: string | null;
  promisedLimit: LimitView;
  statutoryLimit: LimitView;
  pinyinInitials: string;
  feeFen: number;
  visitsRequired: number;
  /** Bundles (一件事) only: the member items, in order. */
  memberCodes?: string[];
  members?: BundlePartView[];
}

/** A member of a bundle: its own departments and limit (each part is a case of its own). */
export interface BundlePartView {
  code: string;
  name: string;
  kind: ItemKind;
  departmentCodes: string[];
  promisedLimit: LimitView;
}

export interface MaterialView {
  code: string;
  name: string;
  copies: number;
  original: boolean;
  required: boolean;
  deferrable: boolean;
  commitmentAllowed: boolean;
  note: string;
  /** A bundle's material: the members that ask for it. */
  memberCodes?: string[];
}

/** One step of the route: 路线图（name, order）· 时间表（limit）· 责任人（department, responsible）. */
export interface StepView {
  seq: number;
  name: string;
  departmentCode: string | null;
  departmentName: string | null;
  limit: LimitView;
  external: boolean;
  responsible: string;
}

/** `GET /api/v1/catalog/items/{code}`: the guide (办事指南). */
export interface ItemView extends ItemSummaryView {
  windowMinutes: number | null;
  guide: string;
  departments: DepartmentView[];
  materials: MaterialView[];
  steps: StepView[];
}

/** An entry of the admin list: the summary and whether it is published. */
export interface AdminItemSummaryView extends ItemSummaryView {
  active: boolean;
}

/** The admin view of one item: `definition` is exactly what PUT takes back. */
export interface AdminItemView {
  code: string;
  active: boolean;
  pinyinInitials: string;
  definition: CatalogItemSeed;
}
