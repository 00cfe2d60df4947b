// What goes into each printed document, from the staff view of a case (GET /api/v1/cases/{id}).
// Pure: no DOM, no clock. Every date is one the server wrote (already in the hall's zone).
// The documents page (views/src/documents) fills the partials' slots with it.
import { maskIdNumber, maskPhone } from '../domain/masking';
import { COLLECTOR_TYPE_TEXT, type CollectorType } from '../domain/pickup';
import type { LimitUnit } from '../../catalog/domain/catalog-terms';
import { limitText } from './case-labels';
import type { DocumentKind } from '../domain/case-documents';

/** The parts of a recorded step the documents read. */
export interface DocumentEvent {
  at: string | null;
  action: string;
  toStatus?: string | null;
  actorName?: string | null;
  departmentCode?: string | null;
  reason?: string | null;
  payload?: Record<string, unknown> | null;
}

export interface DocumentPerson {
  name: string;
  idNumber: string;
  phone: string;
}

/** The parts of GET /api/v1/cases/{id} the documents read. */
export interface DocumentCase {
  caseNumber: string;
  queryCode?: string | null;
  itemName: string;
  kind: string;
  status: string;
  applicantName: string;
  applicant?: DocumentPerson | null;
  agent?: (DocumentPerson & { type: string }) | null;
  receivedAt: string | null;
  acceptedAt: string | null;
  decidedAt?: string | null;
  decisionReason?: string | null;
  dueDate: string | null;
  statutoryDueDate: string | null;
  supplyDueDate?: string | null;
  promisedLimit?: { value: number; unit: LimitUnit } | null;
  reason?: string | null;
  delivery?: {
    method: string;
    trackingNo: string | null;
    deliveredAt: string | null;
    collectedBy?: { type: string; name: string; idNumber: string | null } | null;
    windowNumber?: number | null;
  } | null;
  tasks?: Array<{ departmentCode: string }>;
  materials?: Array<{ code: string; name: string; required: boolean; status: string; suppliedAt?: string | null }>;
  events?: DocumentEvent[];
}

/** A catalogue material's paper requirement (GET /api/v1/catalog/items/{code}). */
export interface PaperRequirement {
  code: string;
  original: boolean;
  copies: number;
  note?: string | null;
}

export interface DocumentContext {
  hall?: { name: string; today: string };
  /** Department code → name. */
  departments?: Record<string, string>;
  /** The catalogue item with its materials (only the notice needs it), or null. */
  item?: { materials: PaperRequirement[] } | null;
  /** The document number's suffix (SL, GZ …). */
  suffix?: string;
  agentTypeText?: Record<string, string>;
  /** Where residents look the case up. */
  statusBase?: string;
}

export type DocumentModel =
  | { ok: true; fields: Record<string, string>; lists: Record<string, string[][]> }
  | { ok: false; why: string };

/** "2026-11-23" or "2026-11-23T09:30:00+08:00" → "2026年11月23日". */
export function cnDate(value: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** "2026-11-23T09:30:00+08:00" → "2026年11月23日 09:30". */
export function cnDateTime(iso: string | null | undefined): string {
  const t = /T(\d{2}:\d{2})/.exec(iso ?? '');
  return `${cnDate(iso)}${t ? ` ${t[1]}` : ''}`;
}

// The reason the window typed for a refusal, and where to go instead (saved as "…；建议去向：…").
const WHERE = '；建议去向：';

export function splitRefusal(reason: string | null | undefined): { reason: string; where: string } {
  const text = reason ?? '';
  const at = text.lastIndexOf(WHERE);
  return at < 0 ? { reason: text, where: '' } : { reason: text.slice(0, at), where: text.slice(at + WHERE.length) };
}

export function joinRefusal(reason: string | null | undefined, where: string | null | undefined): string {
  const r = (reason ?? '').trim();
  const w = (where ?? '').trim();
  return w ? `${r}${WHERE}${w}` : r;
}

/** What a paper requirement reads like: 原件 / 复印件 2 份, and the catalogue's note. */
function requirement(m: PaperRequirement | null): string {
  if (!m) return '';
  const form = m.original ? '原件' : '复印件';
  const copies = m.copies > 1 ? ` ${m.copies} 份` : '';
  return `${form}${copies}${m.note ? `（${m.note}）` : ''}`;
}

const RECEIPT_TEXT: Record<string, string> = { provided: '已收取', supplied: '已补交', deferred: '容缺，待补交', missing: '未提供' };
const receipt = (status: string) => RECEIPT_TEXT[status] ?? status;

const last = <T>(list: T[], pred: (x: T) => boolean): T | null => list.filter(pred).slice(-1)[0] ?? null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);

