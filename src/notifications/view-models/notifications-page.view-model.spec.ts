import { notificationsPageViewModel } from './notifications-page.view-model';

describe('notifications page view-model', () => {
  it.each<[string, (m: ReturnType<typeof notificationsPageViewModel>) => unknown, unknown]>([
    ['statuses start with 全部', (m) => m.statusOptions.map((o) => o.label), ['全部状态', '待发送', '已发送', '发送失败']],
    ['kinds are labelled', (m) => m.kindOptions.map((o) => o.value), ['', 'ticket_near', 'case_accepted', 'materials_missing', 'ready_for_pickup', 'request_replied']],
    ['the script gets the refresh period', (m) => m.client, { refreshSeconds: 10 }],
  ])('%s', (_name, pick, expected) => {
    expect(pick(notificationsPageViewModel())).toEqual(expected);
  });
});
