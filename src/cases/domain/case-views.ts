// What the staff case API answers (GET /api/v1/cases, GET /api/v1/cases/{id}), as plain types the mapper
// promises and the pages read.
import type { LimitUnit } from '../../catalog/domain/catalog-terms';
import type { CaseActionId, CaseActionState } from './case-policy';
import type { CaseStatus } from './case-state';
import type { CollectorType } from './pickup';
import type { ExtensionStatus, SuspensionType, TaskStatus } from './case-terms';
import type { WarningLevel } from './warning-level';

export interface CaseTaskView {
  departmentCode: string;
  status: TaskStatus;
  assigneeId: number | null;
  outcome: 'approved' | 'denied' | null;
}

/** A row of a case list (inbox, supervision): no ID numbers. */
export interface CaseSummaryView {
  id: number;
  caseNumber: string;
  itemCode: string;
  itemName: string;
  kind: string;
  status: CaseStatus;
  statusText: string;
  applicantName: string;
  receivedAt: string | null;
  acceptedAt: string | null;
  dueDate: string | null;
  dueAt: string | null;
  statutoryDueDate: string | null;
  warning: WarningLevel | null;
  supervised: boolean;
  tasks: CaseTaskView[];
  extensionDays: number;
  /** Extension requests awaiting a head's decision, so a head's inbox needs no full read per case. */
  pendingExtensions: CaseExtensionView[];
}

export interface CaseExtensionView {
  id: number;
  departmentCode: string;
  days: number;
  reason: string;
  status: ExtensionStatus;
  requestedAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface CaseEventView {
  at: string | null;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorName: string | null;
  departmentCode: string | null;
  reason: string | null;
  payload: Record<string, unknown> | null;
}

export interface PersonView {
  name: string;
  idNumber: string;
  phone: string;
}

/** GET /cases/{id} for staff: the whole case with its trail and what the reader may do now. */
export interface CaseDetailView extends CaseSummaryView {
  queryCode: string;
  hall: string;
  ticketId: number | null;
  applicant: PersonView;
  /** `full` for staff of the case's hall or departments, else `masked` (ID numbers and phones; see seesFullPersonalData). */
  personalData: 'full' | 'masked';
  agent: { type: 'proxy' | 'assist'; name: string | null; idNumber: string | null; phone: string | null } | null;
  promisedLimit: { value: number; unit: LimitUnit };
  statutoryLimit: { value: number; unit: LimitUnit };
  extensionDays: number;
  supplyDueDate: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  delivery: {
    method: 'window' | 'post';
    trackingNo: string | null;
    deliveredAt: string | null;
    /** 出件 at the window: who collected the result (null for post, and for cases delivered before it was recorded). */
    collectedBy: { type: CollectorType; name: string; idNumber: string | null } | null;
    /** The window where it was handed over, when the clerk was operating one. */
    windowNumber: number | null;
  } | null;
  reason: string | null;
  materials: Array<{ code: string; name: string; required: boolean; deferrable: boolean; status: string; suppliedAt: string | null }>;
  extensions: CaseExtensionView[];
  suspensions: Array<{ type: SuspensionType; reason: string; startedAt: string | null; endedAt: string | null; workingDays: number | null }>;
  events: CaseEventView[];
  actions: Record<CaseActionId, CaseActionState>;
  /** A bundle's case (一件事): its parts, each a case of its own. */
  children?: Array<{ id: number; caseNumber: string; serviceItemCode: string; itemName: string; status: string; dueDate: string | null }>;
  /** A part of a bundle: the bundle's case. */
  parentCase?: { id: number; caseNumber: string; itemName: string } | null;
}
