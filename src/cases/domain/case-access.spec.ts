import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { CaseActionKind, mayActOnCase } from './case-access';

const u = (roles: Role[], departmentCodes: string[] = []): AuthUser => ({ id: 1, username: 'u', displayName: 'u', roles, departmentCodes, hallCodes: [], mustChangePassword: false });
const clerk = u(['clerk']);
const officerGG = u(['officer'], ['GG']);
const officerZL = u(['officer'], ['ZL']);
const headZL = u(['head', 'officer'], ['ZL']);
const supervisor = u(['supervisor']);
const admin = u(['admin']);
const display = u(['display']);

describe('mayActOnCase', () => {
  it.each<[string, AuthUser, CaseActionKind, string[], boolean]>([
    ['a clerk works the front desk', clerk, 'front_desk', ['ZL'], true],
    ['an officer cannot act as front desk', officerZL, 'front_desk', ['ZL'], false],
    ['a supervisor cannot act as front desk', supervisor, 'front_desk', ['ZL'], false],
    ['an officer works their department’s case', officerZL, 'back_office', ['ZL'], true],
    ['an officer of GG cannot touch a ZL case', officerGG, 'back_office', ['ZL'], false],
    ['an officer of GG works a joint GG+ZL case', officerGG, 'back_office', ['GG', 'ZL'], true],
    ['a head works their department’s case', headZL, 'back_office', ['ZL'], true],
    ['a clerk cannot work the back office', clerk, 'back_office', ['ZL'], false],
    ['a supervisor cannot work the back office', supervisor, 'back_office', ['ZL'], false],
    ['the head decides extensions of their department', headZL, 'head', ['ZL'], true],
    ['an officer cannot decide extensions', officerZL, 'head', ['ZL'], false],
    ['a head of ZL cannot decide GG extensions', headZL, 'head', ['GG'], false],
    ['a supervisor reads everything', supervisor, 'read', ['GG'], true],
    ['an admin reads everything', admin, 'read', ['GG'], true],
    ['a clerk reads cases to deliver them', clerk, 'read', ['GG'], true],
    ['an officer reads their department’s cases', officerZL, 'read', ['ZL'], true],
    ['an officer of ZL cannot read a GG case', officerZL, 'read', ['GG'], false],
    ['a display device reads nothing', display, 'read', ['GG'], false],
  ])('%s', (_name, user, kind, departments, allowed) => expect(mayActOnCase(user, kind, departments)).toBe(allowed));
});
