import { CASE_DESK_TABS } from './case-intake.view-model';
import { consoleViewModel } from './console.view-model';
import { hallSource } from '../../queue/view-models/hall-source.fixture';

describe('consoleViewModel', () => {
  it('carries the windows with the queues they serve, the actions and the labels', () => {
    const vm = consoleViewModel(hallSource(), null);
    expect(vm.client.windows).toEqual([
      { number: 1, name: '1号综合窗口', serves: ['A', 'C'] },
      { number: 6, name: '6号经济服务专窗', serves: ['C'] },
    ]);
    expect(vm.actions.find((a) => a.id === 'callNext')).toEqual({ id: 'callNext', label: '叫号', keyHint: 'F1 / N', kind: 'primary' });
    expect(vm.shortcuts.map((s) => s.keyHint)).toEqual(['F1 / N', 'R', 'S', 'F', 'X', 'H', 'U', 'T', 'P', 'O', 'F2 / A', 'F3 / K', 'F4 / B', 'F8 / Z']);
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

  it('carries the case panel: tabs with keys that no window action uses, the decisions and the documents they print', () => {
    const vm = consoleViewModel(hallSource(), null);
    expect(vm.deskTabs).toEqual([
      { id: 'intake', label: '办件受理', keyHint: 'F2 / A' },
      { id: 'pickup', label: '待取件', keyHint: 'F3 / K' },
      { id: 'lookup', label: '补正 · 撤回', keyHint: 'F4 / B' },
      { id: 'hotline', label: '热线转办', keyHint: 'F8 / Z' },
    ]);
    const windowKeys = vm.client.actions.flatMap((a) => a.keys);
    expect(CASE_DESK_TABS.flatMap((t) => t.keys).filter((k) => windowKeys.includes(k))).toEqual([]);
    expect(vm.deskDecisions.map((d) => d.id)).toEqual(['accept', 'notify', 'reject', 'complete']);
    expect(vm.client.desk.decisionDocuments).toEqual({ accept: ['acceptance', 'deferral'], notify: ['notice'], reject: ['refusal'], complete: ['result'] });
    expect(vm.client.desk.pickupStatuses).toEqual(['decided_approved', 'decided_denied', 'ready_for_pickup']);
    expect(vm.client.desk.statusText.dispatched).toBe('已受理，待部门办理');
    expect(vm.client.desk.materialStatusText).toMatchObject({ provided: '已提供', missing: '缺', deferred: '容缺' });
  });
});
