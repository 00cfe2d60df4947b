import { consoleViewModel } from './console.view-model';
import { hallSource } from './hall-source.fixture';

describe('consoleViewModel', () => {
  it('carries the windows with the queues they serve, the actions and the labels', () => {
    const vm = consoleViewModel(hallSource(), null);
    expect(vm.client.windows).toEqual([
      { number: 1, name: '1号综合窗口', serves: ['A', 'C'] },
      { number: 6, name: '6号经济服务专窗', serves: ['C'] },
    ]);
    expect(vm.actions.find((a) => a.id === 'callNext')).toEqual({ id: 'callNext', label: '叫号', keyHint: 'F1 / N', kind: 'primary' });
    expect(vm.shortcuts.map((s) => s.keyHint)).toEqual(['F1 / N', 'R', 'S', 'F', 'X', 'H', 'U', 'T', 'P', 'O']);
    expect(vm.client.ticketStatusText.serving).toBe('办理中');
    expect(vm.client.preselectWindow).toBeNull();
  });

  it.each([
    [6, 6],
    [42, null],
    [null, null],
  ])('preselects window %j only when it exists', (asked, chosen) => {
    expect(consoleViewModel(hallSource(), asked).client.preselectWindow).toBe(chosen);
  });
});
