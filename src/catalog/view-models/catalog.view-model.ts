import type { DepartmentView, ItemSummaryView } from '../domain/catalog-views';
import { ITEM_KINDS } from '../domain/catalog-terms';
import { feeText, isOneVisit, KIND_LABELS, promisedText, statutoryText } from './catalog-labels';

export interface CatalogFilter {
  q: string;
  department: string;
  kind: string;
}

export interface CatalogPageSource {
  centreName: string;
  /** Every active item in catalogue order. */
  items: ItemSummaryView[];
  /** Codes of the items matching the filter, best first. */
  matches: string[];
  departments: DepartmentView[];
  filter: CatalogFilter;
}

/** An item's card on the list; also what the TV shows. */
export function itemCard(item: ItemSummaryView, departmentNames: ReadonlyMap<string, string>) {
  return {
    code: item.code,
    name: item.name,
    href: `/catalog/items/${encodeURIComponent(item.code)}`,
    kind: item.kind,
    kindLabel: KIND_LABELS[item.kind],
    promisedText: promisedText(item.kind, item.promisedLimit),
    statutoryText: statutoryText(item.statutoryLimit),
    oneVisit: isOneVisit(item.visitsRequired),
    feeText: feeText(item.feeFen),
    departmentText: item.departmentCodes.map((code) => departmentNames.get(code) ?? code).join('、'),
    // 一件事: the items it files at once
    ...(item.members?.length ? { partsText: `含 ${item.members.map((p) => p.name).join('、')}` } : {}),
  };
}

/**
 * The public catalogue (政务服务事项清单), phone first. Every active item is rendered — matches first in
 * rank order, the rest hidden — so the page script can filter as the resident types without re-rendering.
 */
export function catalogViewModel(src: CatalogPageSource) {
  const names = new Map(src.departments.map((d) => [d.code, d.name]));
  const byCode = new Map(src.items.map((item) => [item.code, item]));
  const matched = src.matches.map((code) => byCode.get(code)).filter((item): item is ItemSummaryView => item !== undefined);
  const matchedCodes = new Set(matched.map((item) => item.code));
  const rest = src.items.filter((item) => !matchedCodes.has(item.code));
  return {
    title: '政务服务事项清单',
    centreName: src.centreName,
    q: src.filter.q,
    departmentOptions: [
      { value: '', label: '全部部门', selected: src.filter.department === '' },
      ...src.departments.map((d) => ({ value: d.code, label: d.name, selected: d.code === src.filter.department })),
    ],
    kindOptions: [
      { value: '', label: '全部类型', selected: src.filter.kind === '' },
      ...ITEM_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind], selected: kind === src.filter.kind })),
    ],
    items: [...matched.map((item) => ({ ...itemCard(item, names), hidden: false })), ...rest.map((item) => ({ ...itemCard(item, names), hidden: true }))],
    countText: `共 ${matched.length} 项`,
    empty: matched.length === 0,
    client: { apiPath: '/api/v1/catalog/items' },
  };
}
