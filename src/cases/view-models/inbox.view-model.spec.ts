import { CASE_STATUSES } from '../../cases/domain/case-state';
import { SUSPENSION_TYPES } from '../../cases/domain/case-terms';
import { CASE_EVENT_TEXT } from '../domain/case-event-text';
import { INBOX_ACTIONS, INBOX_FILTERS, inboxViewModel, workingDaysAround } from './inbox.view-model';

const source = (department: string | null) => ({
  department,
  departments: [{ code: 'ZL', name: '社会治理办公室' }, { code: 'GG', name: '公共服务办公室' }],
  today: '2026-11-23',
  workingDays: { from: '2026-11-20', to: '2026-11-25', days: ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25'] },
});

describe('inboxViewModel', () => {
  it.each([
    ['ZL', '社会治理办公室 · 后台办件箱', '社会治理办公室'],
    [null, '后台办件箱', null],
  ])('department %j', (department, title, name) => {
    const vm = inboxViewModel(source(department));
    expect([vm.title, vm.departmentName]).toEqual([title, name]);
    expect(vm.client).toMatchObject({ department, today: '2026-11-23', extensionCap: { default: 10, joint: 15 } });
  });

  it('carries every action with a distinct key, every suspension type in Chinese and the filters', () => {
    const vm = inboxViewModel(source('ZL'));
    const keys = INBOX_ACTIONS.flatMap((a) => a.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => ['j', 'k', '/'].includes(k))).toEqual([]); // navigation keys stay free
    expect(vm.client.suspensionTypes.map((t) => t.id)).toEqual([...SUSPENSION_TYPES]);
    expect(vm.client.suspensionTypes.map((t) => t.label)).toEqual(['听证', '检验', '检测', '鉴定', '专家评审', '公示', '现场勘查', '其他']);
    expect(vm.filters.map((f) => f.id)).toEqual(['open', 'dispatched', 'in_progress', 'suspended', 'decided', 'all']);
    expect(vm.shortcuts.find((s) => s.keyHint === 'C')).toEqual({ keyHint: 'C', label: '签收' });
    expect(Object.keys(vm.client.statusText).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('filters name only real statuses', () => {
    for (const f of INBOX_FILTERS) for (const s of f.statuses) expect(CASE_STATUSES).toContain(s);
  });

  it('names every step of the trail', () => {
    expect(Object.keys(CASE_EVENT_TEXT)).toEqual(expect.arrayContaining(['receive', 'accept', 'dispatch', 'claim', 'suspend', 'resume', 'decide', 'deliver', 'withdraw']));
  });
});

describe('workingDaysAround', () => {
  const weekdays = (d: string) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
  it.each([
    ['2026-11-23', 3, 3, { from: '2026-11-20', to: '2026-11-26', days: ['2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'] }],
    ['2026-12-31', 0, 2, { from: '2026-12-31', to: '2027-01-02', days: ['2026-12-31', '2027-01-01'] }],
  ])('around %s (−%d, +%d)', (today, before, after, expected) => {
    expect(workingDaysAround(today, before, after, weekdays)).toEqual(expected);
  });
});
