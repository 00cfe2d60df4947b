import { matchRank, MatchRank, normalizeQuery, searchItems } from './item-search';

/** The demo catalogue's codes, names and initials, in catalogue order. */
const ITEMS = [
  { code: 'SYDJ', name: '生育登记', pinyinInitials: 'SYDJ' },
  { code: 'YBCB', name: '城乡居民医保参保登记', pinyinInitials: 'CXJMYBCBDJ' },
  { code: 'SYDJ2', name: '失业登记', pinyinInitials: 'SYDJ' },
  { code: 'JZZ', name: '居住证申领', pinyinInitials: 'JZZSL' },
  { code: 'LNYDZ', name: '老年人优待证', pinyinInitials: 'LNRYDZ' },
  { code: 'DIBAO', name: '最低生活保障申请', pinyinInitials: 'ZDSHBZSQ' },
  { code: 'GLJT', name: '高龄津贴申领', pinyinInitials: 'GLJTSL' },
  { code: 'CJBT', name: '残疾人两项补贴', pinyinInitials: 'CJRLXBT' },
  { code: 'TYJR', name: '退役军人优待证', pinyinInitials: 'TYJRYDZ' },
  { code: 'LSJZ', name: '临时救助', pinyinInitials: 'LSJZ' },
  { code: 'GTHBB', name: '个体工商户登记帮办', pinyinInitials: 'GTGSHDJBB' },
  { code: 'SQ', name: '群众诉求', pinyinInitials: 'QZSQ' },
];
const same = <T>(item: T) => item;
const codes = (query: string) => searchItems(ITEMS, query, same).map((item) => item.code);

describe('searchItems', () => {
  it.each([
    ['jzz', ['JZZ']],
    ['JZZ', ['JZZ']],
    ['居住', ['JZZ']],
    ['居住证申领', ['JZZ']],
    ['sydj', ['SYDJ', 'SYDJ2']],
    ['SYDJ2', ['SYDJ2']],
    ['LN', ['LNYDZ']],
    ['ln', ['LNYDZ']],
    ['lnrydz', ['LNYDZ']],
    ['jzzsl', ['JZZ']],
    ['优待证', ['LNYDZ', 'TYJR']],
    ['登记', ['SYDJ', 'YBCB', 'SYDJ2', 'GTHBB']],
    ['SQ', ['SQ', 'DIBAO']],
    ['dj', ['SYDJ', 'YBCB', 'SYDJ2', 'GTHBB']],
    [' j z z ', ['JZZ']],
    ['bt', ['CJBT']],
    ['不存在', []],
    ['xyz', []],
  ])('%s → %j', (query, expected) => expect(codes(query)).toEqual(expected));

  it('matches everything, in catalogue order, for an empty query', () => {
    expect(codes('')).toEqual(ITEMS.map((item) => item.code));
    expect(codes('   ')).toEqual(ITEMS.map((item) => item.code));
  });

  it('ranks exact code, code prefix, initials prefix, name, initials substring', () => {
    const rank = (query: string, code: string) => matchRank(normalizeQuery(query), ITEMS.find((item) => item.code === code)!);
    expect(rank('sydj', 'SYDJ')).toBe(MatchRank.EXACT_CODE);
    expect(rank('sydj', 'SYDJ2')).toBe(MatchRank.CODE_PREFIX);
    expect(rank('lnr', 'LNYDZ')).toBe(MatchRank.INITIALS_PREFIX);
    expect(rank('老年', 'LNYDZ')).toBe(MatchRank.NAME_SUBSTRING);
    expect(rank('ydz', 'LNYDZ')).toBe(MatchRank.INITIALS_SUBSTRING);
    expect(rank('zzz', 'LNYDZ')).toBeNull();
  });

  it('keeps the input order within one rank and does not change the input', () => {
    const input = [...ITEMS].reverse();
    expect(searchItems(input, '登记', same).map((item) => item.code)).toEqual(['GTHBB', 'SYDJ2', 'YBCB', 'SYDJ']);
    expect(input[0].code).toBe('SQ');
  });
});
