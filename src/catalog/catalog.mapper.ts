import type { ItemDetail } from './catalog.store';
import type { CatalogItemSeed } from './demo-catalog';
import type { Department } from './department.entity';
import type { ItemKind, LimitUnit } from './domain/catalog-terms';

/** Response shapes of the catalogue API (API.md), built field by field: no entity leaks through. */

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

export function toDepartmentView(department: Pick<Department, 'code' | 'name'>): DepartmentView {
  return { code: department.code, name: department.name };
}

export function toItemSummary({ item, departmentCodes }: ItemDetail): ItemSummaryView {
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    departmentCodes: [...departmentCodes],
    queueCode: item.queueCode,
    promisedLimit: { value: item.promisedLimitValue, unit: item.promisedLimitUnit },
    statutoryLimit: { value: item.statutoryLimitValue, unit: item.statutoryLimitUnit },
    pinyinInitials: item.pinyinInitials,
    feeFen: item.feeFen,
    visitsRequired: item.visitsRequired,
  };
}

function toMaterialView(m: ItemDetail['materials'][number]): MaterialView {
  return {
    code: m.code,
    name: m.name,
    copies: m.copies,
    original: m.original,
    required: m.required,
    deferrable: m.deferrable,
    commitmentAllowed: m.commitmentAllowed,
    note: m.note,
  };
}

export function toItemView(detail: ItemDetail, departmentNames: ReadonlyMap<string, string>): ItemView {
  const name = (code: string | null) => (code === null ? null : (departmentNames.get(code) ?? code));
  return {
    ...toItemSummary(detail),
    windowMinutes: detail.item.windowMinutes,
    guide: detail.item.guide,
    departments: detail.departmentCodes.map((code) => ({ code, name: name(code)! })),
    materials: detail.materials.map(toMaterialView),
    steps: detail.steps.map((s) => ({
      seq: s.seq,
      name: s.name,
      departmentCode: s.departmentCode,
      departmentName: name(s.departmentCode),
      limit: { value: s.limitValue, unit: s.limitUnit },
      external: s.external,
      responsible: s.responsible,
    })),
  };
}

export function toAdminItemSummary(detail: ItemDetail): AdminItemSummaryView {
  return { ...toItemSummary(detail), active: detail.item.active };
}

/** The item as the admin API takes it (the CatalogItemSeed shape of config/demo-catalog.json). */
export function toItemDefinition({ item, departmentCodes, materials, steps }: ItemDetail): CatalogItemSeed {
  return {
    code: item.code,
    name: item.name,
    kind: item.kind,
    departmentCodes: [...departmentCodes],
    queueCode: item.queueCode,
    promisedLimit: { value: item.promisedLimitValue, unit: item.promisedLimitUnit },
    statutoryLimit: { value: item.statutoryLimitValue, unit: item.statutoryLimitUnit },
    feeFen: item.feeFen,
    visitsRequired: item.visitsRequired,
    windowMinutes: item.windowMinutes,
    guide: item.guide,
    materials: materials.map(toMaterialView),
    steps: steps.map((s) => ({
      name: s.name,
      departmentCode: s.departmentCode,
      limitValue: s.limitValue,
      limitUnit: s.limitUnit,
      external: s.external,
      responsible: s.responsible,
    })),
  };
}

export function toAdminItem(detail: ItemDetail): AdminItemView {
  return { code: detail.item.code, active: detail.item.active, pinyinInitials: detail.item.pinyinInitials, definition: toItemDefinition(detail) };
}
