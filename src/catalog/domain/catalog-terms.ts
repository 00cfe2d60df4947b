/** The catalogue's vocabulary, free of Nest and TypeORM so pure rules and pages share it. */
export const ITEM_KINDS = ['immediate', 'promised', 'joint', 'escalated', 'request', 'bundle'] as const;
/** 即办 / 承诺 / 联办 / 上报 / 诉求 / 一件事 (a bundle of member items, 一件事一次办) */
export type ItemKind = (typeof ITEM_KINDS)[number];
export const LIMIT_UNITS = ['working_days', 'hours'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

export function isLimitUnit(value: unknown): value is LimitUnit {
  return typeof value === 'string' && (LIMIT_UNITS as readonly string[]).includes(value);
}

/** Item codes are what clerks type and what cases store: short, upper-case, stable. */
export const ITEM_CODE = /^[A-Z0-9]{2,16}$/;
/** Department codes follow the same pattern (ZL, GG …). */
export const DEPARTMENT_CODE = /^[A-Z0-9]{2,16}$/;
export const DEPARTMENT_NAME_LENGTH = 64;
/** Material codes are referenced by cases (`materials:[{code, status}]`). */
export const MATERIAL_CODE = /^[A-Z0-9_]{1,32}$/;
