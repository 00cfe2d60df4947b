import { hallSource } from './hall-source.fixture';
import { windowScreenViewModel } from './window-screen.view-model';

describe('windowScreenViewModel', () => {
  it('shows the window, what it serves, its state and current number', () => {
    const vm = windowScreenViewModel(hallSource(), 1, { voice: false })!;
    expect(vm.window).toEqual({ number: 1, name: '1号综合窗口', serves: '综合受理 · 全部业务' });
    expect([vm.status, vm.statusText, vm.currentNumber]).toEqual(['open', '服务中', 'A012']);
    expect(vm.client).toMatchObject({ hall: 'TC', window: 1, voice: false });
  });

  it('says 暂停服务 for a paused dedicated window', () => {
    const vm = windowScreenViewModel(hallSource(), 6, { voice: true })!;
    expect(vm.window.serves).toBe('经济服务');
    expect(vm.statusText).toBe('暂停服务');
    expect(vm.currentNumber).toBeNull();
    expect(vm.client.voice).toBe(true);
  });

  it('is null for a window the hall does not have', () => {
    expect(windowScreenViewModel(hallSource(), 42, { voice: false })).toBeNull();
  });
});
