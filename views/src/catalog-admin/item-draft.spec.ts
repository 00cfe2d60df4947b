import { checkDraft, FEE_PROBLEM, itemBody, itemDraft, newItem, numberText, parseYuan, yuanText } from './item-draft';

const refs = { departmentCodes: new Set(['ZL', 'MZ']), queueCodes: new Set(['A']) };
const valid = () => itemDraft({ ...newItem(), code: 'mzzx', name: '民政政策咨询', departmentCodes: ['MZ'], queueCode: 'A' });

describe('numberText', () => {
  it.each([
    ['15', 15],
    [' 0 ', 0],
    ['-3', -3],
    ['2.5', 2.5],
    ['', Number.NaN],
    ['1e2', Number.NaN],
    ['十', Number.NaN],
  ])('%p → %p', (raw, value) => {
    expect(numberText(raw)).toBe(value);
  });
});

describe('yuan', () => {
  it.each([
    [0, '0'],
    [800, '8'],
    [1250, '12.50'],
    [1205, '12.05'],
  ])('%d 分 reads %p 元', (fen, text) => {
    expect(yuanText(fen)).toBe(text);
    expect(parseYuan(text)).toBe(fen);
  });

  it.each([
    ['', 0],
    ['  ', 0],
    ['12.5', 1250],
    ['0.01', 1],
    ['12.505', null],
    ['-1', null],
    ['￥5', null],
  ])('%p is %p 分', (raw, fen) => {
    expect(parseYuan(raw)).toBe(fen);
  });
});

describe('itemBody', () => {
  it('gives back the definition a draft was made from, codes upper-cased', () => {
    const def = { ...newItem(), code: 'MZZX', name: '民政政策咨询', departmentCodes: ['MZ'], feeFen: 1250, windowMinutes: 15 };
    expect(itemBody(itemDraft(def))).toEqual(def);
    expect(itemBody(valid()).code).toBe('MZZX');
  });

  it('keeps a bundle\'s members through the form, parsing what was typed', () => {
    const def = { ...newItem(), code: 'XSECS', name: '新生儿出生一件事', kind: 'bundle' as const, materials: [], steps: [], memberCodes: ['SYDJ', 'YBCB', 'CSHK'] };
    expect(itemBody(itemDraft(def))).toEqual(def);
    expect(itemBody({ ...itemDraft(def), members: 'sydj, ybcb、 cshk' }).memberCodes).toEqual(['SYDJ', 'YBCB', 'CSHK']);
    expect(itemBody({ ...itemDraft(def), kind: 'promised' })).not.toHaveProperty('memberCodes');
  });
});

describe('checkDraft', () => {
  const problems = (change: (d: ReturnType<typeof valid>) => void) => {
    const draft = valid();
    change(draft);
    return checkDraft(draft, refs).problems.map((p) => [p.path, p.message]);
  };

  it.each<[string, (d: ReturnType<typeof valid>) => void, Array<[string, string | RegExp]>]>([
    ['nothing wrong', () => undefined, []],
    ['promised longer than statutory', (d) => (d.promisedValue = '99'), [['promisedLimit.value', /不能超过法定时限/]]],
    ['a blank count', (d) => (d.visits = ''), [['visitsRequired', '到现场次数须为 0–9 的整数']]],
    ['a fraction of copies', (d) => (d.materials[0].copies = '1.5'), [['materials[0].copies', '材料第 1 行：份数须为 1–99 的整数']]],
    ['a fee that is no amount', (d) => (d.fee = '12.345'), [['feeFen', FEE_PROBLEM]]],
    ['a window time left blank is fine', (d) => (d.windowMinutes = ' '), []],
    ['an unknown department', (d) => (d.departmentCodes = ['XX']), [['departmentCodes[0]', '部门 "XX" 不存在']]],
  ])('%s', (_name, change, expected) => {
    expect(problems(change)).toEqual(expected.map(([path, message]) => [path, typeof message === 'string' ? message : expect.stringMatching(message)]));
  });
});
