import { EntityManager } from 'typeorm';
import type { CatalogItemSeed } from './domain/item-definition';
import { BundleMember } from './bundle-member.entity';
import { Department } from './department.entity';
import { pinyinInitials } from './domain/pinyin-initials';
import { ItemMaterial } from './item-material.entity';
import { ItemStep } from './item-step.entity';
import { ServiceItemDepartment } from './service-item-department.entity';
import { ServiceItem } from './service-item.entity';

export interface WriteItemOptions {
  /** Published (true, the default) or withdrawn from the public list. */
  active?: boolean;
}

/**
 * Writes one whole item (row, departments, materials, steps) inside the caller's transaction, replacing any
 * old one. Materials and steps get new ids on every write: cases refer to them by item and material code.
 */
export async function writeCatalogItem(m: EntityManager, item: CatalogItemSeed, sortOrder: number, now: number, options: WriteItemOptions = {}): Promise<void> {
  await m.delete(ItemStep, { itemCode: item.code });
  await m.delete(ItemMaterial, { itemCode: item.code });
  await m.delete(ServiceItemDepartment, { itemCode: item.code });
  await m.delete(BundleMember, { bundleCode: item.code });
  await m.save(ServiceItem, {
    code: item.code,
    name: item.name,
    pinyinInitials: pinyinInitials(item.name),
    kind: item.kind,
    queueCode: item.queueCode,
    promisedLimitValue: item.promisedLimit.value,
    promisedLimitUnit: item.promisedLimit.unit,
    statutoryLimitValue: item.statutoryLimit.value,
    statutoryLimitUnit: item.statutoryLimit.unit,
    feeFen: item.feeFen,
    visitsRequired: item.visitsRequired,
    windowMinutes: item.windowMinutes,
    guide: item.guide,
    active: options.active ?? true,
    sortOrder,
    updatedAt: now,
  });
  if (item.departmentCodes.length) await m.insert(ServiceItemDepartment, item.departmentCodes.map((departmentCode, i) => ({ itemCode: item.code, departmentCode, sortOrder: i })));
  if (item.materials.length) await m.insert(ItemMaterial, item.materials.map((mat, i) => ({ ...mat, itemCode: item.code, sortOrder: i })));
  const members = item.kind === 'bundle' ? (item.memberCodes ?? []) : [];
  if (members.length) await m.insert(BundleMember, members.map((memberCode, i) => ({ bundleCode: item.code, memberCode, sortOrder: i })));
  if (item.steps.length) await m.insert(ItemStep, item.steps.map((step, i) => ({ ...step, itemCode: item.code, seq: i + 1 })));
}

/** New departments (the seed of an empty database). */
export async function insertDepartments(m: EntityManager, departments: Array<{ code: string; name: string }>): Promise<void> {
  await m.insert(Department, departments);
}
