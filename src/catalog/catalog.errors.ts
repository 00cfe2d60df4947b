import { DomainError } from '../common/domain-error';
import type { ItemProblem } from './domain/item-rules';
import { problemsErrorCode } from './domain/item-rules';

/** The catalogue's stable error codes. */
export const CatalogErrorCode = {
  /** 404: no such item, or (publicly) an item withdrawn from the list. */
  ITEM_NOT_FOUND: 'ITEM_NOT_FOUND',
  /** 409: creating an item whose code is taken (codes are never reused: cases keep them). */
  ITEM_EXISTS: 'ITEM_EXISTS',
  /** 422: the item breaks a catalogue rule; `details.problems` lists every problem. */
  INVALID_ITEM: 'INVALID_ITEM',
  /** 422: the only problems are departments that do not exist. */
  UNKNOWN_DEPARTMENT: 'UNKNOWN_DEPARTMENT',
  /** 422: the only problem is a queue no hall has. */
  UNKNOWN_QUEUE: 'UNKNOWN_QUEUE',
  DEPARTMENT_NOT_FOUND: 'DEPARTMENT_NOT_FOUND',
  DEPARTMENT_EXISTS: 'DEPARTMENT_EXISTS',
} as const;

export function itemNotFound(code: string): DomainError {
  return DomainError.notFound(CatalogErrorCode.ITEM_NOT_FOUND, `事项 ${code} 不存在或已停用`);
}

/**
 * 422 with every problem: `details.problems` are the messages to show, `details.issues` the same with the
 * field path and the problem's own code (for forms that mark the field).
 */
export function invalidItem(problems: readonly ItemProblem[]): DomainError {
  const code = problemsErrorCode(problems);
  const summary = problems.length === 1 ? problems[0].message : `事项信息有 ${problems.length} 处问题：${problems.map((p) => p.message).join('；')}`;
  return DomainError.unprocessable(code, summary, {
    problems: problems.map((p) => p.message),
    issues: problems.map((p) => ({ code: p.code, path: p.path, message: p.message })),
  });
}
