import { NotificationRecord, toNotificationView } from './notification-view';

const AT = Date.parse('2026-12-03T01:30:00Z'); // 09:30 in Shanghai

const row = (over: Partial<NotificationRecord> = {}): NotificationRecord => ({
  id: 5, kind: 'case_accepted', to: '13912349000', text: '【OneWindow】您的办件 居住证申领（TC202612030001）已受理，查询码 K7P2QX，可凭办件编号和查询码查询办理进度。',
  status: 'pending', attempts: 0, createdAt: AT, sentAt: null, nextAttemptAt: AT, lastError: null, ...over,
});

describe('notification view', () => {
  it('masks the phone and the query code, and dates in the centre zone', () => {
    expect(toNotificationView(row())).toEqual({
      id: 5, kind: 'case_accepted', to: '139****9000',
      text: '【OneWindow】您的办件 居住证申领（TC202612030001）已受理，查询码 ******，可凭办件编号和查询码查询办理进度。',
      status: 'pending', attempts: 0, createdAt: '2026-12-03T09:30:00+08:00', sentAt: null, nextAttemptAt: '2026-12-03T09:30:00+08:00', lastError: null,
    });
  });

  it.each([
    ['sent', { status: 'sent' as const, attempts: 1, sentAt: AT + 1000, nextAttemptAt: null }, '2026-12-03T09:30:01+08:00', null],
    ['retrying', { attempts: 2, nextAttemptAt: AT + 30_000, lastError: 'HTTP 500' }, null, '2026-12-03T09:30:30+08:00'],
    ['failed', { status: 'failed' as const, attempts: 6, nextAttemptAt: AT, lastError: 'timeout' }, null, null],
  ])('%s', (_, over, sentAt, next) => {
    const view = toNotificationView(row(over));
    expect(view.sentAt).toBe(sentAt);
    expect(view.nextAttemptAt).toBe(next);
    expect(view.to).toBe('139****9000');
  });
});
