import type { NotificationKind, NotificationStatus } from './notification-kind';

/** The outbox page's words (zh-CN). */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  ticket_near: '到号提醒',
  case_accepted: '受理通知',
  materials_missing: '补正告知',
  ready_for_pickup: '取件通知',
  request_replied: '诉求答复',
};

export const NOTIFICATION_STATUS_LABELS: Readonly<Record<NotificationStatus, string>> = {
  pending: '待发送',
  sent: '已发送',
  failed: '发送失败',
};

export function kindLabel(kind: string): string {
  return NOTIFICATION_KIND_LABELS[kind as NotificationKind] ?? kind;
}

export function statusLabel(status: string): string {
  return NOTIFICATION_STATUS_LABELS[status as NotificationStatus] ?? status;
}

/** The state column: sent when, or the next try and how many so far, or given up after how many. */
export function stateDetail(n: { status: string; attempts: number; sentAt: string | null; nextAttemptAt: string | null }): string {
  const time = (iso: string) => iso.slice(11, 19);
  switch (n.status) {
    case 'sent':
      return n.sentAt ? `${time(n.sentAt)} 发出${n.attempts > 1 ? `（第 ${n.attempts} 次尝试）` : ''}` : '已发出';
    case 'failed':
      return `已尝试 ${n.attempts} 次，不再重试`;
    default:
      if (!n.attempts) return '等待发送';
      return `已失败 ${n.attempts} 次${n.nextAttemptAt ? `，${time(n.nextAttemptAt)} 重试` : ''}`;
  }
}
