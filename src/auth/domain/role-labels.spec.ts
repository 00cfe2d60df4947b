import { ALL_ROLES } from './auth-user';
import { ROLE_LABELS, roleText } from './role-labels';

describe('ROLE_LABELS', () => {
  it('names every role in Chinese, each differently', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ALL_ROLES].sort());
    const names = Object.values(ROLE_LABELS);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it.each<[Parameters<typeof roleText>[0], string]>([
    [['clerk'], '综合窗口人员'],
    [['head', 'officer'], '部门负责人、部门经办人'],
    [[], ''],
  ])('roleText(%j) = %s', (roles, text) => expect(roleText(roles)).toBe(text));
});
