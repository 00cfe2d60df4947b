import { pinyinInitials } from './pinyin-initials';

describe('pinyinInitials', () => {
  it.each([
    ['生育登记', 'SYDJ'],
    ['居住证申领', 'JZZSL'],
    ['城乡居民医保参保登记', 'CXJMYBCBDJ'],
    ['老年人优待证', 'LNRYDZ'],
    ['残疾人两项补贴', 'CJRLXBT'],
    ['12345热线诉求', '12345RXSQ'],
    ['', ''],
  ])('%s → %s', (name, initials) => expect(pinyinInitials(name)).toBe(initials));
});
