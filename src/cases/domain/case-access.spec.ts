import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { CaseActionKind, CasePlace, mayActOnCase, reachesCase, seesFullPersonalData } from './case-access';

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

describe('halls and personal data', () => {
  const at = (roles: Role[], hallCodes: string[], departmentCodes: string[] = []): AuthUser => ({ ...u(roles, departmentCodes), hallCodes });
  const TC_GG: CasePlace = { hallCode: 'TC', departments: ['GG'] };
  const P1_GG: CasePlace = { hallCode: 'P1', departments: ['GG'] };
  const TC_JOINT: CasePlace = { hallCode: 'TC', departments: ['GG', 'ZL'] };

  // [who, user, case, reaches (else 403 HALL_FORBIDDEN), sees full ID numbers and phones (else masked)]
  it.each<[string, AuthUser, CasePlace, boolean, boolean]>([
    ['a clerk of the case’s hall', at(['clerk'], ['TC']), TC_GG, true, true],
    ['a clerk of the hall, code in lower case', at(['clerk'], ['tc']), TC_GG, true, true],
    ['a clerk of another hall', at(['clerk'], ['P1']), TC_GG, false, false],
    ['a clerk of two halls', at(['clerk'], ['P1', 'TC']), TC_GG, true, true],
    ['an agent at the point that took it in', at(['agent'], ['P1']), P1_GG, true, true],
    ['an officer of its department, same hall', at(['officer'], ['TC'], ['GG']), TC_GG, true, true],
    ['an officer of its department, case from a point', at(['officer'], ['TC'], ['GG']), P1_GG, true, true],
    ['an officer of one department of a joint case', at(['officer'], ['TC'], ['ZL']), TC_JOINT, true, true],
    ['a head of its department', at(['head'], ['TC'], ['GG']), P1_GG, true, true],
    ['an officer of another department in the hall (mayActOnCase refuses the read)', at(['officer'], ['TC'], ['ZL']), TC_GG, true, false],
    ['an officer of another department and hall', at(['officer'], ['TC'], ['ZL']), P1_GG, false, false],
    ['a supervisor oversees, masked', at(['supervisor'], []), TC_GG, true, false],
    ['an admin oversees, masked', at(['admin'], []), P1_GG, true, false],
    ['a supervisor who is also a clerk of the hall', at(['supervisor', 'clerk'], ['TC']), TC_GG, true, true],
    ['a display of the hall', at(['display'], ['TC']), TC_GG, true, false],
  ])('%s', (_name, user, place, reaches, full) => {
    expect([reachesCase(user, place), seesFullPersonalData(user, place)]).toEqual([reaches, full]);
  });
});
