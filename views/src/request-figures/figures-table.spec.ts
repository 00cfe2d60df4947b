import { figuresCsv, figuresFileName, figuresRows, shareText } from './figures-table';

const rows = [
  { key: 'AQ', name: '安全隐患', count: 12, medianHoursToReply: 1.5, p90HoursToReply: 2.25, withinLimitShare: 0.9167 },
  { key: 'QT', name: '其他, "杂项"', count: 1, medianHoursToReply: null, p90HoursToReply: null, withinLimitShare: null },
  { key: 'X', name: '=HYPERLINK("x")', count: 0, medianHoursToReply: 0, p90HoursToReply: 0, withinLimitShare: 1 },
];

describe('figures table', () => {
  it('shows hours with one decimal and shares as percentages, a dash where nothing is known', () => {
    expect(figuresRows(rows)).toEqual([
      ['安全隐患', '12', '1.5', '2.3', '91.7%'],
      ['其他, "杂项"', '1', '—', '—', '—'],
      ['=HYPERLINK("x")', '0', '0.0', '0.0', '100.0%'],
    ]);
    expect(shareText(0)).toBe('0.0%');
  });

  it('builds a CSV Excel opens: BOM, CRLF, quoted commas and quotes, formulas defused', () => {
    const csv = figuresCsv('category', rows, { from: '2026-11-01', to: '2026-11-30' });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '统计期 2026-11-01 至 2026-11-30',
      '诉求分类,诉求数,答复用时中位数（小时）,答复用时 P90（小时）,按时答复率',
      '安全隐患,12,1.5,2.3,91.7%',
      '"其他, ""杂项""",1,—,—,—',
      `"'=HYPERLINK(""x"")",0,0.0,0.0,100.0%`,
      '',
    ]);
  });

  it('names the file by grouping and range', () => {
    expect(figuresFileName('week', { from: '2026-11-01', to: '2026-11-30' })).toBe('诉求统计-周-2026-11-01-2026-11-30.csv');
  });
});
