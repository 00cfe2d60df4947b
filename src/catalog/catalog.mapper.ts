import type { ItemDetail } from './catalog.store';
import type { Department } from './department.entity';
import type { AdminItemSummaryView, AdminItemView, DepartmentView, ItemSummaryView, ItemView, MaterialView } from './domain/catalog-views';
import type { CatalogItemSeed } from './domain/item-definition';


export function toDepartmentView(department: Pick<Department, 'code' | 'name'>): DepartmentView {
  return { code: department.code, name: department.name };
}

/** The fields every view of an item shares. */
function itemBasics({ item, departmentCodes }: Pick<ItemDetail, 'item' | 'departmentCodes'>) {
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
  };
}

/** A bundle's parts (一件事): its summary names them so pickers show the bundle with its parts. */
function bundleParts(detail: ItemDetail) {
  return detail.item.kind === 'bundle'
    ? { memberCodes: [...detail.memberCodes], members: detail.members.map((p) => ({ code: p.code, name: p.name, kind: p.kind, departmentCodes: [...p.departmentCodes], promisedLimit: { ...p.promisedLimit } })) }
    : {};
}

export function toItemSummary(detail: ItemDetail): ItemSummaryView {
  return { ...itemBasics(detail), pinyinInitials: detail.item.pinyinInitials, ...bundleParts(detail) };
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
    materials: detail.materials.map((m) => (detail.item.kind === 'bundle' ? { ...toMaterialView(m), memberCodes: [...(detail.materialMembers[m.code] ?? [])] } : toMaterialView(m))),
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
export function toItemDefinition(detail: ItemDetail): CatalogItemSeed {
  const { item, materials, steps } = detail;
  const bundle = item.kind === 'bundle'; // its departments and materials are its members': none of its own
  return {
    ...itemBasics(detail),
    ...(bundle ? { departmentCodes: [], memberCodes: [...detail.memberCodes] } : {}),
    windowMinutes: item.windowMinutes,
    guide: item.guide,
    materials: bundle ? [] : materials.map(toMaterialView),
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
