import type { Remaining } from './lights';
import { remainingText } from './remaining-text';

const none: Remaining = { overdue: false, daysOver: null, daysLeft: null, hoursOver: null, hoursLeft: null };

describe('remainingText', () => {
  it.each<[string, Partial<Remaining>, string, string]>([
    ['hours over', { overdue: true, hoursOver: 5 }, '逾期 5 小时', 'late'],
    ['working days over', { overdue: true, daysOver: 3 }, '逾期 3 个工作日', 'late'],
    ['overdue on a day off', { overdue: true, daysOver: 0 }, '已逾期（非工作日）', 'late'],
    ['hours left', { hoursLeft: 7 }, '剩余 7 小时', 'soon'],
    ['due today', { daysLeft: 0 }, '今日到期', 'soon'],
    ['one working day left', { daysLeft: 1 }, '剩余 1 个工作日', 'soon'],
    ['several working days left', { daysLeft: 4 }, '剩余 4 个工作日', ''],
    ['no clock (left the clocked statuses)', {}, '—', ''],
  ])('%s', (_name, facts, text, tone) => {
    expect(remainingText({ ...none, ...facts })).toEqual({ text, tone });
  });
});
