import { join } from 'path';
import { readDemoCatalog } from '../demo-catalog';
import type { CatalogItemSeed } from './item-definition';
import { CatalogRefs, itemProblems, ItemProblem, problemsErrorCode } from './item-rules';

const refs: CatalogRefs = {
  departmentCodes: new Set(['ZH', 'DJ', 'FZ', 'ZL', 'GG', 'XC']),
  queueCodes: new Set(['A', 'B', 'C', 'D']),
  items: new Map([['SYDJ', 'immediate'], ['YBCB', 'immediate'], ['CSHK', 'promised'], ['JZZ', 'promised'], ['SQ', 'request'], ['XSECS', 'bundle']]),
  bundlesContaining: new Map([['SYDJ', ['XSECS']], ['YBCB', ['XSECS']], ['CSHK', ['XSECS']]]),
};

/** A valid promised item (居住证申领) that each case below breaks in one way. */
function base(): CatalogItemSeed {
  return {
    code: 'JZZ',
    name: '居住证申领',
    kind: 'promised',
    departmentCodes: ['ZL'],
    queueCode: 'A',
    promisedLimit: { value: 15, unit: 'working_days' },
    statutoryLimit: { value: 15, unit: 'working_days' },
    feeFen: 0,
    visitsRequired: 1,
    windowMinutes: null,
    guide: '持居住证可享受本地基本公共服务。',
    materials: [
      { code: 'ID', name: '居民身份证', copies: 1, original: true, required: true, deferrable: false, commitmentAllowed: false, note: '' },
      { code: 'RESIDENCE', name: '居住证明', copies: 1, original: false, required: true, deferrable: true, commitmentAllowed: false, note: '' },
    ],
    steps: [
      { name: '综合窗口受理', departmentCode: null, limitValue: 0, limitUnit: 'working_days', external: false, responsible: '综合窗口' },
      { name: '信息核查', departmentCode: 'ZL', limitValue: 10, limitUnit: 'working_days', external: false, responsible: '' },
    ],
  };
}

type Change = (item: CatalogItemSeed) => void;
const paths = (problems: ItemProblem[]) => problems.map((p) => p.path);

