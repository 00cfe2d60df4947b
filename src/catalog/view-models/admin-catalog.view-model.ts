import { DEPARTMENT_NAME_LENGTH, ITEM_KINDS, LIMIT_UNITS } from '../domain/catalog-terms';
import { ITEM_LIMITS } from '../domain/item-rules';
import { KIND_LABELS, UNIT_LABELS } from './catalog-labels';

export interface QueueOption {
  code: string;
  name: string;
}

/**
 * The admins' catalogue page. It holds no catalogue data: its script signs in as admin and calls the
 * admin API. The options of the form's fixed selects travel with the page.
 */
export function adminCatalogViewModel(queues: QueueOption[]) {
  return {
    title: '政务服务事项管理',
    kindOptions: ITEM_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    unitOptions: LIMIT_UNITS.map((value) => ({ value, label: UNIT_LABELS[value] })),
    queueOptions: [{ value: '', label: '不取号' }, ...queues.map((q) => ({ value: q.code, label: `${q.code} ${q.name}` }))],
    limits: ITEM_LIMITS,
    departmentNameLength: DEPARTMENT_NAME_LENGTH,
    client: {
      kindLabels: KIND_LABELS,
      unitLabels: UNIT_LABELS,
      /** What the form's rule check takes as the queues that exist (the item rules' CatalogRefs). */
      queueCodes: queues.map((q) => q.code),
    },
  };
}
