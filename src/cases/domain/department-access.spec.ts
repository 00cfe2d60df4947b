import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { mayWatchDepartment, watchableDepartments } from './department-access';

const user = (roles: Role[], departmentCodes: string[] = []): AuthUser => ({ id: 1, username: 'u', displayName: 'U', roles, departmentCodes, hallCodes: [], mustChangePassword: false });
const ALL = ['DJ', 'ZL', 'GG'];

describe('department access', () => {
  it.each<[string, AuthUser, string, boolean]>([
    ['an officer, own department', user(['officer'], ['ZL']), 'ZL', true],
    ['an officer, another department', user(['officer'], ['ZL']), 'GG', false],
    ['a head, own department', user(['head'], ['GG']), 'GG', true],
    ['a supervisor, any department', user(['supervisor']), 'DJ', true],
    ['an admin, any department', user(['admin']), 'GG', true],
    ['a clerk without departments', user(['clerk']), 'ZL', false],
  ])('%s → %p', (_name, u, department, expected) => {
    expect(mayWatchDepartment(u, department)).toBe(expected);
  });

  it.each<[string, AuthUser, string[]]>([
    ['an officer of two departments, in the list order', user(['officer'], ['GG', 'ZL', 'XX']), ['ZL', 'GG']],
    ['a supervisor: all', user(['supervisor']), ALL],
    ['nobody', user(['clerk']), []],
  ])('watchableDepartments: %s', (_name, u, expected) => {
    expect(watchableDepartments(u, ALL)).toEqual(expected);
  });
});
