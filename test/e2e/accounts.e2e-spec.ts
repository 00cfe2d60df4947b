import type { Socket } from 'socket.io-client';
import { User } from '../../src/auth/user.entity';
import { DataSource } from 'typeorm';
import { connect, disconnected } from '../support/socket-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const USERS = '/api/v1/users';
const STRONG = 'Tongcheng-2026';
/** A staff endpoint every clerk may read. */
const STAFF_PROBE = '/api/v1/cases';

describe('accounts (e2e)', () => {
  let t: TestApp;
  let admin: string;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('admin');
  });
  afterEach(() => sockets.splice(0).forEach((s) => s.disconnect()));
  afterAll(() => t.close());

  /** A fresh sign-in (the TestApp's login caches tokens, and these tests revoke them). */
  const signIn = async (username: string, password = 'demo1234') => {
    const res = await t.http().post('/api/v1/auth/login').send({ username, password }).expect(200);
    return res.body as { accessToken: string; user: Record<string, unknown> };
  };
  const probe = (token: string) => t.http().get(STAFF_PROBE).set(bearer(token));
  const userId = async (username: string): Promise<number> =>
    (await t.http().get(USERS).set(bearer(admin)).expect(200)).body.find((u: { username: string }) => u.username === username).id;
  const newUser = (overrides: Record<string, unknown> = {}) => ({
    username: 'clerk-new', displayName: '新受理员', password: STRONG, roles: ['clerk'], hallCodes: ['TC'], ...overrides,
  });
  /** Creates an account through the API and sets its own password, as a new clerk would on day one. */
  const createReadyUser = async (username: string, body: Record<string, unknown> = {}) => {
    await t.http().post(USERS).set(bearer(admin)).send(newUser({ username, ...body })).expect(201);
    const first = await signIn(username, STRONG);
    await t.http().post('/api/v1/auth/password').set(bearer(first.accessToken)).send({ currentPassword: STRONG, newPassword: 'Window-Seven-7' }).expect(204);
    return signIn(username, 'Window-Seven-7');
  };
  /** Polls until the token is refused, returning how long it took (ms). */
  const refusedWithin = async (token: string, limitMs: number): Promise<number> => {
    const start = Date.now();
    while (Date.now() - start < limitMs) {
      const res = await probe(token);
      if (res.status === 401) return Date.now() - start;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`token still accepted after ${limitMs} ms`);
  };

  describe('users: list and create', () => {
    it('lists every account with its halls, never a password or hash', async () => {
      const res = await t.http().get(USERS).set(bearer(admin)).expect(200);
      const byName = Object.fromEntries(res.body.map((u: { username: string }) => [u.username, u]));
      expect(byName.clerk1).toEqual({
        id: expect.any(Number), username: 'clerk1', displayName: expect.any(String), roles: ['clerk'], departmentCodes: [],
        hallCodes: ['TC'], active: true, mustChangePassword: false,
      });
      expect(byName.admin.hallCodes).toEqual([]);
      expect(byName.supervisor.hallCodes).toEqual([]);
      expect(byName['officer-gg'].hallCodes).toEqual(['TC']);
      expect(JSON.stringify(res.body)).not.toMatch(/password(Hash)?"\s*:\s*"|\$2[aby]\$/);
    });

    it('creates an account that must change its password at first sign-in', async () => {
      const res = await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'officer-new', roles: ['officer'], departmentCodes: ['GG'] })).expect(201);
      expect(res.body).toEqual({
        id: expect.any(Number), username: 'officer-new', displayName: '新受理员', roles: ['officer'], departmentCodes: ['GG'],
        hallCodes: ['TC'], active: true, mustChangePassword: true,
      });
      const login = await signIn('officer-new', STRONG);
      expect(login.user).toMatchObject({ username: 'officer-new', hallCodes: ['TC'], mustChangePassword: true });
      expect(JSON.stringify(login)).not.toContain(STRONG);
      // only me, password and logout answer until the password is changed
      expect((await probe(login.accessToken).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await t.http().get('/api/v1/auth/me').set(bearer(login.accessToken)).expect(200);
    });

    it('lets admin and supervisor accounts work without a hall', async () => {
      const res = await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'sup2', roles: ['supervisor'], hallCodes: [] })).expect(201);
      expect(res.body.hallCodes).toEqual([]);
      await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'admin2', roles: ['admin'], hallCodes: undefined })).expect(201);
    });

    it.each<[string, Record<string, unknown>]>([
      ['no username', { username: undefined }],
      ['a username with spaces', { username: 'clerk one' }],
      ['a username of Chinese characters', { username: '受理员' }],
      ['a one-letter username', { username: 'c' }],
      ['no display name', { displayName: '' }],
      ['an unknown role', { roles: ['root'] }],
      ['no role', { roles: [] }],
      ['roles as a string', { roles: 'clerk' }],
      ['a repeated hall', { hallCodes: ['TC', 'TC'] }],
      ['a malformed hall code', { hallCodes: ['T C'] }],
      ['a password that is not a string', { password: 1234567890123 }],
      ['an unknown field', { passwordHash: 'x' }],
      ['an unknown field (active)', { mustChangePassword: false }],
    ])('refuses %s with 400 VALIDATION_FAILED', async (_name, overrides) => {
      const res = await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'bad-input', ...overrides })).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it.each<[string, string, string]>([
      ['too short', 'Ab-12345', 'too_short'],
      ['only digits', '12345678901234', 'only_digits'],
      ['containing the username', 'weak-user-2026', 'contains_username'],
    ])('refuses a password %s with 422 WEAK_PASSWORD', async (_name, password, problem) => {
      const res = await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'weak-user', password })).expect(422);
      expect(res.body).toMatchObject({ statusCode: 422, code: 'WEAK_PASSWORD', details: { problems: [problem] } });
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['a clerk without a hall', { hallCodes: [] }, 422, 'HALL_REQUIRED'],
      ['a clerk with hallCodes left out', { hallCodes: undefined }, 422, 'HALL_REQUIRED'],
      ['an unknown hall', { hallCodes: ['NOPE'] }, 422, 'UNKNOWN_HALL'],
      ['an unknown department', { roles: ['officer'], departmentCodes: ['NOPE'] }, 422, 'UNKNOWN_DEPARTMENT'],
      ['a taken username', { username: 'clerk1' }, 409, 'USERNAME_TAKEN'],
      ['a taken username in other case', { username: 'CLERK1' }, 409, 'USERNAME_TAKEN'],
    ])('refuses %s', async (_name, overrides, status, code) => {
      const res = await t.http().post(USERS).set(bearer(admin)).send(newUser({ username: 'rule-user', ...overrides })).expect(status);
      expect(res.body.code).toBe(code);
    });

    it('writes nothing when refused', async () => {
      const names = (await t.http().get(USERS).set(bearer(admin)).expect(200)).body.map((u: { username: string }) => u.username);
      expect(names).not.toEqual(expect.arrayContaining(['bad-input']));
      expect(names.filter((n: string) => ['weak-user', 'rule-user'].includes(n))).toEqual([]);
    });
  });

  describe('only admins manage accounts', () => {
    const calls: Array<[string, string, unknown]> = [
      ['get', USERS, undefined],
      ['post', USERS, { username: 'x-user', displayName: 'x', password: STRONG, roles: ['clerk'], hallCodes: ['TC'] }],
      ['put', `${USERS}/1`, { displayName: 'x' }],
      ['post', `${USERS}/1/reset-password`, { password: STRONG }],
    ];
    it.each(calls)('%s %s: 401 without a token, 403 for clerk and supervisor', async (method, path, body) => {
      const send = (token?: string) => {
        const req = (t.http() as unknown as Record<string, (p: string) => ReturnType<ReturnType<TestApp['http']>['get']>>)[method](path);
        return (token ? req.set(bearer(token)) : req).send(body as object);
      };
      await send().expect(401);
      expect((await send(await t.login('clerk2')).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await send(await t.login('supervisor')).expect(403)).body.code).toBe('FORBIDDEN');
    });
  });

  describe('users: update', () => {
    it('changes the display name without signing the user out', async () => {
      const { accessToken } = await createReadyUser('rename-me');
      const id = await userId('rename-me');
      const res = await t.http().put(`${USERS}/${id}`).set(bearer(admin)).send({ displayName: '改名受理员' }).expect(200);
      expect(res.body).toMatchObject({ id, username: 'rename-me', displayName: '改名受理员', hallCodes: ['TC'], active: true });
      expect(res.body).not.toHaveProperty('passwordHash');
      await probe(accessToken).expect(200);
    });

    it.each<[string, Record<string, unknown>]>([
      ['roles', { roles: ['clerk', 'officer'], departmentCodes: ['GG'] }],
      ['departments', { departmentCodes: ['ZL'] }],
      ['halls', { hallCodes: ['TC'], roles: ['supervisor'] }],
    ])('a change of %s revokes the earlier tokens', async (name, body) => {
      const { accessToken } = await createReadyUser(`change-${name}`);
      const id = await userId(`change-${name}`);
      await t.http().put(`${USERS}/${id}`).set(bearer(admin)).send(body).expect(200);
      expect((await probe(accessToken).expect(401)).body.code).toBe('INVALID_TOKEN');
      const again = await signIn(`change-${name}`, 'Window-Seven-7');
      expect(again.user).toMatchObject(body);
    });

    it.each<[string, unknown, number, string, Record<string, unknown>]>([
      ['an unknown id', 999999, 404, 'USER_NOT_FOUND', { displayName: 'x' }],
      ['a non-numeric id', 'abc', 400, 'VALIDATION_FAILED', { displayName: 'x' }],
      ['an unknown field', 'clerk3', 400, 'VALIDATION_FAILED', { username: 'renamed' }],
      ['a password field', 'clerk3', 400, 'VALIDATION_FAILED', { password: STRONG }],
      ['active as a string', 'clerk3', 400, 'VALIDATION_FAILED', { active: 'no' }],
      ['halls removed from a clerk', 'clerk3', 422, 'HALL_REQUIRED', { hallCodes: [] }],
      ['the admin role taken from a hall-less admin', 'admin2', 422, 'HALL_REQUIRED', { roles: ['clerk'] }],
      ['an unknown hall', 'clerk3', 422, 'UNKNOWN_HALL', { hallCodes: ['XX'] }],
      ['the admin deactivating itself', 'admin', 409, 'SELF_LOCKOUT', { active: false }],
      ['the admin dropping its own admin role', 'admin', 409, 'SELF_LOCKOUT', { roles: ['supervisor'] }],
    ])('refuses %s', async (_name, who, status, code, body) => {
      const id = typeof who === 'string' && !/^\d|abc/.test(who) ? await userId(who) : who;
      const res = await t.http().put(`${USERS}/${id}`).set(bearer(admin)).send(body).expect(status);
      expect(res.body.code).toBe(code);
    });
  });

  describe('own password', () => {
    it('changes it: 204, earlier tokens revoked, the old password refused, the new one signs in', async () => {
      const { accessToken } = await createReadyUser('pw-user');
      await t.http().post('/api/v1/auth/password').set(bearer(accessToken)).send({ currentPassword: 'Window-Seven-7', newPassword: 'Another-Pass-99' }).expect(204);
      await probe(accessToken).expect(401);
      await t.http().post('/api/v1/auth/login').send({ username: 'pw-user', password: 'Window-Seven-7' }).expect(401);
      const again = await signIn('pw-user', 'Another-Pass-99');
      await probe(again.accessToken).expect(200);
    });

    it.each<[string, Record<string, unknown>, number, string]>([
      ['a wrong current password', { currentPassword: 'not-my-password', newPassword: 'Another-Pass-99' }, 422, 'WRONG_PASSWORD'],
      ['a short new password', { currentPassword: 'Window-Seven-7', newPassword: 'short' }, 422, 'WEAK_PASSWORD'],
      ['a new password of digits', { currentPassword: 'Window-Seven-7', newPassword: '20262026202620' }, 422, 'WEAK_PASSWORD'],
      ['a new password with the username', { currentPassword: 'Window-Seven-7', newPassword: 'pw-bad-2026!!' }, 422, 'WEAK_PASSWORD'],
      ['the same password again', { currentPassword: 'Window-Seven-7', newPassword: 'Window-Seven-7' }, 422, 'WEAK_PASSWORD'],
      ['no current password', { newPassword: 'Another-Pass-99' }, 400, 'VALIDATION_FAILED'],
      ['a number as the new password', { currentPassword: 'Window-Seven-7', newPassword: 12345678901 }, 400, 'VALIDATION_FAILED'],
      ['an unknown field', { currentPassword: 'Window-Seven-7', newPassword: 'Another-Pass-99', username: 'admin' }, 400, 'VALIDATION_FAILED'],
    ])('refuses %s and keeps the session', async (_name, body, status, code) => {
      const { accessToken } = await signIn('pw-bad', 'Window-Seven-7').catch(() => createReadyUser('pw-bad'));
      const res = await t.http().post('/api/v1/auth/password').set(bearer(accessToken)).send(body).expect(status);
      expect(res.body.code).toBe(code);
      await probe(accessToken).expect(200);
    });

    it('needs a sign-in', async () => {
      await t.http().post('/api/v1/auth/password').send({ currentPassword: 'demo1234', newPassword: 'Another-Pass-99' }).expect(401);
      await t.http().post('/api/v1/auth/logout').expect(401);
    });
  });

  describe('revocation', () => {
    it('sign-out: 204, the token gets 401 at once and the open staff socket is closed', async () => {
      const { accessToken } = await signIn('clerk4');
      const other = await signIn('clerk5');
      const socket = await connect(t.url, accessToken);
      const bystander = await connect(t.url, other.accessToken);
      sockets.push(socket, bystander);
      const closed = disconnected(socket);
      await t.http().post('/api/v1/auth/logout').set(bearer(accessToken)).expect(204);
      expect(await closed).toBe('io server disconnect');
      expect((await probe(accessToken).expect(401)).body.code).toBe('INVALID_TOKEN');
      expect(bystander.connected).toBe(true);
      await probe(other.accessToken).expect(200);
      // a revoked token can't open a socket again
      await expect(connect(t.url, accessToken)).rejects.toMatchObject({ data: { statusCode: 401, code: 'INVALID_TOKEN' } });
      await probe((await signIn('clerk4')).accessToken).expect(200);
    });

    it('a revocation written by another instance (no event here) reaches this one within 5 s', async () => {
      const { accessToken } = await signIn('clerk6');
      await probe(accessToken).expect(200); // the version is now cached
      await t.app.get(DataSource).getRepository(User).increment({ username: 'clerk6' }, 'tokenVersion', 1);
      expect(await refusedWithin(accessToken, 5000)).toBeLessThan(5000);
    });

    it('deactivation: the sign-in is refused, tokens get 401, sockets close; reactivation lets the user back in', async () => {
      const { accessToken } = await createReadyUser('leaver');
      const id = await userId('leaver');
      const socket = await connect(t.url, accessToken);
      sockets.push(socket);
      const closed = disconnected(socket);
      const res = await t.http().put(`${USERS}/${id}`).set(bearer(admin)).send({ active: false }).expect(200);
      expect(res.body.active).toBe(false);
      await closed;
      await probe(accessToken).expect(401);
      const refused = await t.http().post('/api/v1/auth/login').send({ username: 'leaver', password: 'Window-Seven-7' }).expect(401);
      expect(refused.body.code).toBe('INVALID_CREDENTIALS');
      await t.http().put(`${USERS}/${id}`).set(bearer(admin)).send({ active: true }).expect(200);
      await probe((await signIn('leaver', 'Window-Seven-7')).accessToken).expect(200);
    });

    it('reset: earlier tokens revoked, sockets closed, and the new password must be changed before anything else', async () => {
      const { accessToken } = await createReadyUser('forgetful');
      const id = await userId('forgetful');
      const socket = await connect(t.url, accessToken);
      sockets.push(socket);
      const closed = disconnected(socket);
      await t.http().post(`${USERS}/${id}/reset-password`).set(bearer(admin)).send({ password: 'Reset-By-Admin-1' }).expect(204);
      await closed;
      await probe(accessToken).expect(401);
      const { accessToken: temporary, user } = await signIn('forgetful', 'Reset-By-Admin-1');
      expect(user.mustChangePassword).toBe(true);
      expect((await probe(temporary).expect(403)).body).toMatchObject({ statusCode: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
      expect((await t.http().get(USERS).set(bearer(temporary)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await expect(connect(t.url, temporary)).rejects.toMatchObject({ data: { statusCode: 403, code: 'PASSWORD_CHANGE_REQUIRED' } });
      expect((await t.http().get('/api/v1/auth/me').set(bearer(temporary)).expect(200)).body.mustChangePassword).toBe(true);
      const listed = (await t.http().get(USERS).set(bearer(admin)).expect(200)).body.find((u: { id: number }) => u.id === id);
      expect(listed.mustChangePassword).toBe(true);
      await t.http().post('/api/v1/auth/password').set(bearer(temporary)).send({ currentPassword: 'Reset-By-Admin-1', newPassword: 'Mine-Again-2026' }).expect(204);
      const fresh = await signIn('forgetful', 'Mine-Again-2026');
      expect(fresh.user.mustChangePassword).toBe(false);
      await probe(fresh.accessToken).expect(200);
    });

    it.each<[string, unknown, number, string]>([
      ['a weak password', { password: '1234567890' }, 422, 'WEAK_PASSWORD'],
      ['the username in the password', { password: 'clerk1-reset-2026' }, 422, 'WEAK_PASSWORD'],
      ['no password', {}, 400, 'VALIDATION_FAILED'],
    ])('reset refuses %s', async (_name, body, status, code) => {
      const id = await userId('clerk1');
      const res = await t.http().post(`${USERS}/${id}/reset-password`).set(bearer(admin)).send(body as object).expect(status);
      expect(res.body.code).toBe(code);
      await t.http().post('/api/v1/auth/login').send({ username: 'clerk1', password: 'demo1234' }).expect(200);
    });

    it('reset of an unknown account is a 404', async () => {
      expect((await t.http().post(`${USERS}/999999/reset-password`).set(bearer(admin)).send({ password: STRONG }).expect(404)).body.code).toBe('USER_NOT_FOUND');
    });
  });
});
