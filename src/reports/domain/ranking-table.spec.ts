import { DEFAULT_STAFF_WEIGHTS, DEPARTMENT_COMPONENTS, STAFF_COMPONENTS } from './ranking';
import { rankingTables } from './ranking-table';
import { tableCells } from './report-table';

describe('rankingTables', () => {
  const tables = rankingTables(
    {
      staff: [{
        rank: 1, username: 'clerk1', displayName: '综合受理员一', score: 70,
        components: [
          { key: 'served', label: '办件量', value: 1, points: 0, weight: 30 },
          { key: 'satisfactionShare', label: '满意率', value: 1, points: 100, weight: 40 },
          { key: 'badReviews', label: '差评数', value: 0, points: 100, weight: 20 },
          { key: 'averageServiceMinutes', label: '平均办理时长(分钟)', value: 4, points: 100, weight: 10 },
        ],
      }, { rank: null, username: 'clerk9', displayName: '九', score: null, components: [] }],
      departments: [],
      weights: { staff: DEFAULT_STAFF_WEIGHTS, departments: {} },
    },
    { staff: STAFF_COMPONENTS, departments: DEPARTMENT_COMPONENTS },
  );

  it('names the weight in each points header and formats figures as the reports do', () => {
    expect(tables.staff.headers).toEqual([
      '名次', '工作人员', '账号', '总分', '办件量', '办件量得分(权重30)', '满意率', '满意率得分(权重40)', '差评数', '差评数得分(权重20)',
      '平均办理时长(分钟)', '平均办理时长(分钟)得分(权重10)',
    ]);
    expect(tableCells(tables.staff).rows).toEqual([
      [1, '综合受理员一', 'clerk1', '70.00', 1, '0.0', '100.0%', '100.0', 0, '100.0', '4.0', '100.0'],
      ['', '九', 'clerk9', '', '', '', '', '', '', '', '', ''],
    ]);
  });

  it('has no totals row, and an empty department list is an empty table with its headers', () => {
    expect(tables.staff.totals).toEqual([]);
    expect(tables.departments.rows).toEqual([]);
    expect(tables.departments.headers.slice(0, 5)).toEqual(['名次', '部门代码', '部门', '总分', '按时办结率']);
    expect(tables.departments.headers[5]).toBe('按时办结率得分(权重0)');
  });
});
