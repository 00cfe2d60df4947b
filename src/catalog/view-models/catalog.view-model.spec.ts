import { catalogViewModel } from './catalog.view-model';
import { DEPARTMENTS, ITEMS } from './catalog-views.fixture';

const filter = { q: '', department: '', kind: '' };

describe('catalogViewModel', () => {
  it('shows every item as a card with kind, limit, one-visit badge, fee and departments', () => {
    const vm = catalogViewModel({ centreName: '桐城街道党群服务中心', items: ITEMS, matches: ITEMS.map((i) => i.code), departments: DEPARTMENTS, filter });
    expect(vm.title).toBe('政务服务事项清单');
    expect(vm.countText).toBe('共 4 项');
    expect(vm.empty).toBe(false);
    expect(vm.items.map((i) => [i.code, i.kindLabel, i.promisedText, i.oneVisit, i.feeText, i.departmentText, i.hidden])).toEqual([
      ['SYDJ', '即办件', '当场办结', true, '免费', '公共服务办公室', false],
      ['JZZ', '承诺件', '承诺 15 个工作日', true, '免费', '社会治理办公室', false],
      ['CJBT', '联办件', '承诺 10 个工作日', true, '免费', '公共服务办公室、社会治理办公室', false],
      ['SQ', '诉求', '48 小时', true, '12.50 元', '社会治理办公室', false],
    ]);
    expect(vm.items[1].href).toBe('/catalog/items/JZZ');
    expect(vm.client.apiPath).toBe('/api/v1/catalog/items');
  });

  it('names a bundle\'s parts on its card', () => {
    const bundle = { ...ITEMS[1], code: 'XSECS', name: '新生儿出生一件事', kind: 'bundle' as const, members: [
      { code: 'SYDJ', name: '生育登记', kind: 'immediate' as const, departmentCodes: ['GG'], promisedLimit: { value: 0, unit: 'working_days' as const } },
      { code: 'CSHK', name: '出生户口登记', kind: 'promised' as const, departmentCodes: ['ZL'], promisedLimit: { value: 5, unit: 'working_days' as const } },
    ] };
    const vm = catalogViewModel({ centreName: 'x', items: [...ITEMS, bundle], matches: ['XSECS'], departments: DEPARTMENTS, filter });
    expect(vm.items.find((i) => i.code === 'XSECS')).toMatchObject({ kindLabel: '一件事', partsText: '含 生育登记、出生户口登记' });
    expect(vm.items.find((i) => i.code === 'JZZ')).not.toHaveProperty('partsText');
  });

  it('puts matches first in rank order and hides the rest, keeping every card for the script', () => {
    const vm = catalogViewModel({ centreName: 'x', items: ITEMS, matches: ['SQ', 'JZZ'], departments: DEPARTMENTS, filter: { q: 'z', department: 'ZL', kind: '' } });
    expect(vm.items.map((i) => `${i.code}${i.hidden ? '-' : '+'}`)).toEqual(['SQ+', 'JZZ+', 'SYDJ-', 'CJBT-']);
    expect(vm.countText).toBe('共 2 项');
    expect(vm.q).toBe('z');
  });

  it('marks the chosen filters and says when nothing matches', () => {
    const vm = catalogViewModel({ centreName: 'x', items: ITEMS, matches: [], departments: DEPARTMENTS, filter: { q: 'nothing', department: 'GG', kind: 'joint' } });
    expect(vm.empty).toBe(true);
    expect(vm.items.every((i) => i.hidden)).toBe(true);
    expect(vm.departmentOptions.filter((o) => o.selected).map((o) => o.value)).toEqual(['GG']);
    expect(vm.departmentOptions[0]).toEqual({ value: '', label: '全部部门', selected: false });
    expect(vm.kindOptions.map((o) => o.label)).toEqual(['全部类型', '即办件', '承诺件', '联办件', '上报件', '诉求', '一件事']);
    expect(vm.kindOptions.filter((o) => o.selected).map((o) => o.value)).toEqual(['joint']);
  });

  it('ignores matched codes it has no card for', () => {
    const vm = catalogViewModel({ centreName: 'x', items: ITEMS, matches: ['NEW', 'JZZ'], departments: DEPARTMENTS, filter });
    expect(vm.items.filter((i) => !i.hidden).map((i) => i.code)).toEqual(['JZZ']);
    expect(vm.countText).toBe('共 1 项');
  });
});
