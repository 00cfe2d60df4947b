// The item editor's state as typed (numbers still text), the item body it becomes, and the check
// before saving: the text is parsed here, the item is judged by the server's own item rules.
import type { ItemKind, LimitUnit } from '../../../src/catalog/domain/catalog-terms';
import type { CatalogItemSeed } from '../../../src/catalog/domain/item-definition';
import { type CatalogRefs, type ItemProblem, itemProblems } from '../../../src/catalog/domain/item-rules';

type Material = CatalogItemSeed['materials'][number];
type Step = CatalogItemSeed['steps'][number];

/** A material row: `key` keeps the row's elements when rows move; `copies` is the text typed. */
export type MaterialDraft = Omit<Material, 'copies'> & { key: number; copies: string };
export type StepDraft = Omit<Step, 'limitValue' | 'departmentCode'> & { key: number; limitValue: string; departmentCode: string };

export interface ItemDraft {
  code: string;
  name: string;
  kind: string;
  queueCode: string;
  promisedValue: string;
  promisedUnit: string;
  statutoryValue: string;
  statutoryUnit: string;
  /** 元, as typed: "0", "12.50". */
  fee: string;
  visits: string;
  windowMinutes: string;
  guide: string;
  /** A bundle's (一件事) member item codes as typed: "SYDJ YBCB CSHK" (spaces, commas or 、). */
  members: string;
  departmentCodes: string[];
  materials: MaterialDraft[];
  steps: StepDraft[];
}

let lastKey = 0;
const nextKey = () => ++lastKey;

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** Typed text as a number; NaN when it is not one (the item rules then name the field and its range). */
export function numberText(raw: string): number {
  const t = raw.trim();
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** 分 as the 元 an admin types: 1250 → "12.50", 800 → "8". */
export function yuanText(fen: number): string {
  return (fen / 100).toFixed(fen % 100 ? 2 : 0);
}

/** 元 as typed (blank is free) → 分; null when it is not an amount of at most two decimals. */
export function parseYuan(raw: string): number | null {
  const t = raw.trim() || '0';
  return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : null;
}

export function materialDraft(m: Material): MaterialDraft {
  return { ...m, key: nextKey(), copies: text(m.copies) };
}

export function stepDraft(s: Step): StepDraft {
  return { ...s, key: nextKey(), limitValue: text(s.limitValue), departmentCode: s.departmentCode ?? '' };
}

export const BLANK_MATERIAL: Material = { code: '', name: '', copies: 1, original: false, required: true, deferrable: false, commitmentAllowed: false, note: '' };
export const BLANK_STEP: Step = { name: '', departmentCode: null, limitValue: 0, limitUnit: 'working_days', external: false, responsible: '' };

export function itemDraft(def: CatalogItemSeed): ItemDraft {
  return {
    code: def.code,
    name: def.name,
    kind: def.kind,
    queueCode: def.queueCode ?? '',
    promisedValue: text(def.promisedLimit.value),
    promisedUnit: def.promisedLimit.unit,
    statutoryValue: text(def.statutoryLimit.value),
    statutoryUnit: def.statutoryLimit.unit,
    fee: yuanText(def.feeFen),
    visits: text(def.visitsRequired),
    windowMinutes: text(def.windowMinutes),
    guide: def.guide,
    members: (def.memberCodes ?? []).join(' '),
    departmentCodes: [...def.departmentCodes],
    materials: def.materials.map(materialDraft),
    steps: def.steps.map(stepDraft),
  };
}

/** A new item's starting point: one material and the front-desk step. */
export function newItem(): CatalogItemSeed {
  return {
    code: '', name: '', kind: 'promised', departmentCodes: [], queueCode: null,
    promisedLimit: { value: 5, unit: 'working_days' }, statutoryLimit: { value: 10, unit: 'working_days' },
    feeFen: 0, visitsRequired: 1, windowMinutes: null, guide: '',
    materials: [{ ...BLANK_MATERIAL, code: 'ID', name: '居民身份证', original: true }],
    steps: [{ ...BLANK_STEP, name: '综合窗口受理', responsible: '综合窗口' }],
  };
}

/** The draft as the API's item body (codes upper-cased, numbers parsed). */
export function itemBody(d: ItemDraft): CatalogItemSeed {
  return {
    code: d.code.trim().toUpperCase(),
    name: d.name,
    kind: d.kind as ItemKind,
    departmentCodes: [...d.departmentCodes],
    queueCode: d.queueCode || null,
    promisedLimit: { value: numberText(d.promisedValue), unit: d.promisedUnit as LimitUnit },
    statutoryLimit: { value: numberText(d.statutoryValue), unit: d.statutoryUnit as LimitUnit },
    feeFen: parseYuan(d.fee) ?? Number.NaN,
    visitsRequired: numberText(d.visits),
    windowMinutes: d.windowMinutes.trim() === '' ? null : numberText(d.windowMinutes),
    guide: d.guide,
    materials: d.materials.map((m) => ({
      code: m.code.trim().toUpperCase(),
      name: m.name,
      copies: numberText(m.copies),
      original: m.original,
      required: m.required,
      deferrable: m.deferrable,
      commitmentAllowed: m.commitmentAllowed,
      note: m.note,
    })),
    steps: d.steps.map((s) => ({
      name: s.name,
      departmentCode: s.departmentCode || null,
      limitValue: numberText(s.limitValue),
      limitUnit: s.limitUnit,
      external: s.external,
      responsible: s.responsible,
    })),
    ...(d.kind === 'bundle' ? { memberCodes: memberCodesText(d.members) } : {}),
  };
}

/** "sydj, YBCB、cshk" → ["SYDJ", "YBCB", "CSHK"]. */
export function memberCodesText(raw: string): string[] {
  return raw.split(/[\s,，、]+/).map((code) => code.trim().toUpperCase()).filter(Boolean);
}

export const FEE_PROBLEM = '收费须为金额（元），如 0 或 12.50';

/** The body and every problem the item rules find in it; the fee's own format is checked first. */
export function checkDraft(d: ItemDraft, refs: CatalogRefs): { body: CatalogItemSeed; problems: ItemProblem[] } {
  const body = itemBody(d);
  const feeTyped = parseYuan(d.fee) !== null;
  const problems = itemProblems(body, refs).filter((p) => feeTyped || p.path !== 'feeFen');
  if (!feeTyped) problems.unshift({ code: 'INVALID_ITEM', path: 'feeFen', message: FEE_PROBLEM });
  return { body, problems };
}
