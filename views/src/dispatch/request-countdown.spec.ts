import { countdown, countdownTarget, spanText } from './request-countdown';

const at = (local: string) => Date.parse(`${local}+08:00`);
const iso = (local: string) => new Date(at(local)).toISOString();
// 安全隐患: respond within 1 h, handle within 2 h, reported 09:00
const item = (status: 'reported' | 'returned' | 'dispatched' | 'in_progress' | 'replied' | 'closed') => ({
  status,
  reportedAt: iso('2026-12-03T09:00:00'),
  respondBy: iso('2026-12-03T10:00:00'),
  dueAt: iso('2026-12-03T11:00:00'),
});

describe('spanText', () => {
  it.each([
    [0, '0 分 00 秒'],
    [59_000, '0 分 59 秒'],
    [(12 * 60 + 5) * 1000, '12 分 05 秒'],
    [-(12 * 60 + 5) * 1000, '12 分 05 秒'],
    [3_600_000, '1 小时 00 分'],
    [(23 * 60 + 59) * 60_000 + 59_000, '23 小时 59 分'],
    [(24 * 3 + 5) * 3_600_000, '3 天 5 小时'],
  ])('%i ms → %s', (ms, text) => expect(spanText(ms)).toBe(text));
});

describe('countdown', () => {
  it.each([
    ['reported', 'respondBy'],
    ['returned', 'respondBy'],
    ['dispatched', 'dueAt'],
    ['in_progress', 'dueAt'],
    ['replied', null],
    ['closed', null],
  ] as const)('%s counts to %s', (status, target) => expect(countdownTarget(status)).toBe(target));

  it('counts a new request down to the dispatch limit, yellow in its last fifth, red past it', () => {
    expect(countdown(item('reported'), at('2026-12-03T09:30:00'))).toEqual({ label: '派单时限', text: '剩 30 分 00 秒', level: 'green', late: false });
    expect(countdown(item('reported'), at('2026-12-03T09:50:00'))).toMatchObject({ text: '剩 10 分 00 秒', level: 'yellow' });
    expect(countdown(item('reported'), at('2026-12-03T10:05:30'))).toEqual({ label: '派单时限', text: '超时 5 分 30 秒', level: 'red', late: true });
  });

  it('counts a dispatched request down to its due time', () => {
    expect(countdown(item('in_progress'), at('2026-12-03T09:30:00'))).toEqual({ label: '办结时限', text: '剩 1 小时 30 分', level: 'green', late: false });
    expect(countdown(item('dispatched'), at('2026-12-03T10:40:00'))).toMatchObject({ level: 'yellow' });
    expect(countdown(item('in_progress'), at('2026-12-03T11:00:01'))).toMatchObject({ text: '超时 0 分 01 秒', level: 'red', late: true });
  });

  it('stops once replied', () => {
    expect(countdown(item('replied'), at('2026-12-03T12:00:00'))).toEqual({ label: null, text: '', level: null, late: false });
  });
});
