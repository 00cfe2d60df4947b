import { zonedIso } from '../../calendar/domain/iso-date';
import { maskPhone } from '../../cases/domain/masking';
import type { NotificationKind, NotificationStatus } from './notification-kind';
import { redactedText } from './notification-text';

/** Times in the list are shown in the centre's zone (messages belong to no single hall). */
export const NOTIFICATION_TIME_ZONE = 'Asia/Shanghai';

export interface NotificationRecord {
  id: number;
  kind: NotificationKind;
  to: string;
  text: string;
  status: NotificationStatus;
  attempts: number;
  createdAt: number;
  sentAt: number | null;
  nextAttemptAt: number | null;
  lastError: string | null;
}

/** `GET /api/v1/notifications`: API.md's fields, plus when a pending message is tried next and why the last try failed. */
export interface NotificationView {
  id: number;
  kind: NotificationKind;
  to: string;
  text: string;
  status: NotificationStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
  lastError: string | null;
}

/** The staff view: the phone masked (139****9000), a query code in the text hidden. */
export function toNotificationView(n: NotificationRecord, timeZone = NOTIFICATION_TIME_ZONE): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    to: maskPhone(n.to),
    text: redactedText(n.text),
    status: n.status,
    attempts: n.attempts,
    createdAt: zonedIso(n.createdAt, timeZone),
    sentAt: n.sentAt === null ? null : zonedIso(n.sentAt, timeZone),
    nextAttemptAt: n.status === 'pending' && n.nextAttemptAt !== null ? zonedIso(n.nextAttemptAt, timeZone) : null,
    lastError: n.lastError,
  };
}
