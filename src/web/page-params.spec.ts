import { queryFlag, windowNumber } from './page-params';

describe('page params', () => {
  it.each([
    ['1', true],
    ['true', true],
    ['0', false],
    ['yes', false],
    [undefined, false],
    [['1'], false],
  ])('queryFlag(%j)', (v, expected) => expect(queryFlag(v)).toBe(expected));

  it.each([
    ['3', 3],
    ['999', 999],
    ['0', null],
    ['03', null],
    ['1000', null],
    ['3a', null],
    ['', null],
    [undefined, null],
    [['3'], null],
  ])('windowNumber(%j)', (v, expected) => expect(windowNumber(v)).toBe(expected));
});
