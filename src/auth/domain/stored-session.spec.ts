import { readStoredSession } from './stored-session';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl';
const USER = { id: 3, username: 'clerk1', displayName: '张敏', roles: ['clerk'], departmentCodes: [], hallCodes: ['TC'], mustChangePassword: false };
const json = (v: unknown) => JSON.stringify(v);

describe('readStoredSession', () => {
  it('reads the current shape back', () => {
    expect(readStoredSession(TOKEN, json(USER))).toEqual({ token: TOKEN, user: USER });
  });

  it('drops fields the shape does not have', () => {
    expect(readStoredSession(TOKEN, json({ ...USER, passwordHash: 'x' }))?.user).toEqual(USER);
  });

  it.each<[string, string | null, string | null]>([
    ['nothing stored', null, null],
    ['no token', null, json(USER)],
    ['no user', TOKEN, null],
    ['empty token', '', json(USER)],
    ['a token that is not a JWT', 'garbage', json(USER)],
    ['user not JSON', TOKEN, '{oops'],
    ['user JSON null', TOKEN, 'null'],
    ['user a string', TOKEN, '"clerk1"'],
    ['user an array', TOKEN, '[]'],
    ['older shape: no hallCodes, no mustChangePassword', TOKEN, json({ id: 3, username: 'clerk1', displayName: '张敏', roles: ['clerk'], departmentCodes: [] })],
    ['older shape: a single role string', TOKEN, json({ ...USER, roles: 'clerk' })],
    ['id as a string', TOKEN, json({ ...USER, id: '3' })],
    ['unknown role', TOKEN, json({ ...USER, roles: ['root'] })],
    ['no roles', TOKEN, json({ ...USER, roles: [] })],
    ['halls not strings', TOKEN, json({ ...USER, hallCodes: [1] })],
    ['mustChangePassword not boolean', TOKEN, json({ ...USER, mustChangePassword: 'no' })],
    ['empty username', TOKEN, json({ ...USER, username: '' })],
  ])('%s → signed out', (_name, token, user) => {
    expect(readStoredSession(token, user)).toBeNull();
  });
});
