import { HOTLINE_CHANNELS, HOTLINE_REF_PATTERN, hotlineChannel, hotlineRefFor, hotlineRefProblem, hotlineRefText } from './hotline-ref';

describe('hotline references', () => {
  it.each([
    ['12345', '20261203-0042', '12345-20261203-0042'],
    ['12345', ' 2026 1203-0042 ', '12345-20261203-0042'],
    ['12345', '12345-20261203-0042', '12345-20261203-0042'], // a pasted prefix is not doubled
    ['street', 'a-17', 'JD-a-17'],
    ['street', 'jd-17', 'JD-17'],
    ['street', '', ''],
    ['nope', '7', '12345-7'], // an unknown channel is the first one
  ])('hotlineRefFor(%j, %j) = %j', (channel, typed, ref) => {
    expect(hotlineRefFor(channel, typed)).toBe(ref);
  });

  it.each([
    ['12345', '', '请填写热线工单号'],
    ['12345', '   ', '请填写热线工单号'],
    ['12345', '12345-', '请填写热线工单号'],
    ['12345', '2026/1203', '工单号只能包含字母、数字、“-”和“_”'],
    ['12345', '热线0042', '工单号只能包含字母、数字、“-”和“_”'],
    ['12345', '9'.repeat(59), '工单号太长，最多 58 位'],
    ['street', '9'.repeat(61), null],
    ['12345', '20261203-0042', null],
  ])('hotlineRefProblem(%j, %j) = %j', (channel, typed, problem) => {
    expect(hotlineRefProblem(channel, typed)).toBe(problem);
  });

  it('every reference the form accepts is one the API accepts', () => {
    for (const c of HOTLINE_CHANNELS) {
      for (const typed of ['1', 'A_b-9', '8'.repeat(64 - c.prefix.length)]) {
        expect(hotlineRefProblem(c.id, typed)).toBeNull();
        expect(HOTLINE_REF_PATTERN.test(hotlineRefFor(c.id, typed))).toBe(true);
      }
    }
  });

  it('reads the hotline back from a reference for the panel', () => {
    expect(hotlineRefText('12345-20261203-0042')).toBe('12345 市民热线 12345-20261203-0042');
    expect(hotlineRefText('JD-17')).toBe('街道热线 JD-17');
    expect(hotlineRefText('WO-1')).toBe('WO-1');
    expect(hotlineChannel('street').label).toBe('街道热线');
  });
});
