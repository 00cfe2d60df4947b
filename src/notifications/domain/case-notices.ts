import { isMobilePhone } from '../../queue/domain/ticket-phone';
import type { NotificationMessage } from './notification-kind';
import { caseAcceptedText, dedupeKey, materialsMissingText, readyForPickupText } from './notification-text';

/** The case actions that tell the applicant something. */
export type CaseNoticeAction = 'accept' | 'notify' | 'ready';

export interface CaseNoticeFacts {
  id: number;
  caseNumber: string;
  itemName: string;
  queryCode: string;
  applicantPhone: string;
  /** The command's time: a second notice of missing materials (after a return) is a new one. */
  at: number;
  /** For `notify`: the materials still missing. */
  missingNames?: readonly string[];
}

/**
 * The notice a case command owes the applicant, or null: other actions tell nothing, and a landline
 * (allowed on a case) cannot take an SMS.
 */
export function caseNotice(action: string, c: CaseNoticeFacts): NotificationMessage | null {
  if (!isMobilePhone(c.applicantPhone)) return null;
  const base = { to: c.applicantPhone, subjectType: 'case' as const, subjectId: String(c.id) };
  switch (action as CaseNoticeAction) {
    case 'accept':
      return { ...base, kind: 'case_accepted', text: caseAcceptedText(c), dedupeKey: dedupeKey('case_accepted', c.id) };
    case 'notify':
      return { ...base, kind: 'materials_missing', text: materialsMissingText({ ...c, missingNames: c.missingNames ?? [] }), dedupeKey: dedupeKey('materials_missing', c.id, c.at) };
    case 'ready':
      return { ...base, kind: 'ready_for_pickup', text: readyForPickupText(c), dedupeKey: dedupeKey('ready_for_pickup', c.id) };
    default:
      return null;
  }
}
