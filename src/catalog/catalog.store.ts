import { EntityManager, In } from 'typeorm';
import { Department } from './department.entity';
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
  const ownersOf = groupBy(owners, (row) => row.itemCode);
  const materialsOf = groupBy(materials, (row) => row.itemCode);
  const stepsOf = groupBy(steps, (row) => row.itemCode);
  return {
    items: items.map((item) =>
      freeze({
        item: freeze(item),
        departmentCodes: freeze((ownersOf.get(item.code) ?? []).map((row) => row.departmentCode)),
        materials: freeze((materialsOf.get(item.code) ?? []).map(freeze)),
        steps: freeze((stepsOf.get(item.code) ?? []).map(freeze)),
      }),
    ),
    departments: departments.map(freeze),
  };
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
