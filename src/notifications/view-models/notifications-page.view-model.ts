import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '../domain/notification-kind';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_STATUS_LABELS } from '../domain/notification-labels';

/** How often the page reads the list again while auto-refresh is on. */
export const REFRESH_SECONDS = 10;

/** The outbox page (短信通知): filter options; the page holds no messages, its script signs in as admin and reads the API. */
export function notificationsPageViewModel() {
  return {
    title: '短信通知',
    statusOptions: [{ value: '', label: '全部状态' }, ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: NOTIFICATION_STATUS_LABELS[s] }))],
    kindOptions: [{ value: '', label: '全部类型' }, ...NOTIFICATION_KINDS.map((k) => ({ value: k, label: NOTIFICATION_KIND_LABELS[k] }))],
    refreshSeconds: REFRESH_SECONDS,
    client: { refreshSeconds: REFRESH_SECONDS },
  };
}
