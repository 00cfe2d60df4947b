import { textProblem } from '../../common/domain/clean-text';
import type { CatalogItemSeed } from './item-definition';
import { isBundleMemberKind } from './bundle';
import { isItemKind, isLimitUnit, ITEM_CODE, ItemKind, MATERIAL_CODE } from './catalog-terms';

/**
 * The rules a service item must satisfy before it is published. One pure function returns every
 * problem at once, so the admin form can show them all after one save.
 */

/** Which stable error a problem maps to: a missing reference has its own code, everything else is INVALID_ITEM. */
export type ItemProblemCode = 'INVALID_ITEM' | 'UNKNOWN_DEPARTMENT' | 'UNKNOWN_QUEUE';

export interface ItemProblem {
  code: ItemProblemCode;
  /** The field, as a JSON path into the request body: `materials[2].code`. */
  path: string;
  /** What is wrong, in Chinese, starting with a human name of the field. */
  message: string;
}

/** What exists around the item: departments, and the queues of every hall. */
export interface CatalogRefs {
  departmentCodes: ReadonlySet<string>;
  queueCodes: ReadonlySet<string>;
  /** Every other item's kind, by code; when given, a bundle's members must be there (the server always gives it). */
  items?: ReadonlyMap<string, ItemKind>;
  /** The bundles each item is a member of: a member may not become a bundle or a request. */
  bundlesContaining?: ReadonlyMap<string, readonly string[]>;
}

export const ITEM_LIMITS = {
  nameLength: 64,
  guideLength: 4000,
  departments: 10,
  materials: 50,
  materialNameLength: 128,
  noteLength: 256,
  copies: 99,
  steps: 30,
  stepNameLength: 64,
  responsibleLength: 64,
  limitValue: 999,
  feeFen: 10_000_000,
  visits: 9,
  windowMinutes: 480,
  members: 10,
} as const;

const UNIT_TEXT = { working_days: '工作日', hours: '小时' } as const;

function isIntIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function blank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function tooLong(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length > max;
}

