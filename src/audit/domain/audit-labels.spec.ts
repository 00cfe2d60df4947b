import type { AuditView } from './audit-entry';
import { auditCsv } from './audit-csv';
import { actionLabel, diffLines, subjectLabel, valueText } from './audit-labels';

describe('audit labels and export', () => {
  it.each<[string, string]>([
    ['hall.update', '修改大厅'],
    ['user.reset-password', '重置密码'],
    ['case.read', '查看办件个人信息'],
    ['something.new', 'something.new'],
  ])('action %s → %s', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it.each<[unknown, string]>([
    [null, '（空）'],
    ['', '（空）'],
    [true, '是'],
    [false, '否'],
    ['文本', '文本'],
    [['A', 'B'], '["A","B"]'],
  ])('value %p → %s', (value, text) => {
    expect(valueText(value)).toBe(text);
  });

  it.each<[string, Record<string, unknown> | null, ReturnType<typeof diffLines>]>([
    ['no detail', null, []],
    ['a change', { before: { name: '旧' }, after: { name: '新' } }, [{ field: '名称', before: '旧', after: '新' }]],
    ['a creation', { before: null, after: { code: 'TC' } }, [{ field: '编码', before: '', after: 'TC' }]],
    ['a read', { what: 'detail' }, [{ field: '查看方式', before: '', after: '打开办件详情' }]],
    ['an unknown field', { before: { color: 'red' }, after: { color: 'blue' } }, [{ field: 'color', before: 'red', after: 'blue' }]],
  ])('diff of %s', (_name, detail, lines) => {
    expect(diffLines(detail)).toEqual(lines);
  });

  it('names the subject', () => {
    expect(subjectLabel({ subjectType: 'window', subjectId: 'TC/3' })).toBe('窗口 TC/3');
  });

  it('exports rows as CSV with a BOM and Chinese headers', () => {
    const row: AuditView = { id: 1, at: '2026-11-23T09:30:00+08:00', actorId: 1, actorName: '管理员', kind: 'admin', action: 'hall.update', subjectType: 'hall', subjectId: 'TC', detail: { before: { name: 'a' }, after: { name: 'b' } } };
    const csv = auditCsv([row]);
    expect(csv.startsWith('\uFEFF时间,类别,操作人')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('2026-11-23T09:30:00+08:00,管理操作,管理员,1,修改大厅,大厅,TC,"{""before"":{""name"":""a""},""after"":{""name"":""b""}}"');
  });
});
