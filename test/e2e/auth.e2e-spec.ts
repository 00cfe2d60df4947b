import { lockoutMessage } from '../../src/auth/domain/lockout';
import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('auth (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ LIMIT_SIGNIN_PER_USERNAME: '5' })));
  afterAll(() => t.close());

  it('signs in a demo account and returns its roles and departments', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ username: 'head-gg', password: 'demo1234' }).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    expect(res.body.user).toEqual({ id: expect.any(Number), username: 'head-gg', displayName: '公共服务办负责人', roles: ['head', 'officer'], departmentCodes: ['GG'], hallCodes: ['TC'], mustChangePassword: false });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    const me = await t.http().get('/api/v1/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.username).toBe('head-gg');
  });

  it.each([
    [{ username: 'clerk1', password: 'wrong' }],
    [{ username: 'nobody', password: 'demo1234' }],
  ])('refuses wrong credentials %j with 401 INVALID_CREDENTIALS', async (body) => {
    const res = await t.http().post('/api/v1/auth/login').send(body).expect(401);
    expect(res.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: expect.any(String) });
  });

  it.each([
    [{}],
    [{ username: 'clerk1' }],
    [{ username: 'clerk1', password: 5 }],
    [{ username: 'clerk1', password: 'demo1234', role: 'admin' }],
  ])('refuses malformed login %j with 400 VALIDATION_FAILED', async (body) => {
    const res = await t.http().post('/api/v1/auth/login').send(body).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('denies by default: no token 401, forged token 401, wrong role 403', async () => {
    expect((await t.http().post('/api/v1/halls/TC/windows/1/open').expect(401)).body.code).toBe('INVALID_TOKEN');
    await t.http().post('/api/v1/halls/TC/windows/1/open').set(bearer('forged.token.value')).expect(401);
    const officer = await t.login('officer-gg');
    expect((await t.http().post('/api/v1/halls/TC/windows/1/open').set(bearer(officer)).expect(403)).body.code).toBe('FORBIDDEN');
    await t.http().get('/api/v1/auth/me').expect(401);
  });

  it('limits failed sign-ins for one account: 429 RATE_LIMITED with the wait', async () => {
    const attempt = () => t.http().post('/api/v1/auth/login').send({ username: 'clerk6', password: 'guess' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await attempt()).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const blocked = await t.http().post('/api/v1/auth/login').send({ username: 'clerk6', password: 'demo1234' }).expect(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    // the answer tells the wait: Retry-After, and the same seconds in the message and details
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(600);
    expect(blocked.body.details).toEqual({ retryAfterSeconds: wait });
    expect(blocked.body.message).toBe(lockoutMessage(wait)); // e.g. 尝试次数过多，请 10 分钟后再试
    // another account from the same address is not locked out
    await t.http().post('/api/v1/auth/login').send({ username: 'clerk5', password: 'demo1234' }).expect(200);
  });
});
