import { catalogTvViewModel, TV_DEFAULTS, tvOptions } from './catalog-tv.view-model';
import { DEPARTMENTS, ITEMS } from './catalog-views.fixture';

const centre = { name: '桐城街道党群服务中心', timeZone: 'Asia/Shanghai' };

describe('catalogTvViewModel', () => {
  it('splits the items into screens of perPage, the first one shown', () => {
    const vm = catalogTvViewModel(centre, ITEMS, DEPARTMENTS, { perPage: 3, seconds: 8 });
    expect(vm.pages.map((p) => [p.number, p.first, p.items.map((i) => i.code)])).toEqual([
      [1, true, ['SYDJ', 'JZZ', 'CJBT']],
      [2, false, ['SQ']],
    ]);
    expect(vm).toMatchObject({ title: '桐城街道党群服务中心 · 政务服务事项清单', pageCount: 2, itemCount: 4, empty: false });
    expect(vm.client).toEqual({ seconds: 8, pageCount: 2, timeZone: 'Asia/Shanghai' });
  });

  it('shows on each card what a resident reads from across the hall', () => {
    const card = catalogTvViewModel(centre, ITEMS, DEPARTMENTS).pages[0].items[1];
    expect(card).toMatchObject({ name: '居住证申领', kindLabel: '承诺件', promisedText: '承诺 15 个工作日', oneVisit: true, feeText: '免费', departmentText: '社会治理办公室', materialText: '需带材料 3 项' });
  });

  it('has one page by default for a short list, none for no items', () => {
    expect(catalogTvViewModel(centre, ITEMS, DEPARTMENTS).pageCount).toBe(1);
    expect(catalogTvViewModel(centre, [], DEPARTMENTS)).toMatchObject({ pages: [], pageCount: 0, empty: true });
  });

  it.each([
    [undefined, undefined, TV_DEFAULTS],
    ['4', '5', { perPage: 4, seconds: 5 }],
    ['1', '2', TV_DEFAULTS],
    ['13', '121', TV_DEFAULTS],
    ['4.5', '-3', TV_DEFAULTS],
    [['4'], 'ten', TV_DEFAULTS],
  ])('options per=%j seconds=%j → %j', (per, seconds, expected) => expect(tvOptions(per, seconds)).toEqual(expected));
});

describe('catalogTvViewModel phone link', () => {
  it('carries the full catalogue address and its QR code for phones', () => {
    const phone = { url: 'https://tc.example.cn/catalog', qrSrc: '/qr/catalog.svg' };
    expect(catalogTvViewModel(centre, ITEMS, DEPARTMENTS, TV_DEFAULTS, phone).phone).toEqual(phone);
  });
});
