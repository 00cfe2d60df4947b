import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { assertMayCommand, assertMayFilterDepartment, availableActions, commandOf, listScope, mayCommand, mayRead, OwnedTask } from './rectification-access';
import { RectificationCommand, RectificationStatus } from './rectification-state';

const user = (roles: Role[], departmentCodes: string[] = []): AuthUser => ({ id: 1, username: 'u', displayName: 'u', roles, departmentCodes, hallCodes: ['TC'], mustChangePassword: false });
const officerZl = user(['officer'], ['ZL']);
const headGg = user(['head', 'officer'], ['GG']);
const officerGg = user(['officer'], ['GG']);
const clerk = user(['clerk']);
const supervisor = user(['supervisor']);
const admin = user(['admin']);
const display = user(['display']);
const ZL: OwnedTask = { ownerType: 'department', departmentCode: 'ZL', hallCode: 'TC' };
const GG: OwnedTask = { ownerType: 'department', departmentCode: 'GG', hallCode: 'TC' };
const WINDOW: OwnedTask = { ownerType: 'window', departmentCode: null, hallCode: 'TC' };
const POINT_WINDOW: OwnedTask = { ownerType: 'window', departmentCode: null, hallCode: 'P1' };
const ZL_AT_POINT: OwnedTask = { ownerType: 'department', departmentCode: 'ZL', hallCode: 'P1' };

const OWNER_WORK: RectificationCommand[] = ['verify', 'rectify', 'reply', 'revisit', 'appeal'];

describe('who may act on a rectification', () => {
  it.each([
    ['officer of ZL on a ZL task', officerZl, ZL, true],
    ['officer of GG on a ZL task', officerGg, ZL, false],
    ['head of GG on a GG task', headGg, GG, true],
    ['clerk on a ZL task', clerk, ZL, false],
    ['clerk on a window task', clerk, WINDOW, true],
    ['clerk of TC on a window task of another hall', clerk, POINT_WINDOW, false],
    ['clerk of the point on its window task', { ...clerk, hallCodes: ['P1'] }, POINT_WINDOW, true],
    ['officer of ZL on a ZL task rated at another hall', officerZl, ZL_AT_POINT, true],
    ['officer on a window task', officerZl, WINDOW, false],
    ['supervisor on a ZL task', supervisor, ZL, false],
    ['admin on a window task', admin, WINDOW, false],
    ['display on a window task', display, WINDOW, false],
  ] as Array<[string, AuthUser, OwnedTask, boolean]>)('%s: owner work %s', (_what, u, task, allowed) => {
    for (const command of OWNER_WORK) expect(mayCommand(u, command, task)).toBe(allowed);
  });

  it.each([
    [supervisor, true], [admin, false], [officerZl, false], [headGg, false], [clerk, false],
  ] as Array<[AuthUser, boolean]>)('re-check by %j: %s', (u, allowed) => {
    for (const task of [ZL, WINDOW]) {
      expect(mayCommand(u, 'uphold', task)).toBe(allowed);
      expect(mayCommand(u, 'overturn', task)).toBe(allowed);
    }
  });

  it('refuses with 403 FORBIDDEN', () => {
    expect(() => assertMayCommand(officerGg, 'verify', ZL)).toThrow(expect.objectContaining({ status: 403, code: 'FORBIDDEN' }));
    expect(() => assertMayCommand(officerZl, 'verify', ZL)).not.toThrow();
  });

  it.each([
    [supervisor, ZL, true], [admin, WINDOW, true], [officerZl, ZL, true], [officerGg, ZL, false], [clerk, WINDOW, true], [clerk, GG, false], [display, WINDOW, false],
  ] as Array<[AuthUser, OwnedTask, boolean]>)('read by %j of %j: %s', (u, task, allowed) => {
    expect(mayRead(u, task)).toBe(allowed);
  });
});

describe('availableActions', () => {
  const task = (status: RectificationStatus, appealed = false, owner: OwnedTask = ZL) => ({ ...owner, status, appealed });
  it.each([
    [officerZl, task('open'), ['verify', 'appeal']],
    [officerZl, task('verified'), ['rectify', 'appeal']],
    [officerZl, task('verified', true), ['rectify']],
    [officerZl, task('rectified'), ['reply']],
    [officerZl, task('replied'), ['revisit']],
    [officerZl, task('appealed', true), []],
    [supervisor, task('appealed', true), ['recheck']],
    [supervisor, task('open'), []],
    [officerZl, task('closed'), []],
    [officerGg, task('open'), []],
    [clerk, task('open', false, WINDOW), ['verify', 'appeal']],
  ] as Array<[AuthUser, ReturnType<typeof task>, string[]]>)('%j on %j: %j', (u, t, expected) => {
    expect(availableActions(u, t)).toEqual(expected);
  });

  it('maps recheck to uphold or overturn by its outcome', () => {
    expect(commandOf('recheck', 'upheld')).toBe('uphold');
    expect(commandOf('recheck', 'overturned')).toBe('overturn');
    expect(commandOf('verify')).toBe('verify');
  });
});

describe('list scope', () => {
  it.each([
    [supervisor, { all: true }],
    [admin, { all: true }],
    [officerZl, { all: false, departments: ['ZL'], windowHalls: [] }],
    [headGg, { all: false, departments: ['GG'], windowHalls: [] }],
    [clerk, { all: false, departments: [], windowHalls: ['TC'] }],
    [user(['clerk', 'officer'], ['FZ']), { all: false, departments: ['FZ'], windowHalls: ['TC'] }],
    [display, { all: false, departments: [], windowHalls: [] }],
  ] as Array<[AuthUser, unknown]>)('%j sees %j', (u, scope) => {
    expect(listScope(u)).toEqual(scope);
  });

  it('lets only overseers filter by a department not their own', () => {
    expect(() => assertMayFilterDepartment(supervisor, 'GG')).not.toThrow();
    expect(() => assertMayFilterDepartment(officerZl, 'ZL')).not.toThrow();
    expect(() => assertMayFilterDepartment(officerZl, 'GG')).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => assertMayFilterDepartment(clerk, 'GG')).toThrow(expect.objectContaining({ status: 403 }));
  });
});
