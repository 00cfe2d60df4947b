import { remainingText, remainingWorkingDays } from './remaining-days';

// 2026-11-20 is a Friday; the weekend is not in the list.
const window = { from: '2026-11-19', to: '2026-11-26', days: ['2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'] };

describe('remainingWorkingDays', () => {
  it.each([
    ['2026-11-20', '2026-11-24', 2],
    ['2026-11-20', '2026-11-20', 0],
    ['2026-11-21', '2026-11-23', 1],
    ['2026-11-24', '2026-11-20', -2],
    ['2026-11-20', '2026-11-27', null],
    ['2026-11-18', '2026-11-20', null],
    [null, '2026-11-20', null],
    ['2026-11-20', null, null],
  ])('today %j, due %j → %j', (today, due, n) => expect(remainingWorkingDays(today, due, window)).toBe(n));

  it('says nothing without a list', () => expect(remainingWorkingDays('2026-11-20', '2026-11-24', null)).toBeNull());
});

describe('remainingText', () => {
  it.each([
    [15, '剩 15 个工作日'],
    [1, '剩 1 个工作日'],
    [0, '今日到期'],
    [-2, '超期 2 个工作日'],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (n, text) => expect(remainingText(n)).toBe(text));
});
