import { csvCell, toCsv, UTF8_BOM } from './csv';

describe('csvCell', () => {
  it.each<[Parameters<typeof csvCell>[0], string]>([
    ['窗口', '窗口'],
    [12, '12'],
    [0.8333, '0.8333'],
    [-3, '-3'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    [true, '是'],
    [false, '否'],
    ['a,b', '"a,b"'],
    ['说 "好"', '"说 ""好"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+86 138', "'+86 138"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=a,b', `"'=a,b"`],
  ])('%j → %s', (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe('toCsv', () => {
  it('starts with a BOM, ends every row with CRLF, header first', () => {
    const csv = toCsv(['窗口', '办件数'], [['1号综合窗口', 12], ['2号, 专窗', null]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('窗口,办件数\r\n1号综合窗口,12\r\n"2号, 专窗",\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['a'], [])).toBe(`${UTF8_BOM}a\r\n`);
  });
});