/** The slots of one document of a case; `ok: false` with the reason when the case has no such step. */
export function buildDocument(kind: DocumentKind | string, c: DocumentCase, ctx: DocumentContext = {}): DocumentModel {
  const events = c.events ?? [];
  const departments = ctx.departments ?? {};
  const materials = c.materials ?? [];
  const catalogMaterial = (code: string) => ctx.item?.materials.find((m) => m.code === code) ?? null;
  const accept = last(events, (e) => e.action === 'accept');
  const acceptPayload = accept?.payload ?? {};
  const dispatch = last(events, (e) => e.action === 'dispatch');
  const agentType = (type: string) => ctx.agentTypeText?.[type] ?? '代办';
  const fields: Record<string, string> = {
    centreName: ctx.hall?.name ?? '',
    docNumber: `${c.caseNumber}-${ctx.suffix ?? ''}`,
    caseNumber: c.caseNumber,
    queryCode: c.queryCode ?? '',
    itemName: c.itemName,
    applicantName: c.applicant ? c.applicant.name : c.applicantName,
    applicantIdNumber: c.applicant ? maskIdNumber(c.applicant.idNumber) : '',
    applicantPhone: c.applicant ? maskPhone(c.applicant.phone) : '',
    agentLine: c.agent ? `${agentType(c.agent.type)}人 ${c.agent.name}（身份证 ${maskIdNumber(c.agent.idNumber)}，电话 ${maskPhone(c.agent.phone)}）` : '',
    receivedDate: cnDate(c.receivedAt),
    printDate: cnDate(ctx.hall?.today),
    statusAddress: ctx.statusBase ? `查询网址：${ctx.statusBase}` : '',
    qrUrl: `/qr/case/${encodeURIComponent(c.caseNumber)}.svg?code=${encodeURIComponent(c.queryCode ?? '')}`,
  };
  const lists: Record<string, string[][]> = {};
  const no = (why: string): DocumentModel => ({ ok: false, why });
  const materialName = (code: string) => materials.find((m) => m.code === code)?.name ?? code;

  switch (kind) {
    case 'acceptance': {
      if (!accept) return no('该办件尚未受理，没有受理通知书。');
      const deferredNames = strings(acceptPayload.deferredNames);
      const dispatched = dispatch?.payload?.departments;
      const departmentCodes = Array.isArray(dispatched) ? strings(dispatched) : (c.tasks ?? []).map((t) => t.departmentCode);
      // 一件事: the parts filed with it, each with its own number (and promise while it runs)
      const bundleParts = last(events, (e) => e.action === 'bundle_dispatch')?.payload?.parts;
      Object.assign(fields, {
        docDate: cnDate(accept.at),
        acceptedAt: cnDateTime(accept.at),
        acceptor: accept.actorName ?? '',
        acceptPhrase: deferredNames.length ? '主要申请材料齐全、符合法定形式（部分材料容缺受理）' : '申请材料齐全、符合法定形式',
        promisedText: c.promisedLimit ? limitText(c.kind, c.promisedLimit) : '',
        dueDate: cnDate(text(acceptPayload.dueDate) || c.dueDate),
        statutoryDueDate: cnDate(text(acceptPayload.statutoryDueDate) || c.statutoryDueDate),
        supplyDueDate: deferredNames.length ? cnDate(text(acceptPayload.supplyDueDate) || c.supplyDueDate) : '',
        departmentNames: Array.isArray(bundleParts)
          ? `一件事分项办理：${(bundleParts as Array<Record<string, unknown>>).map((p) => `${text(p.itemName)}（${text(p.caseNumber)}，${p.status === 'dispatched' ? `承诺 ${cnDate(text(p.dueDate))} 前办结` : '当场办结'}）`).join('；')}`
          : departmentCodes.map((d) => departments[d] ?? d).join('、'),
      });
      lists.materials = materials
        .filter((m) => m.required || m.status !== 'missing')
        .map((m, i) => [String(i + 1), m.name, deferredNames.includes(m.name) && m.status !== 'deferred' ? `容缺，${receipt(m.status)}` : receipt(m.status)]);
      return { ok: true, fields, lists };
    }
    case 'notice': {
      const notice = last(events, (e) => e.action === 'notify');
      if (!notice) return no('该办件没有一次性告知记录。');
      const codes = strings(notice.payload?.missing);
      Object.assign(fields, {
        docDate: cnDate(notice.at),
        noticeAt: cnDateTime(notice.at),
        handler: notice.actorName ?? '',
        noticeNote: notice.reason ?? '',
        missingCount: String(codes.length),
      });
      lists.missing = codes.map((code, i) => [String(i + 1), materialName(code), requirement(catalogMaterial(code))]);
      return { ok: true, fields, lists };
    }
    case 'refusal': {
      const refusal = last(events, (e) => e.action === 'reject');
      if (!refusal) return no('该办件没有不予受理记录。');
      const parts = splitRefusal(refusal.reason || c.reason);
      Object.assign(fields, { docDate: cnDate(refusal.at), refusedAt: cnDateTime(refusal.at), handler: refusal.actorName ?? '', refusalReason: parts.reason, whereToGo: parts.where });
      return { ok: true, fields, lists };
    }
    case 'deferral': {
      const deferredNames = strings(acceptPayload.deferredNames);
      if (!accept || !deferredNames.length) return no('该办件没有容缺受理的材料。');
      Object.assign(fields, {
        docDate: cnDate(accept.at),
        acceptedDate: cnDate(accept.at),
        acceptor: accept.actorName ?? '',
        supplyDueDate: cnDate(text(acceptPayload.supplyDueDate) || c.supplyDueDate),
        dueDate: cnDate(text(acceptPayload.dueDate) || c.dueDate),
      });
      lists.deferred = materials
        .filter((m) => deferredNames.includes(m.name))
        .map((m, i) => [String(i + 1), m.name, m.status === 'supplied' ? `已于 ${cnDate(m.suppliedAt)} 补交` : '待补交']);
      return { ok: true, fields, lists };
    }
    case 'result': {
      const decision = last(events, (e) => e.action === 'decide' || e.action === 'complete');
      if (!decision || !c.decidedAt) return no('该办件尚未办结，没有办结通知书。');
      const denied = decision.toStatus === 'decided_denied';
      const delivery = c.delivery;
      let deliveryText = '请携带本人身份证到综合窗口领取办理结果。';
      if (c.status === 'ready_for_pickup') deliveryText = '办理结果已送达综合窗口，请携带本人身份证领取。';
      if (delivery?.method === 'window') deliveryText = `已于 ${cnDateTime(delivery.deliveredAt)} 在综合窗口领取。`;
      if (delivery?.method === 'post') deliveryText = `已于 ${cnDateTime(delivery.deliveredAt)} 邮寄送达，运单号 ${delivery.trackingNo ?? ''}。`;
      Object.assign(fields, {
        docDate: cnDate(c.decidedAt),
        acceptedDate: cnDate(c.acceptedAt),
        decidedDate: cnDate(c.decidedAt),
        outcomeText: denied ? '不予批准' : '准予办理',
        denied: denied ? '1' : '',
        decisionReason: c.decisionReason ?? '',
        externalReference: text(decision.payload?.externalReference),
        deciderName: decision.departmentCode ? (departments[decision.departmentCode] ?? decision.departmentCode) : '综合窗口（当场办结）',
        deliveryText,
      });
      return { ok: true, fields, lists };
    }
    case 'pickup': {
      // 领取回执: who collected the result at the window, when, where and from whom; the ID number masked
      const handover = last(events, (e) => e.action === 'deliver');
      const collector = c.delivery?.collectedBy;
      if (!handover || c.delivery?.method !== 'window' || !collector) return no('该办件没有窗口领取记录，没有领取回执。');
      const decision = last(events, (e) => e.action === 'decide' || e.action === 'complete');
      const windowNumber = c.delivery.windowNumber ?? null;
      Object.assign(fields, {
        docDate: cnDate(c.delivery.deliveredAt),
        pickedUpAt: cnDateTime(c.delivery.deliveredAt),
        outcomeText: decision ? (decision.toStatus === 'decided_denied' ? '不予批准' : '准予办理') : '',
        collectorType: COLLECTOR_TYPE_TEXT[collector.type as CollectorType] ?? collector.type,
        collectorName: collector.name,
        collectorIdNumber: collector.idNumber ? maskIdNumber(collector.idNumber) : '',
        windowText: windowNumber === null ? '综合窗口' : `${windowNumber} 号窗口`,
        handler: handover.actorName ?? '',
      });
      return { ok: true, fields, lists };
    }
    default:
      return no('没有这种文书。');
  }
}
