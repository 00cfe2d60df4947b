import type { ItemKind, LimitUnit } from '../domain/catalog-terms';

/** What residents read for the catalogue's terms (zh-CN). */

export const KIND_LABELS: Record<ItemKind, string> = {
  immediate: '即办件',
  promised: '承诺件',
  joint: '联办件',
  escalated: '上报件',
  request: '诉求',
  bundle: '一件事',
};

/** One line explaining each kind on the guide page. */
export const KIND_HINTS: Record<ItemKind, string> = {
  immediate: '材料齐全、符合条件的，窗口当场办结',
  promised: '窗口受理后由后台部门在承诺时限内办结',
  joint: '窗口一次受理，多个部门同步办理',
  escalated: '街道受理初审，报上级部门审批',
  request: '登记后按时限答复办理结果',
  bundle: '一件事一次办：一张表、一套材料，窗口一次受理，各部门分别办理',
};

export const UNIT_LABELS: Record<LimitUnit, string> = { working_days: '个工作日', hours: '小时' };

export interface Limit {
  value: number;
  unit: LimitUnit;
}

/** 15 个工作日 / 48 小时; 0 working days is 当场. */
export function limitText(limit: Limit): string {
  if (limit.value === 0) return limit.unit === 'hours' ? '即时' : '当场';
  return `${limit.value} ${UNIT_LABELS[limit.unit]}`;
}

/** The promise on an item's card: 当场办结, 承诺 15 个工作日, 48 小时. */
export function promisedText(kind: ItemKind, limit: Limit): string {
  if (kind === 'immediate' || limit.value === 0) return '当场办结';
  return limit.unit === 'hours' ? `${limit.value} 小时` : `承诺 ${limit.value} ${UNIT_LABELS[limit.unit]}`;
}

/** 法定 30 个工作日 / 法定 72 小时. */
export function statutoryText(limit: Limit): string {
  return `法定 ${limitText(limit)}`;
}

/** 免费, or 12.50 元. */
export function feeText(feeFen: number): string {
  return feeFen === 0 ? '免费' : `${(feeFen / 100).toFixed(2)} 元`;
}

/** 最多跑一次 holds for 0 and 1 visits. */
export function isOneVisit(visitsRequired: number): boolean {
  return visitsRequired <= 1;
}

export function visitsText(visitsRequired: number): string {
  if (visitsRequired === 0) return '无需到现场（可电话、网上或代办）';
  if (visitsRequired === 1) return '最多跑一次';
  return `需到现场 ${visitsRequired} 次`;
}

export interface MaterialFlags {
  original: boolean;
  required: boolean;
  deferrable: boolean;
  commitmentAllowed: boolean;
}

/** 原件 or 复印件. */
export function materialFormText(m: Pick<MaterialFlags, 'original'>): string {
  return m.original ? '原件' : '复印件';
}

export interface Tag {
  text: string;
  tone: 'required' | 'optional' | 'deferrable' | 'commitment';
}

/** 必需 / 非必需, then 可容缺 and 可告知承诺 when they apply. */
export function materialTags(m: MaterialFlags): Tag[] {
  const tags: Tag[] = [m.required ? { text: '必需', tone: 'required' } : { text: '非必需', tone: 'optional' }];
  if (m.deferrable) tags.push({ text: '可容缺', tone: 'deferrable' });
  if (m.commitmentAllowed) tags.push({ text: '可告知承诺', tone: 'commitment' });
  return tags;
}
