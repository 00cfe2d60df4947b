import { feeText, isOneVisit, KIND_HINTS, KIND_LABELS, limitText, materialFormText, materialTags, promisedText, statutoryText, visitsText } from './catalog-labels';
import { ITEM_KINDS } from '../domain/catalog-terms';

describe('catalogue labels', () => {
  it('names every kind', () => {
    expect(ITEM_KINDS.map((kind) => KIND_LABELS[kind])).toEqual(['即办件', '承诺件', '联办件', '上报件', '诉求', '一件事']);
    for (const kind of ITEM_KINDS) expect(KIND_HINTS[kind]).toMatch(/\S/);
  });

  it.each([
    ['immediate', 0, 'working_days', '当场办结'],
    ['promised', 15, 'working_days', '承诺 15 个工作日'],
    ['joint', 10, 'working_days', '承诺 10 个工作日'],
    ['request', 48, 'hours', '48 小时'],
    ['promised', 2, 'hours', '2 小时'],
  ] as const)('promised %s %d %s → %s', (kind, value, unit, text) => expect(promisedText(kind, { value, unit })).toBe(text));

  it.each([
    [{ value: 0, unit: 'working_days' }, '当场'],
    [{ value: 0, unit: 'hours' }, '即时'],
    [{ value: 5, unit: 'working_days' }, '5 个工作日'],
    [{ value: 72, unit: 'hours' }, '72 小时'],
  ] as const)('limit %j → %s', (limit, text) => expect(limitText(limit)).toBe(text));

  it('says statutory limits, fees, visits and material forms in Chinese', () => {
    expect(statutoryText({ value: 30, unit: 'working_days' })).toBe('法定 30 个工作日');
    expect([feeText(0), feeText(1250), feeText(5)]).toEqual(['免费', '12.50 元', '0.05 元']);
    expect([0, 1, 2].map(isOneVisit)).toEqual([true, true, false]);
    expect(visitsText(1)).toBe('最多跑一次');
    expect(visitsText(0)).toContain('无需到现场');
    expect(visitsText(3)).toBe('需到现场 3 次');
    expect([materialFormText({ original: true }), materialFormText({ original: false })]).toEqual(['原件', '复印件']);
  });

  it('tags a material 必需/非必需, 可容缺, 可告知承诺', () => {
    const tags = (flags: Partial<Parameters<typeof materialTags>[0]>) =>
      materialTags({ original: true, required: true, deferrable: false, commitmentAllowed: false, ...flags }).map((t) => t.text);
    expect(tags({})).toEqual(['必需']);
    expect(tags({ required: false })).toEqual(['非必需']);
    expect(tags({ deferrable: true })).toEqual(['必需', '可容缺']);
    expect(tags({ commitmentAllowed: true, required: false })).toEqual(['非必需', '可告知承诺']);
  });
});
