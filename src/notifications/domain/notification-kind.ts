/** What a resident is told (API.md "Notifications to residents"). */
export const NOTIFICATION_KINDS = ['ticket_near', 'case_accepted', 'materials_missing', 'ready_for_pickup', 'request_replied'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** `pending` until the driver took it (`sent`) or every attempt failed (`failed`). */
export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** What a message is about: a ticket, a case or a resident request. */
export type NotificationSubjectType = 'ticket' | 'case' | 'request';

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isNotificationStatus(value: unknown): value is NotificationStatus {
  return typeof value === 'string' && (NOTIFICATION_STATUSES as readonly string[]).includes(value);
}

/** One message to queue: the outbox stores it once per `dedupeKey`. */
export interface NotificationMessage {
  kind: NotificationKind;
  /** The resident's phone, in full (masked wherever it is shown). */
  to: string;
  text: string;
  subjectType: NotificationSubjectType;
  subjectId: string;
  /** The same notice is never queued twice, e.g. `ticket_near:<ticketId>`. */
  dedupeKey: string;
}