/** A name with control, bidi or invisible characters (NUL, RTL override, zero-width space …). */
function hidden(value: unknown): boolean {
  return typeof value === 'string' && textProblem(value, 'name', Number.MAX_SAFE_INTEGER) !== null;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

class Problems {
  readonly list: ItemProblem[] = [];
  add(path: string, message: string, code: ItemProblemCode = 'INVALID_ITEM'): void {
    this.list.push({ code, path, message });
  }
}

function checkLimit(p: Problems, path: string, label: string, limit: { value: number; unit: string }): boolean {
  let ok = true;
  if (!isLimitUnit(limit.unit)) {
    p.add(`${path}.unit`, `${label}单位须为 working_days（工作日）或 hours（小时），不能是 ${JSON.stringify(limit.unit)}`);
    ok = false;
  }
  if (!isIntIn(limit.value, 0, ITEM_LIMITS.limitValue)) {
    p.add(`${path}.value`, `${label}须为 0–${ITEM_LIMITS.limitValue} 的整数`);
    ok = false;
  }
  return ok;
}

function checkBasics(p: Problems, item: CatalogItemSeed): void {
  if (typeof item.code !== 'string' || !ITEM_CODE.test(item.code)) {
    p.add('code', `事项编码须为 2–16 位大写字母或数字，不能是 ${JSON.stringify(item.code)}`);
  }
  if (blank(item.name)) p.add('name', '事项名称不能为空');
  else if (tooLong(item.name, ITEM_LIMITS.nameLength)) p.add('name', `事项名称最多 ${ITEM_LIMITS.nameLength} 个字`);
  else if (hidden(item.name)) p.add('name', '事项名称不能含控制字符、换行或不可见字符');
  if (!isItemKind(item.kind)) {
    p.add('kind', `办件类型须为 immediate（即办件）、promised（承诺件）、joint（联办件）、escalated（上报件）、request（诉求）或 bundle（一件事）之一，不能是 ${JSON.stringify(item.kind)}`);
  }
  if (!isIntIn(item.feeFen, 0, ITEM_LIMITS.feeFen)) p.add('feeFen', `收费须为 0–${ITEM_LIMITS.feeFen} 分的整数（0 为免费）`);
  if (!isIntIn(item.visitsRequired, 0, ITEM_LIMITS.visits)) p.add('visitsRequired', `到现场次数须为 0–${ITEM_LIMITS.visits} 的整数`);
  if (item.windowMinutes !== null && !isIntIn(item.windowMinutes, 1, ITEM_LIMITS.windowMinutes)) {
    p.add('windowMinutes', `窗口办理时长须为 1–${ITEM_LIMITS.windowMinutes} 分钟，或不填`);
  }
  if (typeof item.guide !== 'string') p.add('guide', '办事指南须为文字');
  else if (tooLong(item.guide, ITEM_LIMITS.guideLength)) p.add('guide', `办事指南最多 ${ITEM_LIMITS.guideLength} 个字`);
}

function checkLimits(p: Problems, item: CatalogItemSeed): void {
  const promisedOk = checkLimit(p, 'promisedLimit', '承诺时限', item.promisedLimit);
  const statutoryOk = checkLimit(p, 'statutoryLimit', '法定时限', item.statutoryLimit);
  if (!promisedOk || !statutoryOk || !isItemKind(item.kind)) return;
  const promised = item.promisedLimit;
  const statutory = item.statutoryLimit;
  if (item.kind === 'immediate') {
    if (promised.value !== 0 || promised.unit !== 'working_days') p.add('promisedLimit', '即办件的承诺时限须为 0 个工作日（当场办结）');
  } else if (item.kind === 'bundle') {
    if (promised.unit !== 'working_days') p.add('promisedLimit.unit', '一件事的承诺时限须以工作日计');
  } else if (promised.value === 0) {
    p.add('promisedLimit.value', '非即办件的承诺时限须大于 0（当场办结的事项请选择即办件）');
  }
  if (item.kind === 'request') {
    if (promised.unit !== 'hours') p.add('promisedLimit.unit', '诉求类事项的承诺时限须以小时计');
    if (statutory.unit !== 'hours') p.add('statutoryLimit.unit', '诉求类事项的法定时限须以小时计');
  }
  if (promised.unit !== statutory.unit) {
    p.add('statutoryLimit.unit', `承诺时限与法定时限的单位须一致（承诺以${UNIT_TEXT[promised.unit]}计，法定以${UNIT_TEXT[statutory.unit]}计）`);
  } else if (promised.value > statutory.value) {
    p.add('promisedLimit.value', `承诺时限（${promised.value} ${UNIT_TEXT[promised.unit]}）不能超过法定时限（${statutory.value} ${UNIT_TEXT[statutory.unit]}）`);
  }
}

function checkReferences(p: Problems, item: CatalogItemSeed, refs: CatalogRefs): void {
  const codes = item.departmentCodes;
  if (item.kind === 'bundle') {
    if (codes.length) p.add('departmentCodes', '一件事不填办理部门：由各组成事项的部门分别办理');
  } else if (item.kind === 'joint' && codes.length < 2) p.add('departmentCodes', '联办件须至少由 2 个部门共同办理');
  else if (item.kind !== 'joint' && codes.length !== 1) p.add('departmentCodes', `${isItemKind(item.kind) ? '非联办件' : '事项'}须由 1 个部门办理（多个部门共同办理请选择联办件）`);
  if (codes.length > ITEM_LIMITS.departments) p.add('departmentCodes', `办理部门最多 ${ITEM_LIMITS.departments} 个`);
  for (const code of duplicates(codes)) p.add('departmentCodes', `办理部门 ${code} 重复`);
  codes.forEach((code, i) => {
    if (!refs.departmentCodes.has(code)) p.add(`departmentCodes[${i}]`, `部门 ${JSON.stringify(code)} 不存在`, 'UNKNOWN_DEPARTMENT');
  });
  if (item.queueCode !== null && !refs.queueCodes.has(item.queueCode)) {
    p.add('queueCode', `取号队列 ${JSON.stringify(item.queueCode)} 不存在`, 'UNKNOWN_QUEUE');
  }
}

function checkMaterials(p: Problems, item: CatalogItemSeed): void {
  const { materials } = item;
  if (item.kind === 'bundle') {
    if (materials.length) p.add('materials', '一件事不填申请材料：材料为各组成事项材料的合集（同一材料只交一次）');
    return;
  }
  if (materials.length === 0) p.add('materials', '至少需要 1 项申请材料');
  else if (!materials.some((m) => m.required)) p.add('materials', '至少需要 1 项必需材料');
  if (materials.length > ITEM_LIMITS.materials) p.add('materials', `申请材料最多 ${ITEM_LIMITS.materials} 项`);
  for (const code of duplicates(materials.map((m) => m.code))) p.add('materials', `材料编码 ${code} 重复`);
  materials.forEach((m, i) => {
    const at = `materials[${i}]`;
    const row = `材料第 ${i + 1} 行`;
    if (typeof m.code !== 'string' || !MATERIAL_CODE.test(m.code)) {
      p.add(`${at}.code`, `${row}：编码须为 1–32 位大写字母、数字或下划线，不能是 ${JSON.stringify(m.code)}`);
    }
    if (blank(m.name)) p.add(`${at}.name`, `${row}：名称不能为空`);
    else if (tooLong(m.name, ITEM_LIMITS.materialNameLength)) p.add(`${at}.name`, `${row}：名称最多 ${ITEM_LIMITS.materialNameLength} 个字`);
    else if (hidden(m.name)) p.add(`${at}.name`, `${row}：名称不能含控制字符、换行或不可见字符`);
    if (!isIntIn(m.copies, 1, ITEM_LIMITS.copies)) p.add(`${at}.copies`, `${row}：份数须为 1–${ITEM_LIMITS.copies} 的整数`);
    if (tooLong(m.note, ITEM_LIMITS.noteLength)) p.add(`${at}.note`, `${row}：备注最多 ${ITEM_LIMITS.noteLength} 个字`);
    if (m.deferrable && !m.required) p.add(`${at}.deferrable`, `${row}：只有必需材料才能容缺受理（非必需材料本来就可以不交）`);
    if (m.deferrable && item.kind === 'immediate') p.add(`${at}.deferrable`, `${row}：即办件当场办结，不能容缺后补`);
  });
}

function checkSteps(p: Problems, item: CatalogItemSeed, refs: CatalogRefs): void {
  if (item.steps.length > ITEM_LIMITS.steps) p.add('steps', `办理环节最多 ${ITEM_LIMITS.steps} 个`);
  item.steps.forEach((s, i) => {
    const at = `steps[${i}]`;
    const row = `环节第 ${i + 1} 步`;
    if (blank(s.name)) p.add(`${at}.name`, `${row}：名称不能为空`);
    else if (tooLong(s.name, ITEM_LIMITS.stepNameLength)) p.add(`${at}.name`, `${row}：名称最多 ${ITEM_LIMITS.stepNameLength} 个字`);
    else if (hidden(s.name)) p.add(`${at}.name`, `${row}：名称不能含控制字符、换行或不可见字符`);
    if (s.departmentCode !== null && !refs.departmentCodes.has(s.departmentCode)) {
      p.add(`${at}.departmentCode`, `${row}：部门 ${JSON.stringify(s.departmentCode)} 不存在`, 'UNKNOWN_DEPARTMENT');
    }
    if (!isIntIn(s.limitValue, 0, ITEM_LIMITS.limitValue)) p.add(`${at}.limitValue`, `${row}：时限须为 0–${ITEM_LIMITS.limitValue} 的整数`);
    if (!isLimitUnit(s.limitUnit)) p.add(`${at}.limitUnit`, `${row}：时限单位须为 working_days 或 hours`);
    if (tooLong(s.responsible, ITEM_LIMITS.responsibleLength)) p.add(`${at}.responsible`, `${row}：责任人最多 ${ITEM_LIMITS.responsibleLength} 个字`);
  });
}

function checkMembers(p: Problems, item: CatalogItemSeed, refs: CatalogRefs): void {
  const members = item.memberCodes ?? [];
  if (item.kind !== 'bundle') {
    if (members.length) p.add('memberCodes', '只有一件事（bundle）才有组成事项');
    const bundles = refs.bundlesContaining?.get(item.code) ?? [];
    if (bundles.length && (item.kind === 'request' || !isItemKind(item.kind))) {
      p.add('kind', `该事项是一件事 ${bundles.join('、')} 的组成事项，不能改为诉求`);
    }
    return;
  }
  const bundles = refs.bundlesContaining?.get(item.code) ?? [];
  if (bundles.length) p.add('kind', `该事项是一件事 ${bundles.join('、')} 的组成事项，不能改为一件事`);
  if (members.length < 2) p.add('memberCodes', '一件事须至少包含 2 个组成事项');
  if (members.length > ITEM_LIMITS.members) p.add('memberCodes', `一件事最多包含 ${ITEM_LIMITS.members} 个组成事项`);
  for (const code of duplicates(members)) p.add('memberCodes', `组成事项 ${code} 重复`);
  members.forEach((code, i) => {
    const at = `memberCodes[${i}]`;
    if (code === item.code) return p.add(at, '一件事不能包含它自己');
    if (!refs.items) return;
    const kind = refs.items.get(code);
    if (kind === undefined) p.add(at, `组成事项 ${JSON.stringify(code)} 不存在`);
    else if (!isBundleMemberKind(kind)) p.add(at, `组成事项 ${code} 是${kind === 'bundle' ? '一件事，不能套在另一件事里' : '诉求，不能作为组成事项'}`);
  });
}

/** Every rule violation of one item, in field order; empty when the item may be published. */
export function itemProblems(item: CatalogItemSeed, refs: CatalogRefs): ItemProblem[] {
  const p = new Problems();
  checkBasics(p, item);
  checkLimits(p, item);
  checkReferences(p, item, refs);
  checkMaterials(p, item);
  checkSteps(p, item, refs);
  checkMembers(p, item, refs);
  return p.list;
}

/**
 * The one error code for a set of problems: the specific reference code when every problem is of that
 * kind (only an unknown department, only an unknown queue), INVALID_ITEM otherwise.
 */
export function problemsErrorCode(problems: readonly ItemProblem[]): ItemProblemCode {
  const codes = new Set(problems.map((problem) => problem.code));
  return codes.size === 1 ? [...codes][0] : 'INVALID_ITEM';
}
