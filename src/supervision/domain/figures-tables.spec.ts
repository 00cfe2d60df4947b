import { tableCells } from '../../reports/domain/report-table';
import type { FigureSet, FiguresSeries } from './figures';
import { figuresTables, pointFiguresTables } from './figures-tables';

const set = (decided: number, onTime: number, ratings: number, satisfied: number): FigureSet => ({
  onTime: { decided, onTime, late: decided - onTime, rate: decided ? Math.round((onTime / decided) * 10_000) / 10_000 : null },
  duration: { cases: decided, totalWorkingDays: decided * 3, averageWorkingDays: decided ? 3 : null, byItem: decided ? [{ itemCode: 'JZZ', itemName: '居住证', cases: decided, totalWorkingDays: decided * 3, averageWorkingDays: 3 }] : [] },
  satisfaction: { ratings, satisfied, bad: ratings - satisfied, defaults: 0, rate: ratings ? Math.round((satisfied / ratings) * 10_000) / 10_000 : null },
  rectification: { opened: 0, due: 0, onTime: 0, pending: 0, rate: null },
  oneVisit: { decided, oneVisit: decided, rate: decided ? 1 : null },
});

describe('figuresTables', () => {
  const series: FiguresSeries = {
    period: 'week', from: '2026-11-02', to: '2026-11-15',
    buckets: [
      { key: '2026-11-02', from: '2026-11-02', to: '2026-11-08', label: '11-02', title: '2026-11-02 至 2026-11-08 当周', ...set(4, 3, 2, 1) },
      { key: '2026-11-09', from: '2026-11-09', to: '2026-11-15', label: '11-09', title: '2026-11-09 至 2026-11-15 当周', ...set(0, 0, 0, 0) },
    ],
    totals: set(4, 3, 2, 1),
  };

  it('one row per bucket, the totals as 合计, blanks where there is no figure', () => {
    const [periods] = figuresTables(series);
    expect(periods.title).toBe('效能统计(按周)');
    const { headers, rows } = tableCells(periods);
    expect(headers.slice(0, 5)).toEqual(['统计周期', '承诺件办结数', '按时办结', '超期办结', '按时办结率']);
    expect(rows).toEqual([
      ['2026-11-02 至 2026-11-08 当周', 4, 3, 1, '75.0%', '3.00', 2, 1, 1, '50.0%', 0, 0, '', 4, 4, '100.0%'],
      ['2026-11-09 至 2026-11-15 当周', 0, 0, 0, '', '', 0, 0, 0, '', 0, 0, '', 0, 0, ''],
      ['合计', 4, 3, 1, '75.0%', '3.00', 2, 1, 1, '50.0%', 0, 0, '', 4, 4, '100.0%'],
    ]);
  });

  it('the working days per item over the range, without totals', () => {
    const items = figuresTables(series)[1];
    expect(tableCells(items)).toEqual({ headers: ['事项编码', '事项名称', '办结件数', '工作日合计', '平均办理工作日'], rows: [['JZZ', '居住证', 4, 12, '3.00']] });
  });
});

describe('pointFiguresTables', () => {
  it('by hall with 合计, and the agents', () => {
    const [halls, agents] = pointFiguresTables({
      byHall: [{ code: 'TC', name: '桐城街道便民服务中心', kind: 'centre', cases: 5, byAgent: 1 }, { code: 'TC-LS', name: '柳树社区', kind: 'point', cases: 2, byAgent: 2 }],
      byAgent: [{ username: 'agent-ls', displayName: '柳树代办员', hallCode: 'TC-LS', cases: 3, delivered: 1 }],
      totals: { cases: 7, byAgent: 3, delivered: 4 },
    });
    expect(tableCells(halls).rows).toEqual([
      ['桐城街道便民服务中心', 'TC', '中心', 5, 1],
      ['柳树社区', 'TC-LS', '便民服务点', 2, 2],
      ['合计', '', '', 7, 3],
    ]);
    expect(tableCells(agents).rows).toEqual([['柳树代办员', 'agent-ls', 'TC-LS', 3, 1]]);
  });
});
