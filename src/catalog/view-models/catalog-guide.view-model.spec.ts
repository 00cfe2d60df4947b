import { catalogGuideViewModel } from './catalog-guide.view-model';
import { CJBT, JZZ, SQ, SYDJ } from './catalog-views.fixture';

describe('catalogGuideViewModel', () => {
  const jzz = catalogGuideViewModel(JZZ, { queueText: 'A 民生保障' });

  it('heads the guide with name, code, kind and the one-visit badge', () => {
    expect(jzz).toMatchObject({ title: '居住证申领 · 办事指南', name: '居住证申领', code: 'JZZ', kindLabel: '承诺件', oneVisit: true, backHref: '/catalog' });
    expect(jzz.kindHint).toContain('承诺时限');
  });

  it('lists limits, fee, visits, departments and the queue', () => {
    expect(jzz.facts).toEqual([
      { label: '承诺时限', value: '承诺 15 个工作日' },
      { label: '法定时限', value: '15 个工作日' },
      { label: '收费标准', value: '免费' },
      { label: '到现场次数', value: '最多跑一次' },
      { label: '办理部门', value: '社会治理办公室' },
      { label: '取号类别', value: 'A 民生保障' },
    ]);
    expect(catalogGuideViewModel(CJBT, { queueText: null }).facts.map((f) => f.label)).toEqual(['承诺时限', '法定时限', '收费标准', '到现场次数', '联办部门']);
    expect(catalogGuideViewModel(SQ, { queueText: null }).facts.slice(0, 4).map((f) => f.value)).toEqual(['48 小时', '72 小时', '12.50 元', '无需到现场（可电话、网上或代办）']);
    expect(catalogGuideViewModel(SYDJ, { queueText: null }).facts[0].value).toBe('当场办结');
  });

  it('splits the guide text into paragraphs', () => {
    expect(jzz.guideParagraphs).toEqual(['第一段。', '第二段。']);
  });

  it('shows materials with form, copies and requirement tags', () => {
    expect(jzz.materialSummary).toBe('共 3 项，其中必需 3 项');
    expect(jzz.materials.map((m) => [m.number, m.name, m.form, m.copies, m.tags.map((t) => t.text).join('/'), m.note])).toEqual([
      [1, '居民身份证', '原件', '1 份', '必需', ''],
      [2, '近期一寸白底证件照', '复印件', '2 份', '必需', ''],
      [3, '合法稳定住所、就业或就读证明', '复印件', '1 份', '必需/可容缺', '可容缺受理'],
    ]);
    expect(catalogGuideViewModel(CJBT, { queueText: null }).materials[0].tags.map((t) => t.text)).toEqual(['必需', '可告知承诺']);
  });

  it('draws the route: each step with its limit and who answers for it', () => {
    expect(jzz.steps).toEqual([
      { seq: 1, name: '综合窗口受理', owner: '综合窗口', ownerDetail: null, limitText: '当场', external: false, last: false },
      { seq: 2, name: '信息核查', owner: '社会治理办公室', ownerDetail: null, limitText: '10 个工作日', external: false, last: false },
      { seq: 3, name: '区级审批', owner: '上级部门', ownerDetail: null, limitText: '5 个工作日', external: true, last: true },
    ]);
    expect(catalogGuideViewModel(CJBT, { queueText: null }).steps[0]).toMatchObject({ owner: '退役军人服务站', ownerDetail: '社会治理办公室' });
    expect(catalogGuideViewModel(SQ, { queueText: null }).steps.map((s) => s.limitText)).toEqual(['即时', '48 小时']);
  });

  it('lists a bundle\'s parts with department and limit, and which parts use each material', () => {
    const bundle = {
      ...JZZ, code: 'XSECS', name: '新生儿出生一件事', kind: 'bundle' as const, steps: [],
      departments: [{ code: 'GG', name: '公共服务办公室' }, { code: 'ZL', name: '社会治理办公室' }], departmentCodes: ['GG', 'ZL'],
      memberCodes: ['SYDJ', 'CSHK'],
      members: [
        { code: 'SYDJ', name: '生育登记', kind: 'immediate' as const, departmentCodes: ['GG'], promisedLimit: { value: 0, unit: 'working_days' as const } },
        { code: 'CSHK', name: '出生户口登记', kind: 'promised' as const, departmentCodes: ['ZL'], promisedLimit: { value: 5, unit: 'working_days' as const } },
      ],
      materials: [{ ...JZZ.materials[0], note: '', memberCodes: ['SYDJ', 'CSHK'] }],
    };
    const vm = catalogGuideViewModel(bundle, { queueText: null });
    expect(vm.parts).toEqual([
      { number: 1, code: 'SYDJ', name: '生育登记', kindLabel: '即办件', limitText: '当场办结', departmentText: '公共服务办公室', href: '/catalog/items/SYDJ' },
      { number: 2, code: 'CSHK', name: '出生户口登记', kindLabel: '承诺件', limitText: '承诺 5 个工作日', departmentText: '社会治理办公室', href: '/catalog/items/CSHK' },
    ]);
    expect(vm.materials[0].note).toBe('用于 生育登记、出生户口登记');
    expect(vm.kindLabel).toBe('一件事');
    expect(jzz.parts).toEqual([]);
  });
});
