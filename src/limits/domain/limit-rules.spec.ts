import { lockoutMessage } from '../../auth/domain/lockout';
import { LIMIT_RULES, limitKey, limitRules, rateLimitedMessage, type LimitRuleName, type LimitSettings } from './limit-rules';

const settings: LimitSettings = {
  LIMIT_SIGNIN_PER_ADDRESS: 20, LIMIT_SIGNIN_PER_USERNAME: 10, LIMIT_SIGNIN_WINDOW_SECONDS: 600, LIMIT_PASSWORD_FAILURES_PER_ACCOUNT: 5,
  LIMIT_TICKETS_PER_ADDRESS: 10, LIMIT_TICKETS_WINDOW_SECONDS: 300, LIMIT_WRONG_CODES_PER_ADDRESS: 20, LIMIT_WRONG_CODES_WINDOW_SECONDS: 900,
  LIMIT_REQUESTS_PER_ADDRESS: 3, LIMIT_REQUESTS_WINDOW_SECONDS: 3600, LIMIT_BOOKINGS_PER_ADDRESS: 4, LIMIT_BOOKINGS_WINDOW_SECONDS: 7200,
};

describe('limitRules', () => {
  it.each<[LimitRuleName, number, number]>([
    ['signin-address', 20, 600],
    ['signin-username', 10, 600],
    ['password', 5, 600],
    ['tickets', 10, 300],
    ['wrong-codes', 20, 900],
    ['requests', 3, 3600],
    ['bookings', 4, 7200],
  ])('%s: %i per %i s', (rule, limit, windowSeconds) => {
    expect(limitRules(settings)[rule]).toEqual({ limit, windowSeconds });
  });

  it('has a rule for every name', () => {
    expect(Object.keys(limitRules(settings)).sort()).toEqual([...LIMIT_RULES].sort());
  });
});

describe('limitKey', () => {
  it.each<[LimitRuleName, string[], string]>([
    ['tickets', ['10.0.0.1', 'TC'], 'tickets:10.0.0.1:TC'],
    ['signin-username', ['clerk1'], 'signin-username:clerk1'],
    ['signin-username', ['x'.repeat(100)], `signin-username:${'x'.repeat(64)}`],
  ])('%s %j → %s', (rule, parts, key) => {
    expect(limitKey(rule, ...parts)).toBe(key);
  });
});

describe('rateLimitedMessage', () => {
  it.each<[LimitRuleName, number, string]>([
    ['signin-address', 90, lockoutMessage(90)],
    ['signin-username', 600, lockoutMessage(600)],
    ['password', 5, lockoutMessage(5)],
    ['wrong-codes', 600, '查询码错误次数过多，请 10 分钟后再试'],
    ['tickets', 30, '操作过于频繁，请 30 秒后再试'],
  ])('%s, %i s → %s', (rule, seconds, message) => {
    expect(rateLimitedMessage(rule, seconds)).toBe(message);
  });
});
