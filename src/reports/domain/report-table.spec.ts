import { toCsv } from '../../common/domain/csv';
import { formatCell, reportTable, tableCells } from './report-table';
import { windowReport } from './window-report';

const clerk = { id: 7, username: 'clerk1', displayName: '王敏' };
const report = windowReport(
  [{ windowNumber: 1, clerkId: 7, served: 2, noShows: 1, waitMs: 60 * 60_000, waited: 3, serviceMs: 15 * 60_000, serviced: 2 }],
  [{ windowNumber: 1, clerkId: 7, count: 3, scoreSum: 11, bad: 1, satisfied: 2 }],
  { windows: new Map([[1, '1号综合窗口']]), clerks: new Map([[7, clerk]]) },
);

describe('reportTable', () => {
  it('lays the window report out with Chinese headers, one row per pair and 合计 last', () => {
    const table = reportTable('windows', report);
    expect(table.title).toBe('窗口与人员考核');
    expect(table.headers[0]).toBe('窗口号');
    expect(table.rows).toEqual([[1, '1号综合窗口', '王敏', 'clerk1', 2, 1, 0.3333, 20, 7.5, 3, 3.67, 1]]);
    expect(table.totals).toEqual(['合计', null, null, null, 2, 1, 0.3333, 20, 7.5, 3, 3.67, 1]);
  });

  it('the department layout has every API field as a column', () => {
    const table = reportTable('departments', { rows: [], totals: { casesDecided: 0, onTimeShare: null, averageWorkingDays: null, satisfactionShare: null, badReviews: 0, badReviewsRectifiedOnTime: 0, visitsPerCase: null } });
    expect(table.headers).toEqual(['部门代码', '部门', '办结件数', '按时办结率', '平均办理工作日', '满意率', '差评数', '差评按时整改数', '件均跑动次数']);
    expect(table.totals).toEqual(['合计', null, 0, null, null, null, 0, 0, null]);
  });

  it.each([
    [0.3333, 'share', '33.3%'],
    [1, 'share', '100.0%'],
    [7.5, 'decimal1', '7.5'],
    [3.666, 'decimal2', '3.67'],
    [12, 'int', 12],
    [null, 'share', ''],
    ['王敏', 'text', '王敏'],
  ] as const)('formatCell(%j, %s) = %j', (value, format, expected) => {
    expect(formatCell(value, format)).toBe(expected);
  });

  it('the CSV holds the screen cells with the totals row', () => {
    const { headers, rows } = tableCells(reportTable('windows', report));
    const csv = toCsv(headers, rows);
    expect(csv.split('\r\n')[1]).toBe('1,1号综合窗口,王敏,clerk1,2,1,33.3%,20.0,7.5,3,3.67,1');
    expect(csv.split('\r\n')[2]).toBe('合计,,,,2,1,33.3%,20.0,7.5,3,3.67,1');
  });
});
