import { DomainError } from '../../common/domain-error';
import { mayReadDepartments, reportAccess } from './report-access';
import type { Role } from '../../auth/domain/auth-user';

const user = (roles: Role[], departmentCodes: string[] = []) => ({ roles, departmentCodes });

describe('reportAccess', () => {
  it.each([
    [['supervisor'], [], 'windows', { all: true }],
    [['admin'], [], 'halls', { all: true }],
    [['head', 'officer'], ['GG'], 'departments', { all: false, departmentCodes: ['GG'] }],
    [['head'], ['GG', 'ZL'], 'items', { all: false, departmentCodes: ['GG', 'ZL'] }],
  ] as const)('%j of %j reads %s: %j', (roles, codes, kind, expected) => {
    expect(reportAccess(user([...roles], [...codes]), kind)).toEqual(expected);
  });

  it.each([
    [['head'], ['GG'], 'windows'],
    [['head'], ['GG'], 'halls'],
    [['head'], [], 'departments'],
    [['officer'], ['GG'], 'departments'],
    [['clerk'], [], 'windows'],
    [['dispatcher'], [], 'requests'],
  ] as const)('%j of %j may not read %s', (roles, codes, kind) => {
    let error: unknown;
    try { reportAccess(user([...roles], [...codes]), kind); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('REPORT_FORBIDDEN');
    expect((error as DomainError).status).toBe(403);
  });

  it('a head reads a joint row when one of its departments is among them', () => {
    const access = reportAccess(user(['head'], ['GG']), 'departments');
    expect(mayReadDepartments(access, ['ZL', 'GG'])).toBe(true);
    expect(mayReadDepartments(access, ['ZL'])).toBe(false);
    expect(mayReadDepartments({ all: true }, [])).toBe(true);
  });
});
