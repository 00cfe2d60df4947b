import type { Role } from './auth-user';
import { assignedToHall, hallsOf, sameHall, worksInHall } from './hall-access';

const user = (roles: Role[], hallCodes: string[]) => ({ roles, hallCodes });

describe('worksInHall', () => {
  it.each<[string, Role[], string[], string, boolean]>([
    ['admin, no halls, any hall', ['admin'], [], 'TC', true],
    ['supervisor, no halls, any hall', ['supervisor'], [], 'P1', true],
    ['clerk in its hall', ['clerk'], ['TC'], 'TC', true],
    ['clerk in another hall', ['clerk'], ['TC'], 'P1', false],
    ['clerk of two halls, the second', ['clerk'], ['TC', 'P1'], 'P1', true],
    ['clerk, hall in lower case', ['clerk'], ['TC'], 'tc', true],
    ['clerk, stored in lower case', ['clerk'], ['tc'], 'TC', true],
    ['clerk with no halls', ['clerk'], [], 'TC', false],
    ['officer in its hall', ['officer'], ['TC'], 'TC', true],
    ['officer elsewhere', ['officer'], ['TC'], 'P1', false],
    ['display elsewhere', ['display'], ['P1'], 'TC', false],
    ['agent at its point', ['agent'], ['P1'], 'P1', true],
    ['clerk who is also supervisor', ['clerk', 'supervisor'], ['TC'], 'P1', true],
    ['no prefix match', ['clerk'], ['TC'], 'TC2', false],
  ])('%s', (_name, roles, halls, hall, expected) => {
    expect(worksInHall(user(roles, halls), hall)).toBe(expected);
  });
});

describe('hallsOf', () => {
  it.each<[string, Role[], string[], string[] | null]>([
    ['admin sees every hall', ['admin'], [], null],
    ['supervisor sees every hall', ['supervisor'], ['TC'], null],
    ['clerk its halls', ['clerk'], ['TC', 'P1'], ['TC', 'P1']],
    ['officer without halls none', ['officer'], [], []],
  ])('%s', (_name, roles, halls, expected) => {
    expect(hallsOf(user(roles, halls))).toEqual(expected);
  });
});

describe('assignedToHall', () => {
  it.each<[string, Role[], string[], string, boolean]>([
    ['clerk listed', ['clerk'], ['TC'], 'tc', true],
    ['admin overseeing is not listed', ['admin'], [], 'TC', false],
    ['supervisor listed', ['supervisor'], ['TC'], 'TC', true],
    ['clerk elsewhere', ['clerk'], ['P1'], 'TC', false],
  ])('%s', (_name, roles, halls, hall, expected) => {
    expect(assignedToHall(user(roles, halls), hall)).toBe(expected);
  });

  it('sameHall ignores case only', () => {
    expect([sameHall('TC', 'tc'), sameHall('TC', 'TC1')]).toEqual([true, false]);
  });
});
