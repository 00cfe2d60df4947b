import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { assertMayCommand, assertMayFilterDepartment, availableActions, commandOf, listScope, mayCommand, mayJudge, mayRead, OwnedTask } from './rectification-access';
import { RectificationCommand, RectificationStatus } from './rectification-state';

let nextId = 1;
const user = (roles: Role[], departmentCodes: string[] = []): AuthUser => ({ id: nextId++, username: 'u', displayName: 'u', roles, departmentCodes, hallCodes: ['TC'], mustChangePassword: false });
const officerZl = user(['officer'], ['ZL']);
const headGg = user(['head', 'officer'], ['GG']);
const officerGg = user(['officer'], ['GG']);
const clerk = user(['clerk']);
const supervisor = user(['supervisor']);
const admin = user(['admin']);
const display = user(['display']);
const headZl = user(['head', 'officer'], ['ZL']);
const clerkOnDuty = user(['clerk', 'supervisor']); // a supervisor who also serves at a window (值班长)
const ZL: OwnedTask = { ownerType: 'department', departmentCode: 'ZL', hallCode: 'TC', ratedUserId: null };
const GG: OwnedTask = { ownerType: 'department', departmentCode: 'GG', hallCode: 'TC', ratedUserId: null };
/** A complaint about the visit `clerk` served. */
const WINDOW: OwnedTask = { ownerType: 'window', departmentCode: null, hallCode: 'TC', ratedUserId: clerk.id };
const POINT_WINDOW: OwnedTask = { ownerType: 'window', departmentCode: null, hallCode: 'P1', ratedUserId: null };
const ZL_AT_POINT: OwnedTask = { ownerType: 'department', departmentCode: 'ZL', hallCode: 'P1', ratedUserId: null };
const SERVED_BY_SUPERVISOR: OwnedTask = { ...WINDOW, ratedUserId: clerkOnDuty.id };
const colleague = user(['clerk']);

/** What owners do; verifying and the closing revisit are the judges' (below). */
const OWNER_WORK: RectificationCommand[] = ['rectify', 'reply', 'appeal'];
const JUDGING: RectificationCommand[] = ['verify', 'revisit'];

describe('who may act on a rectification', () => {
  it.each([
    ['officer of ZL on a ZL task', officerZl, ZL, true],
    ['officer of GG on a ZL task', officerGg, ZL, false],
    ['head of GG on a GG task', headGg, GG, true],
    ['clerk on a ZL task', clerk, ZL, false],
    ['the rated clerk on their window task', clerk, WINDOW, true],
    ['a colleague clerk on a window task', colleague, WINDOW, true],
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
    ['the rated clerk, window task', clerk, WINDOW, false],
    ['a colleague clerk, window task', colleague, WINDOW, false],
    ['a supervisor, window task', supervisor, WINDOW, true],
    ['a supervisor, window task of a service point', supervisor, POINT_WINDOW, true],
    ['a supervisor who served the rated visit', clerkOnDuty, SERVED_BY_SUPERVISOR, false],
    ['that supervisor on a colleague’s window task', clerkOnDuty, WINDOW, true],
    ['the admin, window task', admin, WINDOW, false],
    ['an officer of ZL, ZL task', officerZl, ZL, false],
    ['the head of ZL, ZL task', headZl, ZL, true],
    ['the head of ZL, ZL task rated at a service point', headZl, ZL_AT_POINT, true],
    ['the head of GG, ZL task', headGg, ZL, false],
    ['a supervisor, ZL task', supervisor, ZL, false],
    ['the head of ZL, window task', headZl, WINDOW, false],
    ['the display account, window task', display, WINDOW, false],
  ] as Array<[string, AuthUser, OwnedTask, boolean]>)('verify and revisit (closing): %s → %s', (_what, u, task, allowed) => {
    expect(mayJudge(u, task)).toBe(allowed);
    for (const command of JUDGING) expect(mayCommand(u, command, task)).toBe(allowed);
  });

  it.each([
    [supervisor, true], [admin, false], [officerZl, false], [headGg, false], [clerk, false],
  ] as Array<[AuthUser, boolean]>)('re-check by %j: %s', (u, allowed) => {
    for (const task of [ZL, WINDOW]) {
      expect(mayCommand(u, 'uphold', task)).toBe(allowed);
      expect(mayCommand(u, 'overturn', task)).toBe(allowed);
    }
  });

  it('never lets the rated supervisor re-check the appeal about their own service', () => {
    expect(mayCommand(clerkOnDuty, 'overturn', SERVED_BY_SUPERVISOR)).toBe(false);
    expect(mayCommand(clerkOnDuty, 'uphold', SERVED_BY_SUPERVISOR)).toBe(false);
    expect(mayCommand(supervisor, 'overturn', SERVED_BY_SUPERVISOR)).toBe(true);
  });

  it('refuses with 403 FORBIDDEN', () => {
    expect(() => assertMayCommand(officerGg, 'rectify', ZL)).toThrow(expect.objectContaining({ status: 403, code: 'FORBIDDEN' }));
    expect(() => assertMayCommand(clerk, 'verify', WINDOW)).toThrow(expect.objectContaining({ status: 403, code: 'FORBIDDEN' }));
    expect(() => assertMayCommand(officerZl, 'rectify', ZL)).not.toThrow();
    expect(() => assertMayCommand(headZl, 'verify', ZL)).not.toThrow();
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
    [officerZl, task('open'), ['appeal']],
    [headZl, task('open'), ['verify', 'appeal']],
    [officerZl, task('verified'), ['rectify', 'appeal']],
    [officerZl, task('verified', true), ['rectify']],
    [officerZl, task('rectified'), ['reply']],
    [officerZl, task('replied'), []],
    [headZl, task('replied'), ['revisit']],
    [officerZl, task('appealed', true), []],
    [supervisor, task('appealed', true), ['recheck']],
    [supervisor, task('open'), []],
    [officerZl, task('closed'), []],
    [officerGg, task('open'), []],
    [clerk, task('open', false, WINDOW), ['appeal']],
    [clerk, task('replied', false, WINDOW), []],
    [colleague, task('rectified', false, WINDOW), ['reply']],
    [supervisor, task('open', false, WINDOW), ['verify']],
    [supervisor, task('replied', false, WINDOW), ['revisit']],
    [clerkOnDuty, task('open', false, SERVED_BY_SUPERVISOR), ['appeal']],
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
