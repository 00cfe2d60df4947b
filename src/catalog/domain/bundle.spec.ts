import { join } from 'path';
import { readDemoCatalog } from '../demo-catalog';
import { bundleDepartmentCodes, bundleMaterials, isBundleMemberKind, MaterialSeed, memberMaterialStatuses } from './bundle';
import { ITEM_KINDS } from './catalog-terms';

const m = (code: string, over: Partial<MaterialSeed> = {}): MaterialSeed => ({
  code, name: code, copies: 1, original: false, required: true, deferrable: false, commitmentAllowed: false, note: '', ...over,
});

describe('bundleMaterials', () => {
  it('lists each code once, in first-seen order, with the members asking for it', () => {
    const union = bundleMaterials([
      { code: 'A', materials: [m('ID'), m('HUKOU')] },
      { code: 'B', materials: [m('ID'), m('BIRTH')] },
      { code: 'C', materials: [m('BIRTH'), m('PHOTO')] },
    ]);
    expect(union.map((x) => [x.code, x.memberCodes])).toEqual([
      ['ID', ['A', 'B']], ['HUKOU', ['A']], ['BIRTH', ['B', 'C']], ['PHOTO', ['C']],
    ]);
  });

  it.each<[string, MaterialSeed[], Partial<MaterialSeed>]>([
    ['required if any member requires it', [m('X', { required: false }), m('X')], { required: true }],
    ['optional if no member requires it', [m('X', { required: false }), m('X', { required: false })], { required: false, deferrable: false }],
    ['deferrable only if every member requiring it allows it', [m('X', { deferrable: true }), m('X')], { deferrable: false }],
    ['deferrable when every requiring member allows it (an optional one does not count)', [m('X', { deferrable: true }), m('X', { required: false })], { required: true, deferrable: true }],
    ['the most copies', [m('X', { copies: 2 }), m('X', { copies: 3 }), m('X')], { copies: 3 }],
    ['the original if any member wants it', [m('X'), m('X', { original: true })], { original: true }],
    ['commitment only if every member allows it', [m('X', { commitmentAllowed: true }), m('X')], { commitmentAllowed: false }],
    ['commitment when all allow it', [m('X', { commitmentAllowed: true }), m('X', { commitmentAllowed: true })], { commitmentAllowed: true }],
    ['the first name and the first non-empty note', [m('X', { name: '身份证' }), m('X', { name: '居民身份证', note: '原件' }), m('X', { note: '复印件' })], { name: '身份证', note: '原件' }],
  ])('merges a shared code: %s', (_case, materials, expected) => {
    const [union] = bundleMaterials(materials.map((material, i) => ({ code: `M${i}`, materials: [material] })));
    expect(union).toMatchObject(expected);
    expect(union.memberCodes).toEqual(materials.map((_, i) => `M${i}`));
  });

  it('is empty for no members', () => {
    expect(bundleMaterials([])).toEqual([]);
  });

  it('gives the demo 新生儿出生一件事 one set of materials', () => {
    const demo = readDemoCatalog(join(__dirname, '..', '..', '..', 'config'));
    const bundle = demo.find((i) => i.code === 'XSECS')!;
    const members = bundle.memberCodes!.map((code) => demo.find((i) => i.code === code)!);
    expect(members.map((i) => [i.code, i.kind, i.departmentCodes])).toEqual([
      ['SYDJ', 'immediate', ['GG']], ['YBCB', 'immediate', ['GG']], ['CSHK', 'promised', ['ZL']],
    ]);
    const union = bundleMaterials(members);
    expect(union.map((x) => [x.code, x.required])).toEqual([['ID', true], ['HUKOU', true], ['MARRIAGE', false], ['BIRTH', true]]);
    expect(bundleDepartmentCodes(members)).toEqual(['GG', 'ZL']);
  });
});

describe('memberMaterialStatuses', () => {
  it('picks the member\'s own materials out of the union\'s statuses', () => {
    const given = [{ code: 'ID', status: 'provided' }, { code: 'BIRTH', status: 'missing' }, { code: 'HUKOU', status: 'provided' }];
    expect(memberMaterialStatuses({ materials: [m('ID'), m('HUKOU')] }, given)).toEqual([{ code: 'ID', status: 'provided' }, { code: 'HUKOU', status: 'provided' }]);
  });
});

describe('isBundleMemberKind', () => {
  it('takes intake kinds, not bundles or requests', () => {
    expect(ITEM_KINDS.filter(isBundleMemberKind)).toEqual(['immediate', 'promised', 'joint', 'escalated']);
  });
});

describe('bundleDepartmentCodes', () => {
  it('lists each department once in member order', () => {
    expect(bundleDepartmentCodes([{ departmentCodes: ['GG'] }, { departmentCodes: ['ZL', 'GG'] }, { departmentCodes: ['FZ'] }])).toEqual(['GG', 'ZL', 'FZ']);
  });
});
