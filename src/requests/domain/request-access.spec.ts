import type { Role } from '../../auth/domain/auth-user';
import { holdsRoleFor, mayReadRequest, maySeePhotos, maySubmitSource, requestActionsFor, type RequestFactsForAccess } from './request-access';
import type { RequestStatus } from './request-state';
import type { RequestTaskStatus } from './request-views';

const user = (roles: Role[], extra: { hallCodes?: string[]; departmentCodes?: string[]; id?: number } = {}) => ({
  id: extra.id ?? 1, roles, hallCodes: extra.hallCodes ?? ['TC'], departmentCodes: extra.departmentCodes ?? [],
});
const request = (status: RequestStatus, tasks: Array<[string, RequestTaskStatus]> = [], createdBy: number | null = null): RequestFactsForAccess => ({
  hallCode: 'TC', status, createdBy, tasks: tasks.map(([departmentCode, s]) => ({ departmentCode, status: s })),
});

const DISPATCHER = user(['dispatcher']);
const OTHER_HALL_DISPATCHER = user(['dispatcher'], { hallCodes: ['XY'] });
const SUPERVISOR = user(['supervisor'], { hallCodes: [] });
const CLERK = user(['clerk']);
const ZL = user(['officer'], { departmentCodes: ['ZL'] });
const FZ = user(['officer'], { departmentCodes: ['FZ'] });
const GRID = user(['grid'], { id: 42 });

describe('who reads a request', () => {
  it.each<[string, ReturnType<typeof user>, RequestFactsForAccess, boolean]>([
    ['the hall\'s dispatcher', DISPATCHER, request('reported'), true],
    ['another hall\'s dispatcher', OTHER_HALL_DISPATCHER, request('reported'), false],
    ['a supervisor, any hall', SUPERVISOR, request('reported'), true],
    ['the hall\'s clerk (回访, hotline entry)', CLERK, request('replied'), true],
    ['an officer of an assigned department', ZL, request('dispatched', [['ZL', 'dispatched']]), true],
    ['an officer of a department it was not sent to', FZ, request('dispatched', [['ZL', 'dispatched']]), false],
    ['an officer whose department returned it', ZL, request('returned', [['ZL', 'returned']]), false],
    ['an officer whose department answered', ZL, request('replied', [['ZL', 'replied']]), true],
    ['the grid member who reported it', GRID, request('reported', [], 42), true],
    ['another grid member', user(['grid'], { id: 43 }), request('reported', [], 42), false],
  ])('%s → %s', (_, who, r, expected) => {
    expect(mayReadRequest(who, r)).toBe(expected);
  });
});

describe('which commands a user may run now (the board shows exactly these)', () => {
  it.each<[string, ReturnType<typeof user>, RequestFactsForAccess, string[]]>([
    ['dispatcher, new request', DISPATCHER, request('reported'), ['dispatch']],
    ['dispatcher, returned', DISPATCHER, request('returned', [['ZL', 'returned']]), ['dispatch']],
    ['dispatcher, being worked', DISPATCHER, request('in_progress', [['ZL', 'in_progress']]), []],
    ['dispatcher, replied', DISPATCHER, request('replied', [['ZL', 'replied']]), ['close', 'revisit']],
    ['dispatcher, closed', DISPATCHER, request('closed', [['ZL', 'replied']]), ['revisit']],
    ['clerk, replied', CLERK, request('replied', [['ZL', 'replied']]), ['revisit']],
    ['clerk, new request', CLERK, request('reported'), []],
    ['officer, dispatched to it', ZL, request('dispatched', [['ZL', 'dispatched']]), ['claim', 'reply', 'return']],
    ['officer, claimed', ZL, request('in_progress', [['ZL', 'in_progress']]), ['reply', 'return']],
    ['officer, dispatched while another department works it', ZL, request('in_progress', [['FZ', 'in_progress'], ['ZL', 'dispatched']]), ['claim', 'reply', 'return']],
    ['officer, already answered', ZL, request('in_progress', [['ZL', 'replied'], ['FZ', 'in_progress']]), []],
    ['officer of another department', FZ, request('dispatched', [['ZL', 'dispatched']]), []],
    ['grid member, own report', GRID, request('reported', [], 42), []],
  ])('%s → %j', (_, who, r, expected) => {
    expect(requestActionsFor(who, r)).toEqual(expected);
  });

  it.each<[string, ReturnType<typeof user>, 'dispatch' | 'close' | 'revisit' | 'claim', RequestFactsForAccess, boolean]>([
    // refused by role (403) or only by the status (409)
    ['a clerk dispatching', CLERK, 'dispatch', request('reported'), false],
    ['a dispatcher closing too early', DISPATCHER, 'close', request('dispatched', [['ZL', 'dispatched']]), true],
    ['a clerk calling back', CLERK, 'revisit', request('dispatched', [['ZL', 'dispatched']]), true],
    ['an officer of another department claiming', FZ, 'claim', request('dispatched', [['ZL', 'dispatched']]), false],
    ['the officer claiming twice', ZL, 'claim', request('in_progress', [['ZL', 'in_progress']]), true],
  ])('%s: the right person → %s', (_, who, command, r, expected) => {
    expect(holdsRoleFor(who, command, r)).toBe(expected);
  });
});

describe('photos and sources', () => {
  it.each<[string, ReturnType<typeof user>, RequestFactsForAccess, boolean]>([
    ['the dispatcher', DISPATCHER, request('reported'), true],
    ['a department it was sent to', ZL, request('dispatched', [['ZL', 'dispatched']]), true],
    ['a clerk who may read it', CLERK, request('replied', [['ZL', 'replied']]), false],
    ['the grid member who took them', GRID, request('reported', [], 42), true],
  ])('photos: %s → %s', (_, who, r, expected) => {
    expect(maySeePhotos(who, r)).toBe(expected);
  });

  it.each<[string, ReturnType<typeof user> | null, 'resident' | 'hotline' | 'grid' | 'patrol', boolean]>([
    ['anyone as a resident', null, 'resident', true],
    ['nobody anonymous as a hotline', null, 'hotline', false],
    ['the hall\'s dispatcher entering a hotline transfer', DISPATCHER, 'hotline', true],
    ['the hall\'s clerk entering a hotline transfer', CLERK, 'hotline', true],
    ['another hall\'s dispatcher', OTHER_HALL_DISPATCHER, 'hotline', false],
    ['a grid member reporting an event', GRID, 'grid', true],
    ['a grid member on patrol', GRID, 'patrol', true],
    ['an officer as grid', ZL, 'grid', false],
  ])('%s → %s', (_, who, source, expected) => {
    expect(maySubmitSource(who, source, 'TC')).toBe(expected);
  });
});
