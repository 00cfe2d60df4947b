import { isValidChineseIdNumber } from './id-number';

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
