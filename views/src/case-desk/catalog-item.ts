// The parts of the catalogue API's items (GET /api/v1/catalog/items[/{code}]) the intake pane reads.
import type { ItemKind, LimitUnit } from '../../../src/catalog/domain/catalog-terms';
import { limitText } from '../../../src/cases/view-models/case-labels';

export interface Limit {
  value: number;
  unit: LimitUnit;
}

export interface ItemSummary {
  code: string;
  name: string;
  kind: ItemKind;
  promisedLimit: Limit;
  /** A bundle's (一件事) parts. */
  members?: ItemPart[];
}

export interface ItemMaterial {
  code: string;
  name: string;
  required: boolean;
  deferrable: boolean;
  original: boolean;
  copies: number;
  note: string;
  /** A bundle's material: the members asking for it. */
  memberCodes?: string[];
}

/** A member of a bundle (一件事): each is filed as a case of its own. */
export interface ItemPart {
  code: string;
  name: string;
  kind: ItemKind;
  departmentCodes: string[];
  promisedLimit: Limit;
}

export interface Item extends ItemSummary {
  departmentCodes: string[];
  statutoryLimit: Limit | null;
  materials: ItemMaterial[];
}

/** 承诺 15 个工作日, or 当场办结. */
export function itemLimitText(item: ItemSummary): string {
  const text = limitText(item.kind, item.promisedLimit);
  return item.kind === 'immediate' || item.promisedLimit.value === 0 ? text : `承诺 ${text}`;
}
