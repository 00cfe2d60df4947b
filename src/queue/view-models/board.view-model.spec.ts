import { boardViewModel } from './board.view-model';
import { hallSource } from './hall-source.fixture';

describe('boardViewModel', () => {
  it('shows the newest call large, the recent ones, waiting per queue and the windows', () => {
    const vm = boardViewModel(hallSource());
    expect(vm.current).toEqual({ number: 'A012', windowNumber: 1, windowName: '1号综合窗口', sentence: '请 A012 号到 1 号窗口办理' });
    expect(vm.recentCalls).toEqual([
      { number: 'A012', windowNumber: 1, time: '09:41', recall: false },
      { number: 'C003', windowNumber: 6, time: '09:35', recall: true },
    ]);
    expect(vm.queues).toEqual([
      { code: 'A', name: '民生保障', waiting: 4 },
      { code: 'C', name: '经济服务', waiting: 0 },
    ]);
    expect(vm.windows.map((w) => [w.number, w.statusText, w.currentNumber])).toEqual([
      [1, '服务中', 'A012'],
      [6, '暂停服务', null],
    ]);
    expect(vm.client.snapshot.seq).toBe(7);
    expect(vm.client.hall).toBe('TC');
  });

  it('has no current call before the first call of the day', () => {
    const vm = boardViewModel(hallSource({ recentCalls: [], waiting: {} }));
    expect(vm.current).toBeNull();
    expect(vm.recentCalls).toEqual([]);
    expect(vm.queues.map((q) => q.waiting)).toEqual([0, 0]);
  });

  it('names a window it does not know by its number', () => {
    const vm = boardViewModel(hallSource({ recentCalls: [{ number: 'A001', windowNumber: 9, calledAt: '2026-11-23T09:00:00+08:00', recall: false }] }));
    expect(vm.current?.windowName).toBe('9号窗口');
  });
});
