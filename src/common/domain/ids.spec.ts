import { isIdNumber, parseId } from './ids';

describe('parseId', () => {
  it.each([
    ['1', 1],
    ['16', 16],
    ['10', 10],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('%j is %d', (text, id) => {
    expect(parseId(text)).toBe(id);
  });

  it.each([
    '0x10', '1e1', '+1', '-1', '01', '0', '1.0', '1.', ' 1', '1 ', '\t1', '1\n', '', '١', '１', '1_000', '0b1', '0o7',
    'Infinity', 'NaN', '9007199254740992', '9007199254740993', '99999999999999999999', '1%00', '\u00001', '..%2F1',
  ])('%j is not an id', (text) => {
    expect(parseId(text)).toBeNull();
  });

  it.each([[1], [undefined], [null], [['1']], [{ id: '1' }]])('a non-string (%j) is not an id text', (value) => {
    expect(parseId(value)).toBeNull();
  });
});

describe('isIdNumber', () => {
  it.each([
    [1, true],
    [Number.MAX_SAFE_INTEGER, true],
    [0, false],
    [-1, false],
    [1.5, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [Number.NaN, false],
    [Infinity, false],
    ['1', false],
    [null, false],
  ])('%j → %s', (value, ok) => {
    expect(isIdNumber(value)).toBe(ok);
  });
});
