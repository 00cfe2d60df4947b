import { hallSource } from './hall-source.fixture';
import { kioskViewModel, openWindowCounts } from './kiosk.view-model';

describe('kioskViewModel', () => {
  it('offers every queue with its waiting count and open windows serving it', () => {
    const vm = kioskViewModel(hallSource(), { autoPrint: false });
    expect(vm.client.queues).toEqual([
      { code: 'A', name: '民生保障', waiting: 4, openWindows: 1 },
      { code: 'C', name: '经济服务', waiting: 0, openWindows: 2 },
    ]);
    expect(vm.client).toMatchObject({ hall: 'TC', queueNames: { A: '民生保障', C: '经济服务' }, autoReturnSeconds: 30, autoPrint: false });
    expect(vm.client.windowServes).toEqual({ 1: ['A', 'C'], 6: ['C'] });
    expect(vm.priorityGroups).toContain('退役军人');
  });

  it('passes auto-print through', () => {
    expect(kioskViewModel(hallSource(), { autoPrint: true }).client.autoPrint).toBe(true);
  });

  const serves = { 1: ['A', 'C'], 2: ['A', 'C'], 6: ['C'] };
  it.each([
    ['every window open', [{ number: 1, status: 'open' }, { number: 2, status: 'open' }, { number: 6, status: 'open' }], { A: 2, C: 3 }],
    ['a paused window still counts', [{ number: 1, status: 'paused' }, { number: 6, status: 'closed' }], { A: 1, C: 1 }],
    ['closed windows do not count', [{ number: 1, status: 'closed' }, { number: 2, status: 'closed' }], {}],
    ['a window the layout does not know serves nothing', [{ number: 9, status: 'open' }], {}],
  ])('openWindowCounts: %s', (_name, windows, expected) => {
    expect(openWindowCounts(windows, serves)).toEqual(expected);
  });
});
