import { auditPageViewModel } from './audit-page.view-model';

describe('audit page view-model', () => {
  it.each<[string, (m: ReturnType<typeof auditPageViewModel>) => unknown, unknown]>([
    ['kinds start with 全部', (m) => m.kindOptions.map((o) => o.label), ['全部类别', '管理操作', '个人信息查询']],
    ['subjects are labelled', (m) => m.subjectOptions.find((o) => o.value === 'window')?.label, '窗口'],
    ['the script gets today', (m) => m.client, { today: '2026-11-23' }],
  ])('%s', (_name, pick, expected) => {
    expect(pick(auditPageViewModel('2026-11-23'))).toEqual(expected);
  });
});
