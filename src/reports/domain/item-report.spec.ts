import { itemReport, ItemReportInput } from './item-report';

const catalogue = new Map([
  ['JZZ', { name: '居住证申领', departmentCodes: ['ZL'] }],
  ['CJBT', { name: '残疾人两项补贴', departmentCodes: ['GG', 'ZL'] }],
  ['SYDJ', { name: '生育登记', departmentCodes: ['GG'] }],
]);
const departmentNames = new Map([['GG', '公共服务办'], ['ZL', '社会治理办']]);
const rating = (itemCode: string | null, score: number) => ({ itemCode, score, source: 'resident', createdAt: 0 });
const input = (over: Partial<ItemReportInput> = {}): ItemReportInput => ({
  catalogue, departmentNames,
  cases: new Map([
    ['JZZ', { decided: 4, promised: 4, onTime: 3, workingDays: 10, visits: 5, itemName: '居住证申领' }],
    ['SYDJ', { decided: 2, promised: 0, onTime: 0, workingDays: 0, visits: 2, itemName: '生育登记' }],
    ['OLD', { decided: 1, promised: 1, onTime: 1, workingDays: 3, visits: 1, itemName: '已下架事项' }],
  ]),
  ratings: [rating('JZZ', 5), rating('JZZ', 1), rating('CJBT', 4), rating(null, 5)],
  ...over,
});

describe('itemReport', () => {
  it('one row per item with cases or ratings, by code (hand-computed)', () => {
    const { rows, totals } = itemReport(input());
    expect(rows.map((r) => r.itemCode)).toEqual(['CJBT', 'JZZ', 'OLD', 'SYDJ']);
    expect(rows[1]).toEqual({
      itemCode: 'JZZ', itemName: '居住证申领', departmentNames: '社会治理办', casesDecided: 4, onTimeShare: 0.75, averageWorkingDays: 2.5,
      visitsPerCase: 1.25, ratings: 2, satisfactionShare: 0.5, badReviews: 1,
    });
    expect(rows[0]).toMatchObject({ departmentNames: '公共服务办、社会治理办', casesDecided: 0, onTimeShare: null, ratings: 1, satisfactionShare: 1 });
    expect(rows[2]).toMatchObject({ itemName: '已下架事项', departmentNames: '' });
    expect(rows[3]).toMatchObject({ onTimeShare: null, averageWorkingDays: null, visitsPerCase: 1 });
    // 7 cases: on time 4 of 5 承诺件, 13 days over 5, 8 visits over 7; ratings with an item: 3
    expect(totals).toEqual({ casesDecided: 7, onTimeShare: 0.8, averageWorkingDays: 2.6, visitsPerCase: 1.14, ratings: 3, satisfactionShare: 0.6667, badReviews: 1 });
  });

  it('a head sees the items of their departments, totals over those only', () => {
    const { rows, totals } = itemReport(input({ include: (codes) => codes.includes('GG') }));
    expect(rows.map((r) => r.itemCode)).toEqual(['CJBT', 'SYDJ']);
    expect(totals).toMatchObject({ casesDecided: 2, ratings: 1 });
  });
});
