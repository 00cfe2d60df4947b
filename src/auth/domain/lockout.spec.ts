import { lockoutMessage, retryAfterSeconds, waitText } from './lockout';

describe('waitText', () => {
  it.each<[number, string]>([
    [0, '1 秒'],
    [0.2, '1 秒'],
    [1, '1 秒'],
    [59, '59 秒'],
    [60, '1 分钟'],
    [61, '1 分 1 秒'],
    [125, '2 分 5 秒'],
    [600, '10 分钟'],
  ])('%s s → %s', (seconds, text) => expect(waitText(seconds)).toBe(text));

  it('tells the wait in the lock-out message', () => expect(lockoutMessage(42)).toBe('尝试次数过多，请 42 秒后再试'));
});

describe('retryAfterSeconds', () => {
  it.each<[string | null | undefined, number | null]>([
    ['42', 42],
    [' 7 ', 7],
    ['0', 0],
    [null, null],
    [undefined, null],
    ['', null],
    ['Wed, 21 Oct 2026 07:28:00 GMT', null],
    ['-3', null],
    ['1.5', null],
  ])('%j → %j', (header, seconds) => expect(retryAfterSeconds(header)).toBe(seconds));
});
