import { kindLabel, NOTIFICATION_KIND_LABELS, NOTIFICATION_STATUS_LABELS, stateDetail, statusLabel } from './notification-labels';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from './notification-kind';

describe('notification labels', () => {
  it('label every kind and status', () => {
    expect(NOTIFICATION_KINDS.map((k) => NOTIFICATION_KIND_LABELS[k])).toEqual(['到号提醒', '受理通知', '补正告知', '取件通知', '诉求答复']);
    expect(NOTIFICATION_STATUSES.map((s) => NOTIFICATION_STATUS_LABELS[s])).toEqual(['待发送', '已发送', '发送失败']);
    expect([kindLabel('other'), statusLabel('other')]).toEqual(['other', 'other']);
  });

  it.each([
    [{ status: 'pending', attempts: 0, sentAt: null, nextAttemptAt: '2026-12-03T09:30:00+08:00' }, '等待发送'],
    [{ status: 'pending', attempts: 2, sentAt: null, nextAttemptAt: '2026-12-03T09:30:30+08:00' }, '已失败 2 次，09:30:30 重试'],
    [{ status: 'sent', attempts: 1, sentAt: '2026-12-03T09:30:01+08:00', nextAttemptAt: null }, '09:30:01 发出'],
    [{ status: 'sent', attempts: 3, sentAt: '2026-12-03T09:31:01+08:00', nextAttemptAt: null }, '09:31:01 发出（第 3 次尝试）'],
    [{ status: 'failed', attempts: 6, sentAt: null, nextAttemptAt: null }, '已尝试 6 次，不再重试'],
  ])('state of %j: %s', (n, expected) => {
    expect(stateDetail(n)).toBe(expected);
  });
});
