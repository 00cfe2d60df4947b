import { TICKET_STATUSES } from '../domain/ticket-state';
import { fillTemplate, residentStatusText, TICKET_STATUS_SHORT, TICKET_STATUS_TEXT, WINDOW_STATUS_TEXT } from './labels';

describe('labels', () => {
  it('has a resident text and a staff name for every ticket status', () => {
    for (const s of TICKET_STATUSES) {
      expect(TICKET_STATUS_TEXT[s].title).toBeTruthy();
      expect(TICKET_STATUS_SHORT[s]).toBeTruthy();
    }
    expect(Object.keys(WINDOW_STATUS_TEXT).sort()).toEqual(['closed', 'open', 'paused']);
  });

  it.each([
    ['{a} 和 {b}', { a: 1, b: 'x' }, '1 和 x'],
    ['{a}{a}', { a: 0 }, '00'],
    ['{missing} 号', {}, '{missing} 号'],
    ['{n}', { n: null }, '{n}'],
    ['no placeholders', { a: 1 }, 'no placeholders'],
  ])('fillTemplate(%j)', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });

  const base = { ahead: 3, estimatedWaitMinutes: 15, windowNumber: null, queueName: '经济服务' };
  it.each([
    [{ ...base, status: 'waiting' }, '等待中', '前面还有 3 人，预计等待约 15 分钟', 'wait'],
    [{ ...base, status: 'waiting', ahead: 0, estimatedWaitMinutes: 0 }, '等待中', '下一位就是您，请留意叫号', 'wait'],
    [{ ...base, status: 'called', windowNumber: 3 }, '请到 3 号窗口', '正在叫您的号，请尽快前往办理', 'call'],
    [{ ...base, status: 'serving', windowNumber: 5 }, '办理中', '正在 5 号窗口为您办理', 'serve'],
    [{ ...base, status: 'on_hold', windowNumber: 2 }, '暂时挂起', '请备齐材料后尽快回到 2 号窗口', 'hold'],
    [{ ...base, status: 'done' }, '已办结', '业务已办理完毕，感谢您的耐心等待', 'done'],
    [{ ...base, status: 'no_show' }, '已过号', '叫号时您未到窗口，如需办理请重新取号或咨询导办台', 'miss'],
    [{ ...base, status: 'transferred' }, '已转至经济服务', '号码不变，请留意叫号', 'wait'],
    [{ ...base, status: 'cancelled' }, '已取消', '该号票已取消，如需办理请重新取号', 'miss'],
  ] as const)('residentStatusText %#', (facts, title, detail, tone) => {
    expect(residentStatusText(facts)).toEqual({ title, detail, tone });
  });
});
