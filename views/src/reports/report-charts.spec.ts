import { reportCharts } from './report-charts';

describe('reportCharts', () => {
  it('departments: on-time share in percent (none left out) and decided cases', () => {
    const rows = [
      { departmentCode: 'GG', departmentName: '公共服务办', casesDecided: 3, onTimeShare: 0.6667 },
      { departmentCode: 'FZ', departmentName: '区域发展办', casesDecided: 0, onTimeShare: null },
    ];
    const [share, count] = reportCharts('departments', rows);
    expect(share).toEqual({ title: '按时办结率（%）', unit: '%', cls: 'rp-share', rows: [{ label: '公共服务办', value: 66.7 }] });
    expect(count.rows).toEqual([{ label: '公共服务办', value: 3 }, { label: '区域发展办', value: 0 }]);
  });

  it('windows are labelled by window and clerk', () => {
    const [served] = reportCharts('windows', [{ windowNumber: 1, clerk: { displayName: '王敏' }, served: 12, averageServiceMinutes: null }]);
    expect(served.rows).toEqual([{ label: '1号 王敏', value: 12 }]);
  });
});
