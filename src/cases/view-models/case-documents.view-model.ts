import { DOCUMENT_KINDS, type DocumentKind } from '../domain/case-documents';
import { STATUS_TEXT } from '../domain/case-timeline';
import { AGENT_TYPE_TEXT, ITEM_KIND_TEXT, MATERIAL_STATUS_TEXT } from './case-labels';
import { parseId } from '../../common/domain/ids';

export const DOCUMENT_INFO: Record<DocumentKind, { title: string; short: string; suffix: string }> = {
  acceptance: { title: '受理通知书', short: '受理通知书', suffix: 'SL' },
  notice: { title: '一次性告知书（补正材料通知书）', short: '一次性告知书', suffix: 'GZ' },
  refusal: { title: '不予受理通知书', short: '不予受理通知书', suffix: 'BSL' },
  deferral: { title: '容缺受理通知书', short: '容缺受理通知书', suffix: 'RQ' },
  result: { title: '办结（出件）通知书', short: '办结通知书', suffix: 'BJ' },
  pickup: { title: '办件结果领取回执', short: '领取回执', suffix: 'LQ' },
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/** Case ids in paths are positive integers. */
export function parseCaseId(value: unknown): number | null {
  return parseId(value);
}

export interface DocumentHall {
  code: string;
  name: string;
  /** Today in the hall's zone, by the server's clock. */
  today: string;
}

/**
 * The shell of a printable document (/documents/:kind/:id). The case itself is staff-only, so the page
 * fetches it with the clerk's token and fills the partial's slots; the letterhead comes from the case's hall.
 */
export function caseDocumentViewModel(kind: DocumentKind, id: number, halls: DocumentHall[], departments: Array<{ code: string; name: string }>, publicBaseUrl: string) {
  const info = DOCUMENT_INFO[kind];
  return {
    title: `${info.short} · 办件 ${id}`,
    kind,
    docTitle: info.title,
    bodyPartial: `documents_${kind}`,
    client: {
      kind,
      id,
      suffix: info.suffix,
      titles: Object.fromEntries(DOCUMENT_KINDS.map((k) => [k, DOCUMENT_INFO[k].short])),
      halls: Object.fromEntries(halls.map((h) => [h.code, { name: h.name, today: h.today }])),
      departments: Object.fromEntries(departments.map((d) => [d.code, d.name])),
      /** Where residents type the case number and query code (the look-up form). */
      statusBase: `${publicBaseUrl.replace(/\/+$/, '')}/c`,
      statusText: STATUS_TEXT,
      materialStatusText: MATERIAL_STATUS_TEXT,
      kindText: ITEM_KIND_TEXT,
      agentTypeText: AGENT_TYPE_TEXT,
    },
  };
}
