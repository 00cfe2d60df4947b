import { zonedIso } from '../calendar/domain/iso-date';
import type { CaseActionId, CaseActionState } from './domain/case-policy';
import type { CaseDetailView, CaseExtensionView, CaseSummaryView } from './domain/case-views';
import { maskIdNumber, maskName, maskPhone } from './domain/masking';
import { STATUS_TEXT, timelineText } from './domain/case-timeline';
import type { CaseEvent } from './entities/case-event.entity';
import type { CaseExtension } from './entities/case-extension.entity';
import type { CaseMaterial } from './entities/case-material.entity';
import type { CaseSuspension } from './entities/case-suspension.entity';
import type { CaseTask } from './entities/case-task.entity';
import type { Case } from './entities/case.entity';

const iso = (ms: number | null, tz: string) => (ms === null ? null : zonedIso(ms, tz));

/** What POST /cases answers (API.md). */
export function toCaseReceipt(c: Case, departmentCodes: string[], tz: string) {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    status: c.status,
    acceptedAt: iso(c.acceptedAt, tz),
    dueDate: c.dueDate,
    statutoryDueDate: c.statutoryDueDate,
    dueAt: iso(c.dueAt, tz),
    supplyDueDate: c.supplyDueDate,
    queryCode: c.queryCode,
    departmentCodes,
  };
}

/** A row of a case list (inbox, supervision): no ID numbers. */
export function toCaseSummary(c: Case, tasks: CaseTask[], extensions: CaseExtension[], tz: string): CaseSummaryView {
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    itemCode: c.itemCode,
    itemName: c.itemName,
    kind: c.kind,
    status: c.status,
    statusText: STATUS_TEXT[c.status] ?? c.status,
    applicantName: c.applicantName,
    receivedAt: iso(c.receivedAt, tz),
    acceptedAt: iso(c.acceptedAt, tz),
    dueDate: c.dueDate,
    dueAt: iso(c.dueAt, tz),
    statutoryDueDate: c.statutoryDueDate,
    warning: c.warningLevel,
    supervised: c.supervised,
    tasks: tasks.map((t) => ({ departmentCode: t.departmentCode, status: t.status, assigneeId: t.assigneeId, outcome: t.outcome })),
    extensionDays: c.extensionDays,
    pendingExtensions: extensions.filter((e) => e.status === 'pending').map((e) => toExtensionView(e, tz)),
  };
}

function toExtensionView(e: CaseExtension, tz: string): CaseExtensionView {
  return {
    id: e.id, departmentCode: e.departmentCode, days: e.days, reason: e.reason, status: e.status,
    requestedAt: iso(e.requestedAt, tz), decidedAt: iso(e.decidedAt, tz), decisionReason: e.decisionReason,
  };
}

export interface CaseDetailParts {
  tasks: CaseTask[];
  materials: CaseMaterial[];
  events: CaseEvent[];
  extensions: CaseExtension[];
  suspensions: CaseSuspension[];
  /** What the reader may do now (the case policy for this user). */
  actions: Record<CaseActionId, CaseActionState>;
}

/** GET /cases/{id} for staff: the whole case with its trail and full personal data (CaseQueryService.detailFor masks it for readers without the need). */
export function toCaseDetail(c: Case, parts: CaseDetailParts, tz: string): CaseDetailView {
  return {
    ...toCaseSummary(c, parts.tasks, parts.extensions, tz),
    queryCode: c.queryCode,
    hall: c.hallCode,
    ticketId: c.ticketId,
    applicant: { name: c.applicantName, idNumber: c.applicantIdNumber, phone: c.applicantPhone },
    personalData: 'full',
    agent: c.agentType ? { type: c.agentType, name: c.agentName, idNumber: c.agentIdNumber, phone: c.agentPhone } : null,
    promisedLimit: { value: c.promisedValue, unit: c.promisedUnit },
    statutoryLimit: { value: c.statutoryValue, unit: c.statutoryUnit },
    supplyDueDate: c.supplyDueDate,
    decidedAt: iso(c.decidedAt, tz),
    decisionReason: c.decisionReason,
    delivery: c.deliveryMethod
      ? {
        method: c.deliveryMethod, trackingNo: c.trackingNo, deliveredAt: iso(c.deliveredAt, tz),
        collectedBy: c.collectedByType && c.collectedByName ? { type: c.collectedByType, name: c.collectedByName, idNumber: c.collectedByIdNumber } : null,
        windowNumber: c.deliveredAtWindow,
      }
      : null,
    reason: c.reason,
    materials: parts.materials.map((m) => ({ code: m.code, name: m.name, required: m.required, deferrable: m.deferrable, status: m.status, suppliedAt: iso(m.suppliedAt, tz) })),
    extensions: parts.extensions.map((e) => toExtensionView(e, tz)),
    suspensions: parts.suspensions.map((s) => ({ type: s.type, reason: s.reason, startedAt: iso(s.startedAt, tz), endedAt: iso(s.endedAt, tz), workingDays: s.workingDays })),
    events: parts.events.map((e) => ({
      at: iso(e.at, tz), action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: e.actorName,
      departmentCode: e.departmentCode, reason: e.reason, payload: e.payload,
    })),
    actions: parts.actions,
  };
}

/** The resident's view from the QR code: plain Chinese, masked personal data, no staff names. */
/** A part of a bundle (一件事) as the resident's status shows it. */
export interface PublicPart {
  caseNumber: string;
  itemName: string;
  status: string;
  statusText: string;
  dueDate: string | null;
}

/** `parts`: a bundle's parts (its public status lists them as `children`); absent for every other case. */
export function toPublicCase(c: Case, events: CaseEvent[], departmentNames: Record<string, string>, tz: string, parts?: Case[]) {
  const children: PublicPart[] | undefined = parts?.map((p) => ({
    caseNumber: p.caseNumber, itemName: p.itemName, status: p.status, statusText: STATUS_TEXT[p.status] ?? p.status, dueDate: p.dueDate,
  }));
  return {
    ...(children ? { children } : {}),
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    status: c.status,
    statusText: STATUS_TEXT[c.status] ?? c.status,
    applicantName: maskName(c.applicantName),
    applicantIdNumber: maskIdNumber(c.applicantIdNumber),
    applicantPhone: maskPhone(c.applicantPhone),
    acceptedAt: iso(c.acceptedAt, tz),
    dueDate: c.dueDate,
    dueAt: iso(c.dueAt, tz),
    supplyDueDate: c.supplyDueDate,
    // the resident's page says only that it was collected, and by whom masked (已领取（领取人 张*三）)
    delivery: c.deliveryMethod ? { method: c.deliveryMethod, trackingNo: c.trackingNo, collectedBy: c.collectedByName ? maskName(c.collectedByName) : null } : null,
    timeline: events
      .map((e) => ({ at: iso(e.at, tz)!, status: e.toStatus, text: timelineText(e, departmentNames) }))
      .filter((e): e is { at: string; status: string; text: string } => e.text !== null),
  };
}
