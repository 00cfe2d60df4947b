import { STATUS_TEXT } from '../domain/case-timeline';
import { DECISION_DOCUMENTS, DOCUMENT_KINDS } from '../domain/case-documents';
import { DOCUMENT_INFO } from './case-documents.view-model';
import { AGENT_TYPE_TEXT, CASE_STATUS_SHORT, ITEM_KIND_TEXT, MATERIAL_STATUS_TEXT, UNIT_TEXT } from './case-labels';

/** The tabs of the console's case panel (办件, and the hotline transfers clerks take too) and the keys that open them. */
export interface CaseDeskTab {
  id: 'intake' | 'pickup' | 'lookup' | 'hotline';
  label: string;
  /** KeyboardEvent.key values (letters lower case). */
  keys: string[];
  keyHint: string;
}

export const CASE_DESK_TABS: CaseDeskTab[] = [
  { id: 'intake', label: '办件受理', keys: ['F2', 'a'], keyHint: 'F2 / A' },
  { id: 'pickup', label: '待取件', keys: ['F3', 'k'], keyHint: 'F3 / K' },
  { id: 'lookup', label: '补正 · 撤回', keys: ['F4', 'b'], keyHint: 'F4 / B' },
  // 转办; F5–F7 reload, focus the address bar or toggle caret browsing, and H is 挂起
  { id: 'hotline', label: '热线转办', keys: ['F8', 'z'], keyHint: 'F8 / Z' },
];

/** The four decisions at the counter; when each applies is src/cases/domain/intake-decisions.ts (the server's rules). */
export const INTAKE_DECISIONS = [
  { id: 'accept', label: '受理', hint: '受理并派单到后台部门', kind: 'primary', keyHint: 'Ctrl+Enter' },
  { id: 'notify', label: '一次性告知', hint: '材料不齐：一次性告知全部缺少的材料', kind: 'normal', keyHint: '' },
  { id: 'reject', label: '不予受理', hint: '须填写理由和建议去向', kind: 'danger', keyHint: '' },
  { id: 'complete', label: '当场办结', hint: '即办件材料齐全，当场办结出件', kind: 'primary', keyHint: 'Ctrl+Enter' },
] as const;

/** Statuses listed under 待取件: decided, or already at the window. */
export const PICKUP_STATUSES = ['decided_approved', 'decided_denied', 'ready_for_pickup'];

/** The data block the console's case panel (views/src/case-desk) reads. */
export function caseDeskClient() {
  return {
    tabs: CASE_DESK_TABS,
    decisions: INTAKE_DECISIONS,
    decisionDocuments: DECISION_DOCUMENTS,
    documentTitles: Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_INFO[k].short])),
    pickupStatuses: PICKUP_STATUSES,
    statusText: STATUS_TEXT,
    statusShort: CASE_STATUS_SHORT,
    kindText: ITEM_KIND_TEXT,
    unitText: UNIT_TEXT,
    materialStatusText: MATERIAL_STATUS_TEXT,
    agentTypeText: AGENT_TYPE_TEXT,
  };
}
