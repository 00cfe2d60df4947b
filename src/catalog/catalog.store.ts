import { EntityManager, In } from 'typeorm';
import { BundleMember } from './bundle-member.entity';
import { Department } from './department.entity';
import { bundleDepartmentCodes, bundleMaterials } from './domain/bundle';
import type { ItemKind, LimitUnit } from './domain/catalog-terms';
import { ItemMaterial } from './item-material.entity';
import { ItemStep } from './item-step.entity';
import { ServiceItemDepartment } from './service-item-department.entity';
import { ServiceItem } from './service-item.entity';

/**
 * One service item with everything the front desk and the guide need. Objects come from the in-memory
 * catalogue and are frozen: read them, never change or save them.
 */
export interface ItemDetail {
  item: ServiceItem;
  /** Owning departments, the lead first (joint items have several). */
  departmentCodes: string[];
  /** In the published order. */
  materials: ItemMaterial[];
  /** The route (路线图·时间表·责任人), by `seq`. */
  steps: ItemStep[];
  /**
   * A bundle's (一件事) member items in order, empty for other kinds. A bundle's `departmentCodes` and
   * `materials` above are its members' (the union, each once); `materialMembers` says which members ask for
   * each material.
   */
  memberCodes: string[];
  members: BundlePart[];
  materialMembers: Readonly<Record<string, readonly string[]>>;
}

/** A member of a bundle as the bundle's guide and intake show it. */
export interface BundlePart {
  code: string;
  name: string;
  kind: ItemKind;
  active: boolean;
  departmentCodes: string[];
  promisedLimit: { value: number; unit: LimitUnit };
}

export interface CatalogContents {
  /** Every item, active or not, in catalogue order (sortOrder, then code). */
  items: ItemDetail[];
  /** Every department, by code. */
  departments: Department[];
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The cached catalogue is shared by every request: freezing makes an accidental change throw. */
function freeze<T extends object>(value: T): T {
  Object.freeze(value);
  return value;
}

/**
 * The whole catalogue in five queries (it is small: tens to a few hundred items), one after another: inside a
 * transaction they share one connection, and pg refuses overlapping queries on one client (from pg 9).
 */
export async function readCatalog(m: EntityManager): Promise<CatalogContents> {
  const items = await m.find(ServiceItem, { order: { sortOrder: 'ASC', code: 'ASC' } });
  const owners = await m.find(ServiceItemDepartment, { order: { itemCode: 'ASC', sortOrder: 'ASC' } });
  const materials = await m.find(ItemMaterial, { order: { itemCode: 'ASC', sortOrder: 'ASC', id: 'ASC' } });
  const steps = await m.find(ItemStep, { order: { itemCode: 'ASC', seq: 'ASC' } });
  const departments = await m.find(Department, { order: { code: 'ASC' } });
  const memberRows = await m.find(BundleMember, { order: { bundleCode: 'ASC', sortOrder: 'ASC' } });
  const ownersOf = groupBy(owners, (row) => row.itemCode);
  const materialsOf = groupBy(materials, (row) => row.itemCode);
  const stepsOf = groupBy(steps, (row) => row.itemCode);
  const membersOf = groupBy(memberRows, (row) => row.bundleCode);
  const own = new Map(items.map((item) => [item.code, {
    item,
    departmentCodes: (ownersOf.get(item.code) ?? []).map((row) => row.departmentCode),
    materials: materialsOf.get(item.code) ?? [],
  }]));
  return {
    items: items.map((item) => {
      const memberCodes = (membersOf.get(item.code) ?? []).map((row) => row.memberCode);
      const members = memberCodes.flatMap((code) => own.get(code) ?? []);
      const union = item.kind === 'bundle' ? bundleMaterials(members.map((mm) => ({ code: mm.item.code, materials: mm.materials }))) : null;
      return freeze({
        item: freeze(item),
        departmentCodes: freeze(item.kind === 'bundle' ? bundleDepartmentCodes(members) : own.get(item.code)!.departmentCodes),
        materials: freeze(union
          ? union.map(({ memberCodes: _members, ...mat }, i) => freeze(Object.assign(new ItemMaterial(), { ...mat, id: 0, itemCode: item.code, sortOrder: i })))
          : own.get(item.code)!.materials.map(freeze)),
        steps: freeze((stepsOf.get(item.code) ?? []).map(freeze)),
        memberCodes: freeze(memberCodes),
        members: freeze(members.map((mm) => freeze({
          code: mm.item.code, name: mm.item.name, kind: mm.item.kind, active: mm.item.active, departmentCodes: [...mm.departmentCodes],
          promisedLimit: { value: mm.item.promisedLimitValue, unit: mm.item.promisedLimitUnit },
        }))),
        materialMembers: freeze(Object.fromEntries((union ?? []).map((mat) => [mat.code, freeze(mat.memberCodes)]))),
      });
    }),
    departments: departments.map(freeze),
  };
}

/** The bundles each item is a member of (for the item rules), read in the caller's transaction. */
export async function bundlesContaining(m: EntityManager): Promise<Map<string, string[]>> {
  const rows = await m.find(BundleMember, { order: { bundleCode: 'ASC' } });
  const bundles = new Map<string, string[]>();
  for (const row of rows) bundles.set(row.memberCode, [...(bundles.get(row.memberCode) ?? []), row.bundleCode]);
  return bundles;
}

/** The next position at the end of the catalogue. */
export async function nextSortOrder(m: EntityManager): Promise<number> {
  const row = await m.createQueryBuilder(ServiceItem, 'item').select('MAX(item.sortOrder)', 'max').getRawOne<{ max: number | string | null }>();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

/** The owning departments of these items, each item's lead first (for other modules, inside their transaction). */
export async function itemDepartmentCodes(m: EntityManager, itemCodes: string[]): Promise<Map<string, string[]>> {
  const rows = itemCodes.length ? await m.find(ServiceItemDepartment, { where: { itemCode: In(itemCodes) }, order: { sortOrder: 'ASC' } }) : [];
  const codes = new Map<string, string[]>();
  for (const row of rows) codes.set(row.itemCode, [...(codes.get(row.itemCode) ?? []), row.departmentCode]);
  return codes;
}

/** Department code → name, read now (not from the cached catalogue). */
export async function departmentNamesNow(m: EntityManager): Promise<Record<string, string>> {
  return Object.fromEntries((await m.find(Department)).map((d) => [d.code, d.name]));
}
