// API.md "Limits": failed sign-ins, anonymous tickets and wrong codes, per address (X-Forwarded-For from the
// loopback proxy stands in for other addresses: trust proxy is 'loopback'), 429 RATE_LIMITED with Retry-After.
import type { Response } from 'supertest';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { lockoutMessage } from '../../src/auth/domain/lockout';
import { acceptedJzz } from '../support/case-helpers';
import { pairedDevice } from '../support/device-helpers';
import { bearer, createTestApp, TestApp } from '../support/test-app';

const WINDOW_MS = 600_000;
let next = 1;
/** A fresh caller address for each test, so counts never leak between tests. */
const newAddress = () => `198.51.100.${next++}`;

function expectRateLimited(res: Response, maxWait = 600) {
  expect(res.status).toBe(429);
  const wait = Number(res.headers['retry-after']);
  expect(wait).toBeGreaterThanOrEqual(1);
  expect(wait).toBeLessThanOrEqual(maxWait);
  if (res.type === 'application/json') expect(res.body).toEqual({ statusCode: 429, code: 'RATE_LIMITED', message: expect.any(String), details: { retryAfterSeconds: wait } });
  return wait;
}

describe('rate limits (e2e)', () => {
  let t: TestApp;
  let hashes: () => number;
  beforeAll(async () => {
    t = await createTestApp({
      LIMIT_SIGNIN_PER_ADDRESS: '4', LIMIT_SIGNIN_PER_USERNAME: '3', LIMIT_PASSWORD_FAILURES_PER_ACCOUNT: '2',
      LIMIT_TICKETS_PER_ADDRESS: '3', LIMIT_WRONG_CODES_PER_ADDRESS: '3',
    });
    // every bcrypt comparison the server makes, counted (the spies call through)
    const hasher = t.app.get(PasswordHasher);
    const verify = jest.spyOn(hasher, 'verify');
    const verifyNobody = jest.spyOn(hasher, 'verifyNobody');
    hashes = () => verify.mock.calls.length + verifyNobody.mock.calls.length;
  });
  afterAll(() => t.close());

  const login = (address: string, username: string, password = 'demo1234') =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ username, password });

  describe('sign-in', () => {
    it('a flood of random usernames from one address gets 429 before any password hashing', async () => {
      const flood = newAddress();
      for (let i = 0; i < 4; i++) await login(flood, `nobody-${Math.random().toString(36).slice(2)}`, 'guess').expect(401);
      const before = hashes();
      for (let i = 0; i < 20; i++) {
        const res = await login(flood, `nobody-${Math.random().toString(36).slice(2)}`, 'guess');
        const wait = expectRateLimited(res);
        expect(res.body.message).toBe(lockoutMessage(wait));
      }
      expect(hashes()).toBe(before); // blocked attempts cost no bcrypt
      // the right password from that address waits too; another address signs in
      expectRateLimited(await login(flood, 'clerk1'));
      await login(newAddress(), 'clerk1').expect(200);
    });

    it('limits failed sign-ins per username across addresses; other usernames are unaffected', async () => {
      for (let i = 0; i < 3; i++) await login(newAddress(), 'clerk2', `wrong-${i}`).expect(401);
      const fresh = newAddress();
      expectRateLimited(await login(fresh, 'clerk2')); // even the right password, from a new address
      await login(fresh, 'clerk3').expect(200);
    });

    it('successful sign-ins do not count', async () => {
      const office = newAddress();
      for (let i = 0; i < 8; i++) await login(office, 'clerk4').expect(200);
      await login(office, 'clerk4', 'typo').expect(401);
    });

    it('the wait ends with the window', async () => {
      const address = newAddress();
      for (let i = 0; i < 3; i++) await login(address, 'clerk5', `wrong-${i}`).expect(401);
      expectRateLimited(await login(address, 'clerk5'));
      t.clock.advance(WINDOW_MS);
      await login(address, 'clerk5').expect(200);
    });

    it('limits wrong current passwords per account on a password change', async () => {
      const token = await t.login('officer-gg');
      const change = (currentPassword: string) =>
        t.http().post('/api/v1/auth/password').set(bearer(token)).send({ currentPassword, newPassword: 'Another-Pass-99' });
      await change('wrong-1').expect(422);
      await change('wrong-2').expect(422);
      const before = hashes();
      const res = await change('demo1234');
      expect(res.body.message).toBe(lockoutMessage(expectRateLimited(res)));
      expect(hashes()).toBe(before);
    });
  });

  describe('anonymous tickets', () => {
    const issue = (address: string, hall = 'TC', token?: string) => {
      const req = t.http().post(`/api/v1/halls/${hall}/tickets`).set('X-Forwarded-For', address);
      return (token ? req.set(bearer(token)) : req).send({ queueCode: 'A' });
    };

    it('allows 3 per address per hall, then 429; other addresses, other halls, staff and paired kiosks are not limited', async () => {
      const admin = await t.login('admin');
      await t.http().post('/api/v1/halls').set(bearer(admin)).send({ code: 'P1', name: '桐城第一社区服务站', kind: 'point', parentHall: 'TC' }).expect(201);
      await t.http().post('/api/v1/halls/P1/queues').set(bearer(admin)).send({ code: 'A', name: '民生保障' }).expect(201);
      const flood = newAddress();
      for (let i = 0; i < 3; i++) await issue(flood).expect(201);
      const waiting = async () => (await t.http().get('/api/v1/halls/TC/board').expect(200)).body.waiting;
      const before = await waiting();
      expectRateLimited(await issue(flood));
      expectRateLimited(await issue(flood));
      expect(await waiting()).toEqual(before); // nothing issued
      await issue(newAddress()).expect(201);
      await issue(flood, 'P1').expect(201);
      await issue(flood, 'TC', await t.login('clerk1')).expect(201);
      await issue(flood, 'TC', (await pairedDevice(t, 'kiosk')).token).expect(201);
    });
  });

  describe('wrong codes', () => {
    let ticket: { id: number; statusToken: string };
    let jzz: { caseNumber: string; queryCode: string };
    beforeAll(async () => {
      ticket = (await t.http().post('/api/v1/halls/TC/tickets').set(bearer(await t.login('clerk1'))).send({ queueCode: 'B' }).expect(201)).body;
      jzz = await acceptedJzz(t);
    });
    const wrongCode = () => (jzz.queryCode.startsWith('A') ? 'B' : 'A') + jzz.queryCode.slice(1);
    const get = (address: string, path: string, token?: string) => {
      const req = t.http().get(path).set('X-Forwarded-For', address);
      return token ? req.set(bearer(token)) : req;
    };

    it('counts wrong codes across look-ups per address; a right code under the limit works; over it every look-up waits', async () => {
      const guesser = newAddress();
      await get(guesser, `/api/v1/tickets/${ticket.id}?token=not-the-token`).expect(404);
      await get(guesser, `/api/v1/public/cases/${jzz.caseNumber}?code=${wrongCode()}`).expect(404);
      await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`).expect(200); // right, and not counted
      await get(guesser, `/api/v1/evaluations/subject?caseNumber=${jzz.caseNumber}&code=${wrongCode()}`).expect(404);
      // three wrong: now even the right code waits, on every look-up that takes one
      expectRateLimited(await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`));
      expectRateLimited(await get(guesser, `/api/v1/public/cases/${jzz.caseNumber}?code=${jzz.queryCode}`));
      expectRateLimited(await t.http().post('/api/v1/evaluations').set('X-Forwarded-For', guesser).send({ caseNumber: jzz.caseNumber, code: jzz.queryCode, score: 5 }));
      // another address is unaffected; staff and paired devices from the same address are not limited
      await get(newAddress(), `/api/v1/public/cases/${jzz.caseNumber}?code=${jzz.queryCode}`).expect(200);
      await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`, await t.login('clerk1')).expect(200);
      await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`, (await pairedDevice(t, 'pad', 1)).token).expect(200);
      // a bad bearer token leaves the caller anonymous (still limited), never a 401
      expectRateLimited(await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`, 'forged.token.value'));
      t.clock.advance(WINDOW_MS);
      await get(guesser, `/api/v1/tickets/${ticket.id}?token=${ticket.statusToken}`).expect(200);
    });

    it('counts wrong ratings (POST /evaluations) and answers the pages with a friendly 429 page', async () => {
      const guesser = newAddress();
      await t.http().post('/api/v1/evaluations').set('X-Forwarded-For', guesser).send({ ticketId: ticket.id, token: 'not-the-token', score: 1 }).expect(404);
      await get(guesser, `/c/${jzz.caseNumber}?code=${wrongCode()}`).expect(404); // the case page counts too
      await get(guesser, `/c/${jzz.caseNumber}?code=${jzz.queryCode}`).expect(200);
      await get(guesser, `/c/${jzz.caseNumber}?code=${wrongCode()}`).expect(404);
      const page = await get(guesser, `/c/${jzz.caseNumber}?code=${jzz.queryCode}`);
      expectRateLimited(page);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.text).toContain('查询码错误次数过多，请 10 分钟后再试');
      expect(page.text).not.toContain(jzz.queryCode);
      const ticketPage = await get(guesser, `/t/${ticket.id}?token=${ticket.statusToken}`);
      expectRateLimited(ticketPage);
      expect(ticketPage.headers['content-type']).toMatch(/text\/html/);
    });
  });
});
