import { adminCatalogViewModel } from './admin-catalog.view-model';

describe('adminCatalogViewModel', () => {
  const vm = adminCatalogViewModel([{ code: 'A', name: '民生保障' }, { code: 'B', name: '社情民意' }]);

  it('offers every kind, unit and queue, and "no queue"', () => {
    expect(vm.title).toBe('政务服务事项管理');
    expect(vm.kindOptions.map((o) => o.value)).toEqual(['immediate', 'promised', 'joint', 'escalated', 'request', 'bundle']);
    expect(vm.kindOptions.map((o) => o.label)).toEqual(['即办件', '承诺件', '联办件', '上报件', '诉求', '一件事']); // no English enum values
    expect(vm.unitOptions).toEqual([{ value: 'working_days', label: '个工作日' }, { value: 'hours', label: '小时' }]);
    expect(vm.queueOptions).toEqual([{ value: '', label: '不取号' }, { value: 'A', label: 'A 民生保障' }, { value: 'B', label: 'B 社情民意' }]);
  });

  it('gives the script the labels it shows', () => {
    expect(vm.client.kindLabels.request).toBe('诉求');
    expect(vm.client.unitLabels.hours).toBe('小时');
    expect(vm.client.queueCodes).toEqual(['A', 'B']);
  });

  it('gives the form the length and range limits of the item rules', () => {
    expect(vm.limits).toMatchObject({ nameLength: 64, visits: 9, windowMinutes: 480 });
  });
});