describe('itemProblems', () => {
  it('accepts a valid item', () => {
    expect(itemProblems(base(), refs)).toEqual([]);
  });

  it('accepts every item of the demo catalogue', () => {
    const demo = readDemoCatalog(join(__dirname, '..', '..', '..', 'config'));
    expect(demo).toHaveLength(14);
    for (const item of demo) expect([item.code, itemProblems(item, refs)]).toEqual([item.code, []]);
  });

  it.each<[string, Change]>([
    ['an immediate item with 0 working days', (i) => { i.kind = 'immediate'; i.promisedLimit = { value: 0, unit: 'working_days' }; i.materials[1].deferrable = false; i.windowMinutes = 15; }],
    ['a request in hours', (i) => { i.kind = 'request'; i.promisedLimit = { value: 48, unit: 'hours' }; i.statutoryLimit = { value: 72, unit: 'hours' }; }],
    ['a joint item of two departments', (i) => { i.kind = 'joint'; i.departmentCodes = ['GG', 'ZL']; }],
    ['an escalated item with an external step', (i) => { i.kind = 'escalated'; i.steps.push({ name: '区级审批', departmentCode: null, limitValue: 5, limitUnit: 'working_days', external: true, responsible: '区民政局' }); }],
    ['a promised item in hours', (i) => { i.promisedLimit = { value: 2, unit: 'hours' }; i.statutoryLimit = { value: 20, unit: 'hours' }; }],
    ['no queue', (i) => { i.queueCode = null; }],
    ['no steps', (i) => { i.steps = []; }],
    ['an optional material next to a required one', (i) => { i.materials[1] = { ...i.materials[1], required: false, deferrable: false }; }],
    ['a fee and two visits', (i) => { i.feeFen = 1250; i.visitsRequired = 2; }],
    ['a material code with an underscore and digits', (i) => { i.materials[0].code = 'ID_CARD_2'; }],
  ])('accepts %s', (_case, change) => {
    const item = base();
    change(item);
    expect(itemProblems(item, refs)).toEqual([]);
  });

  it.each<[string, Change, string[], ItemProblem['code']?]>([
    ['a lower-case code', (i) => { i.code = 'jzz'; }, ['code']],
    ['a one-letter code', (i) => { i.code = 'J'; }, ['code']],
    ['a 17-character code', (i) => { i.code = 'A'.repeat(17); }, ['code']],
    ['a code with a dash', (i) => { i.code = 'JZ-Z'; }, ['code']],
    ['a blank name', (i) => { i.name = '   '; }, ['name']],
    ['a 65-character name', (i) => { i.name = '居'.repeat(65); }, ['name']],
    ['a name with a NUL', (i) => { i.name = '居住\u0000证'; }, ['name']],
    ['a name with an RTL override', (i) => { i.name = '\u202e证住居'; }, ['name']],
    ['a material name with a zero-width space', (i) => { i.materials[0].name = '身份\u200b证'; }, ['materials[0].name']],
    ['a step name with a newline', (i) => { i.steps[0].name = '受理\n审核'; }, ['steps[0].name']],
    ['an unknown kind', (i) => { i.kind = 'package' as never; }, ['kind']],
    ['an unknown unit', (i) => { i.promisedLimit.unit = 'days' as never; }, ['promisedLimit.unit']],
    ['a negative limit', (i) => { i.statutoryLimit.value = -1; }, ['statutoryLimit.value']],
    ['a fractional limit', (i) => { i.promisedLimit.value = 1.5; }, ['promisedLimit.value']],
    ['immediate with promised days', (i) => { i.kind = 'immediate'; i.materials[1].deferrable = false; }, ['promisedLimit']],
    ['immediate counted in hours', (i) => { i.kind = 'immediate'; i.materials[1].deferrable = false; i.promisedLimit = { value: 0, unit: 'hours' }; i.statutoryLimit = { value: 1, unit: 'hours' }; }, ['promisedLimit']],
    ['a promised item of 0 days', (i) => { i.promisedLimit.value = 0; }, ['promisedLimit.value']],
    ['a request in working days', (i) => { i.kind = 'request'; }, ['promisedLimit.unit', 'statutoryLimit.unit']],
    ['promised longer than statutory', (i) => { i.promisedLimit.value = 16; }, ['promisedLimit.value']],
    ['promised and statutory in different units', (i) => { i.statutoryLimit = { value: 400, unit: 'hours' }; }, ['statutoryLimit.unit']],
    ['a joint item of one department', (i) => { i.kind = 'joint'; }, ['departmentCodes']],
    ['a promised item of two departments', (i) => { i.departmentCodes = ['ZL', 'GG']; }, ['departmentCodes']],
    ['no department', (i) => { i.departmentCodes = []; }, ['departmentCodes']],
    ['a repeated department', (i) => { i.kind = 'joint'; i.departmentCodes = ['ZL', 'ZL']; }, ['departmentCodes']],
    ['an unknown department', (i) => { i.departmentCodes = ['XX']; }, ['departmentCodes[0]'], 'UNKNOWN_DEPARTMENT'],
    ['an unknown step department', (i) => { i.steps[1].departmentCode = 'XX'; }, ['steps[1].departmentCode'], 'UNKNOWN_DEPARTMENT'],
    ['an unknown queue', (i) => { i.queueCode = 'Z'; }, ['queueCode'], 'UNKNOWN_QUEUE'],
    ['no materials', (i) => { i.materials = []; }, ['materials']],
    ['no required material', (i) => { i.materials = i.materials.map((m) => ({ ...m, required: false, deferrable: false })); }, ['materials']],
    ['a repeated material code', (i) => { i.materials[1].code = 'ID'; }, ['materials']],
    ['a lower-case material code', (i) => { i.materials[0].code = 'id'; }, ['materials[0].code']],
    ['a 33-character material code', (i) => { i.materials[0].code = 'A'.repeat(33); }, ['materials[0].code']],
    ['a blank material name', (i) => { i.materials[1].name = ''; }, ['materials[1].name']],
    ['zero copies', (i) => { i.materials[0].copies = 0; }, ['materials[0].copies']],
    ['a 257-character note', (i) => { i.materials[0].note = 'x'.repeat(257); }, ['materials[0].note']],
    ['a deferrable optional material', (i) => { i.materials[1].required = false; }, ['materials[1].deferrable']],
    ['a deferrable material on an immediate item', (i) => { i.kind = 'immediate'; i.promisedLimit.value = 0; }, ['materials[1].deferrable']],
    ['a blank step name', (i) => { i.steps[0].name = ' '; }, ['steps[0].name']],
    ['a step limit in minutes', (i) => { i.steps[1].limitUnit = 'minutes' as never; }, ['steps[1].limitUnit']],
    ['a negative step limit', (i) => { i.steps[1].limitValue = -2; }, ['steps[1].limitValue']],
    ['a negative fee', (i) => { i.feeFen = -1; }, ['feeFen']],
    ['ten visits', (i) => { i.visitsRequired = 10; }, ['visitsRequired']],
    ['zero window minutes', (i) => { i.windowMinutes = 0; }, ['windowMinutes']],
  ])('refuses %s', (_case, change, expected, code = 'INVALID_ITEM') => {
    const item = base();
    change(item);
    const problems = itemProblems(item, refs);
    expect(paths(problems)).toEqual(expected);
    expect(problemsErrorCode(problems)).toBe(code);
    for (const problem of problems) expect(problem.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  /** The demo bundle 新生儿出生一件事, valid as is. */
  function bundle(): CatalogItemSeed {
    return {
      ...base(), code: 'XSECS', name: '新生儿出生一件事', kind: 'bundle', departmentCodes: [], materials: [], steps: [],
      promisedLimit: { value: 5, unit: 'working_days' }, statutoryLimit: { value: 20, unit: 'working_days' },
      memberCodes: ['SYDJ', 'YBCB', 'CSHK'],
    };
  }

  it.each<[string, Change]>([
    ['as in the demo', () => undefined],
    ['of two immediate members with a promise of 0 days', (i) => { i.memberCodes = ['SYDJ', 'YBCB']; i.promisedLimit.value = 0; }],
    ['with a step of its own', (i) => { i.steps = base().steps; }],
    ['unchecked members when the items are not known (a page without the list)', (i) => { i.memberCodes = ['AA', 'BB']; }],
  ])('accepts a bundle %s', (_case, change) => {
    const item = bundle();
    change(item);
    const known = _case.startsWith('unchecked') ? { departmentCodes: refs.departmentCodes, queueCodes: refs.queueCodes } : refs;
    expect(itemProblems(item, known)).toEqual([]);
  });

  it.each<[string, Change, string[]]>([
    ['of one member', (i) => { i.memberCodes = ['SYDJ']; }, ['memberCodes']],
    ['without members', (i) => { i.memberCodes = undefined; }, ['memberCodes']],
    ['of eleven members', (i) => { i.memberCodes = Array.from({ length: 11 }, (_, n) => (n ? `M${n}` : 'SYDJ')); }, ['memberCodes', ...Array.from({ length: 10 }, (_, n) => `memberCodes[${n + 1}]`)]],
    ['with a repeated member', (i) => { i.memberCodes = ['SYDJ', 'SYDJ', 'CSHK']; }, ['memberCodes']],
    ['with an unknown member', (i) => { i.memberCodes = ['SYDJ', 'NOPE']; }, ['memberCodes[1]']],
    ['containing a bundle', (i) => { i.code = 'XSEC2'; i.memberCodes = ['SYDJ', 'XSECS']; }, ['memberCodes[1]']],
    ['containing a request', (i) => { i.memberCodes = ['SYDJ', 'SQ']; }, ['memberCodes[1]']],
    ['containing itself', (i) => { i.memberCodes = ['SYDJ', 'XSECS']; }, ['memberCodes[1]']],
    ['with departments of its own', (i) => { i.departmentCodes = ['GG']; }, ['departmentCodes']],
    ['with materials of its own', (i) => { i.materials = base().materials; }, ['materials']],
    ['counted in hours', (i) => { i.promisedLimit = { value: 5, unit: 'hours' }; i.statutoryLimit = { value: 20, unit: 'hours' }; }, ['promisedLimit.unit']],
  ])('refuses a bundle %s', (_case, change, expected) => {
    const item = bundle();
    change(item);
    const problems = itemProblems(item, refs);
    expect(paths(problems)).toEqual(expected);
    expect(problemsErrorCode(problems)).toBe('INVALID_ITEM');
  });

  it.each<[string, Change, string[]]>([
    ['members on an item that is not a bundle', (i) => { i.memberCodes = ['SYDJ', 'YBCB']; }, ['memberCodes']],
    ['a member of a bundle turned into a request', (i) => { i.code = 'CSHK'; i.kind = 'request'; i.promisedLimit = { value: 48, unit: 'hours' }; i.statutoryLimit = { value: 72, unit: 'hours' }; }, ['kind']],
    ['a member of a bundle turned into a bundle', (i) => { Object.assign(i, bundle(), { code: 'CSHK', memberCodes: ['SYDJ', 'YBCB'] }); }, ['kind']],
  ])('refuses %s', (_case, change, expected) => {
    const item = base();
    change(item);
    expect(paths(itemProblems(item, refs))).toEqual(expected);
  });

  it('lets a member of a bundle change kind between intake kinds', () => {
    const item = { ...base(), code: 'CSHK', kind: 'joint' as const, departmentCodes: ['ZL', 'GG'] };
    expect(itemProblems(item, refs)).toEqual([]);
  });

  it('returns every problem at once, in field order', () => {
    const item = base();
    item.code = 'x';
    item.kind = 'joint';
    item.departmentCodes = ['ZL', 'XX'];
    item.queueCode = 'Z';
    item.materials[0].code = 'ID';
    item.materials[1] = { ...item.materials[1], code: 'ID', required: false };
    item.steps[0].name = '';
    const problems = itemProblems(item, refs);
    expect(paths(problems)).toEqual(['code', 'departmentCodes[1]', 'queueCode', 'materials', 'materials[1].deferrable', 'steps[0].name']);
    expect(problems.map((p) => p.code)).toEqual(['INVALID_ITEM', 'UNKNOWN_DEPARTMENT', 'UNKNOWN_QUEUE', 'INVALID_ITEM', 'INVALID_ITEM', 'INVALID_ITEM']);
    expect(problemsErrorCode(problems)).toBe('INVALID_ITEM');
  });

  it('names only the specific code when all problems are of one reference kind', () => {
    expect(problemsErrorCode([{ code: 'UNKNOWN_QUEUE', path: 'queueCode', message: '队列不存在' }])).toBe('UNKNOWN_QUEUE');
    expect(problemsErrorCode([
      { code: 'UNKNOWN_DEPARTMENT', path: 'departmentCodes[0]', message: '部门不存在' },
      { code: 'UNKNOWN_DEPARTMENT', path: 'steps[1].departmentCode', message: '部门不存在' },
    ])).toBe('UNKNOWN_DEPARTMENT');
    expect(problemsErrorCode([
      { code: 'UNKNOWN_DEPARTMENT', path: 'departmentCodes[0]', message: '部门不存在' },
      { code: 'UNKNOWN_QUEUE', path: 'queueCode', message: '队列不存在' },
    ])).toBe('INVALID_ITEM');
  });
});
