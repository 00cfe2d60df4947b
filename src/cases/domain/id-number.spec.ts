import { idNumberProblem, isValidChineseIdNumber, normalizeIdNumber } from './id-number';

describe('isValidChineseIdNumber', () => {
  it.each([
    ['11010519491231002X', true],
    ['33010619900101123X', true],
    ['330106198503152214', true],
    ['110105194912310021', false], // wrong check digit
    ['330106199001011235', false],
    ['330106199002301234', false], // 30 February
    ['33010619900101123', false], // 17 characters
    ['33010619900101123x', false], // lower-case x
    ['', false],
  ])('%s → %p', (id, ok) => expect(isValidChineseIdNumber(id)).toBe(ok));

});

describe('idNumberProblem / normalizeIdNumber', () => {
  it.each([
    ['33010619900101123X', '33010619900101123X', null],
    [' 33010619900101123x ', '33010619900101123X', null],
    [null, '', '请填写身份证号'],
    ['3301061990010112', '3301061990010112', '身份证号应为 18 位，现在是 16 位'],
    ['33010619900101123Y', '33010619900101123Y', '身份证号前 17 位应为数字，最后一位为数字或 X'],
    ['330106199002301234', '330106199002301234', '身份证号中的出生日期 19900230 不存在，请核对'],
    ['330106199001011231', '330106199001011231', '身份证号校验位不符，请逐位核对（可能有一位输错）'],
  ])('%j → %j, %j', (raw, normalized, problem) => {
    expect(normalizeIdNumber(raw)).toBe(normalized);
    expect(idNumberProblem(raw)).toBe(problem);
  });

  it('the API takes only numbers already normalized', () => {
    expect(isValidChineseIdNumber(' 33010619900101123X')).toBe(false);
    expect(isValidChineseIdNumber(normalizeIdNumber(' 33010619900101123x'))).toBe(true);
  });
});
